package org.casework.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.restassured.path.json.JsonPath;

/** What auditors rely on in every service's OpenAPI document. */
public final class OpenApiChecks {

    private OpenApiChecks() {
    }

    /**
     * Checks that every operation has a summary, names its roles, carries the OIDC security
     * requirement and documents 401 and 403 — except the public ones named — and answers how many
     * operations there are (test-only resources left out).
     */
    @SuppressWarnings("unchecked")
    public static int assertEveryOperationDocumented(Set<String> publicOperations) {
        JsonPath openapi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        assertThat(openapi.getString("components.securitySchemes.oidc.type"), equalTo("openIdConnect"));
        Map<String, Map<String, Object>> paths = openapi.getMap("paths");
        int operations = 0;
        for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
            if (path.getKey().startsWith("/test-only")) {
                continue;
            }
            for (Map.Entry<String, Object> op : path.getValue().entrySet()) {
                if (!List.of("get", "post", "put", "patch", "delete").contains(op.getKey())) {
                    continue;
                }
                operations++;
                Map<String, Object> operation = (Map<String, Object>) op.getValue();
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                assertThat(where, operation, hasKey("summary"));
                if (publicOperations.contains(where)) {
                    continue;
                }
                assertThat(where, (String) operation.get("description"), containsString("Roles: "));
                assertThat(where, operation, hasKey("security"));
                Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
                assertThat(where, responses, hasKey("401"));
                assertThat(where, responses, hasKey("403"));
            }
        }
        return operations;
    }
}
