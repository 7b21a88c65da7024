package org.casework.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.UUID;

import org.casework.local.ServiceProcess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/** The guards with real tokens from the realm: MFA everywhere, organisations walled off, roles kept. */
class GuardsIT {

    private static Suite suite;

    @BeforeAll
    static void start() throws Exception {
        suite = Suite.get();
    }

    @Test
    void aPasswordOnlyTokenIsRefusedEverywhereAPersonActs() throws Exception {
        String alanPasswordOnly = suite.passwordOnly("alan");
        String bettyPasswordOnly = suite.passwordOnly("betty");
        for (ServiceProcess s : new ServiceProcess[] { suite.cases, suite.notices, suite.representations }) {
            given().baseUri(s.url()).auth().oauth2(alanPasswordOnly).get("/audit/verify").then().statusCode(401)
                    .header("WWW-Authenticate", containsString("insufficient_user_authentication"));
        }
        given().baseUri(suite.cases.url()).auth().oauth2(alanPasswordOnly).get("/cases").then().statusCode(401);
        given().baseUri(suite.representations.url()).auth().oauth2(bettyPasswordOnly).get("/portal/notices").then()
                .statusCode(401).header("WWW-Authenticate", containsString("insufficient_user_authentication"));
    }

    @Test
    void oneOrganisationCannotSeeAnothersNotice() throws Exception {
        UUID notice = UUID.randomUUID();
        String service = new org.casework.local.SignIn(suite.keycloak.issuer())
                .serviceToken("notice-service", "local-notice-service-secret");
        given().baseUri(suite.representations.url()).auth().oauth2(service).contentType(ContentType.JSON)
                .body("{\"caseId\":\"" + UUID.randomUUID() + "\",\"organisationId\":\"org-nhs-supplier\",\"dueOn\":\""
                        + LocalDate.now().plusDays(20) + "\"}")
                .put("/internal/windows/" + notice).then().statusCode(201);
        given().baseUri(suite.representations.url()).auth().oauth2(suite.organisation("betty"))
                .get("/portal/notices/" + notice).then().statusCode(200);
        given().baseUri(suite.representations.url()).auth().oauth2(suite.organisation("edgar"))
                .get("/portal/notices/" + notice).then().statusCode(404);
    }

    @Test
    void aCaseworkerCannotIssueAndAnAuditorCannotWrite() throws Exception {
        given().baseUri(suite.notices.url()).auth().oauth2(suite.staff("ada")).header("Idempotency-Key", "k")
                .post("/notices/" + UUID.randomUUID() + "/issue").then().statusCode(403);
        given().baseUri(suite.cases.url()).auth().oauth2(suite.staff("alan")).contentType(ContentType.JSON)
                .body("{}").post("/cases").then().statusCode(403);
    }

    @Test
    void staffRolesNeverReachPortalTokensNorPortalRolesStaffTokens() throws Exception {
        // betty signs in through the staff client: her organisation role is not in that client's scope
        String bettyOnStaffClient = suite.staff("betty");
        given().baseUri(suite.representations.url()).auth().oauth2(bettyOnStaffClient).get("/portal/notices").then()
                .statusCode(403);
        given().baseUri(suite.cases.url()).auth().oauth2(suite.organisation("betty")).get("/cases").then()
                .statusCode(403).body("status", equalTo(403));
    }

    @Test
    void theE2eBuildsUnderTestCarryClockControl() {
        // only these builds: each service's *IT checks that its production build answers 404 there
        for (ServiceProcess s : new ServiceProcess[] { suite.cases, suite.notices, suite.representations }) {
            given().baseUri(s.url()).get("/test-support/clock").then().statusCode(200);
        }
    }
}
