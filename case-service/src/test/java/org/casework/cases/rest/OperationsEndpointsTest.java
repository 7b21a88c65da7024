package org.casework.cases.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Set;

import org.casework.testing.OpenApiChecks;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** What operators and auditors rely on: OpenAPI that documents every operation, health and metrics. */
@QuarkusTest
class OperationsEndpointsTest {

    @Test
    void everyOperationIsDocumentedWithItsRolesTheOidcSchemeAndItsProblems() {
        assertThat(OpenApiChecks.assertEveryOperationDocumented(Set.of()), equalTo(12));
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
