package org.casework.notices.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import org.casework.notices.DownstreamStubs;
import org.casework.notices.NoticeApi;
import org.casework.notices.NoticeRequests;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;

/** The packaged notice-service (prod profile) with its downstream services stubbed. */
@QuarkusIntegrationTest
class NoticeServiceIT {

    @Test
    void startsHealthyWithTheRegisterPublic() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/register").then().statusCode(200);
    }

    @Test
    void isReadyOnlyOnceTheStartUpWarmUpLaidOutADocument() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'warm-up' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'warm-up' }.data.document", org.hamcrest.Matchers.startsWith("ok in "))
                .body("checks.find { it.name == 'warm-up' }.data.database", org.hamcrest.Matchers.startsWith("ok in "));
    }

    @Test
    void calculatesDraftsAndIssuesANoticeOfIntent() {
        given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON).body(NoticeRequests.PENALTY_CALCULATION)
                .post("/penalty-calculations").then().statusCode(200).body("amount.amount", equalTo("3845400.00"));
        UUID caseId = UUID.randomUUID();
        UUID noi = NoticeApi.issuedNoticeOfIntent(caseId);
        NoticeApi.read(noi).then().statusCode(200).body("status", equalTo("ISSUED"));
        given().auth().oauth2(Tokens.person("dm", "decision-maker").acr("1").sign())
                .header("Idempotency-Key", "k").post("/notices/" + noi + "/issue")
                .then().statusCode(401).header("WWW-Authenticate", containsString("insufficient_user_authentication"));
        DownstreamStubs.reset();
    }

    @Test
    void theProductionBuildHasNoClockControl() {
        given().get("/test-support/clock").then().statusCode(404);
        given().contentType("application/json").body("{\"instant\":\"2030-01-01T00:00:00Z\"}").put("/test-support/clock")
                .then().statusCode(404);
    }
}
