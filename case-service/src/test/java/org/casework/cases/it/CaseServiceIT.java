package org.casework.cases.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.casework.cases.CaseRequests;
import org.casework.testing.ServiceClientSecretResource;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;

/** The packaged application (quarkus-run.jar, prod profile) on a real PostgreSQL behind a real token issuer. */
@QuarkusIntegrationTest
@WithTestResource(value = ServiceClientSecretResource.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class CaseServiceIT {

    @Test
    void startsMigratedAndHealthy() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("Casework case-service"));
    }

    @Test
    void opensReadsAndMovesACaseWithSignedTokens() {
        String id = given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON).body(CaseRequests.newCase())
                .header("Idempotency-Key", "it-open-" + System.nanoTime()).post("/cases").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.auditor()).get("/cases/" + id).then().statusCode(200).body("status", equalTo("OPEN"));
        given().auth().oauth2(Tokens.decisionMaker()).contentType(ContentType.JSON).header("Idempotency-Key", "it-" + id)
                .body("{\"to\":\"INVESTIGATING\",\"reason\":\"Assessed\"}").post("/cases/" + id + "/transitions")
                .then().statusCode(200).body("status", equalTo("INVESTIGATING"));
        given().auth().oauth2(Tokens.auditor()).get("/audit/verify").then().statusCode(200).body("valid", equalTo(true));
    }

    @Test
    void refusesTokensWithoutMfaAndRequestsWithoutTokens() {
        given().auth().oauth2(Tokens.person("caseworker-1", "caseworker").acr("1").sign()).get("/cases")
                .then().statusCode(401).header("WWW-Authenticate", containsString("insufficient_user_authentication"))
                .contentType(startsWith("application/problem+json"));
        given().get("/cases").then().statusCode(401);
    }

    @Test
    void theProductionBuildHasNoClockControl() {
        given().get("/test-support/clock").then().statusCode(404);
        given().contentType("application/json").body("{\"instant\":\"2030-01-01T00:00:00Z\"}").put("/test-support/clock")
                .then().statusCode(404);
    }
}
