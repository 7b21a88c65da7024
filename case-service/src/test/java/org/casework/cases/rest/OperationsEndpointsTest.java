package org.casework.cases.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** What operators and auditors rely on: OpenAPI that documents every operation, health and metrics. */
@QuarkusTest
class OperationsEndpointsTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationIsDocumentedWithItsRolesTheOidcSchemeAndItsProblems() {
        JsonPath openapi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        assertThat(openapi.getMap("components.securitySchemes"), hasKey("oidc"));
        assertThat(openapi.getString("components.securitySchemes.oidc.type"), equalTo("openIdConnect"));
        Map<String, Map<String, Object>> paths = openapi.getMap("paths");
        int operations = 0;
        for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
            if (path.getKey().startsWith("/test-only")) {
                continue; // the deny-by-default test's resource, present only in tests
            }
            for (Map.Entry<String, Object> op : path.getValue().entrySet()) {
                if (!List.of("get", "post", "put", "patch", "delete").contains(op.getKey())) {
                    continue;
                }
                operations++;
                Map<String, Object> operation = (Map<String, Object>) op.getValue();
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                assertThat(where, operation, hasKey("summary"));
                assertThat(where, (String) operation.get("description"), containsString("Roles: "));
                assertThat(where, operation, hasKey("security"));
                Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
                assertThat(where, responses, hasKey("401"));
                assertThat(where, responses, hasKey("403"));
            }
        }
        assertThat(operations, equalTo(11));
    }

    @Test
    void swaggerUiIsAlwaysOn() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void healthProbesAnswerUpWithTheDatabaseChecked() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body(containsString("Database connections health check"));
        given().get("/q/health/started").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsAreExposedForPrometheus() {
        given().get("/cases");
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests_seconds_count"));
    }
}
