package org.casework.cases.rest;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.casework.cases.CaseApi;
import org.casework.testing.Problems;
import org.casework.testing.RoleMatrix;
import org.casework.testing.RoleMatrix.Operation;
import org.casework.testing.Tokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Every operation of case-service against every kind of caller: each role is allowed exactly where
 * the design allows it (and then succeeds), refused with 403 elsewhere; a missing, invalid or
 * non-MFA token is a 401 everywhere.
 */
@QuarkusTest
class CaseAuthorizationTest {

    static final String CASEWORKER = "caseworker";
    static final String DECISION_MAKER = "decision-maker";
    static final String AUDITOR = "auditor";
    static final String ORG_REPRESENTATIVE = "org-representative";
    static final String NOTICE_SERVICE = org.casework.platform.security.Roles.NOTICE_SERVICE_CLIENT;

    static List<Operation> operations() {
        return List.of(
                new Operation("POST /cases", Set.of(CASEWORKER),
                        r -> r.contentType(ContentType.JSON).body(org.casework.cases.CaseRequests.newCase()).post("/cases")),
                new Operation("GET /cases", Set.of(CASEWORKER, DECISION_MAKER, AUDITOR), r -> r.get("/cases")),
                new Operation("GET /cases/counts", Set.of(CASEWORKER, DECISION_MAKER, AUDITOR), r -> r.get("/cases/counts")),
                new Operation("GET /cases/{id}", Set.of(CASEWORKER, DECISION_MAKER, AUDITOR),
                        r -> r.get("/cases/" + CaseApi.open())),
                new Operation("PATCH /cases/{id}", Set.of(CASEWORKER, DECISION_MAKER),
                        r -> r.contentType("application/merge-patch+json").header("If-Match", "*")
                                .body("{\"title\":\"Corrected title\"}").patch("/cases/" + CaseApi.open())),
                new Operation("PUT /cases/{id}/assignee", Set.of(CASEWORKER, DECISION_MAKER),
                        r -> r.contentType(ContentType.JSON).header("If-Match", "*")
                                .body("{\"caseworker\":\"caseworker-2\"}").put("/cases/" + CaseApi.open() + "/assignee")),
                new Operation("POST /cases/{id}/findings", Set.of(CASEWORKER),
                        r -> r.contentType(ContentType.JSON)
                                .body("{\"provision\":\"UK GDPR Art 32(1)\",\"description\":\"No MFA on remote access\"}")
                                .post("/cases/" + CaseApi.open() + "/findings")),
                new Operation("GET /cases/{id}/findings/{findingId}", Set.of(CASEWORKER, DECISION_MAKER, AUDITOR),
                        r -> r.get(findingPath())),
                new Operation("POST /cases/{id}/transitions", Set.of(CASEWORKER, DECISION_MAKER, NOTICE_SERVICE),
                        r -> r.contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                                .body("{\"to\":\"INVESTIGATING\",\"reason\":\"Breach report assessed\"}")
                                .post("/cases/" + CaseApi.open() + "/transitions")),
                new Operation("GET /cases/{id}/timeline", Set.of(CASEWORKER, DECISION_MAKER, AUDITOR),
                        r -> r.get("/cases/" + CaseApi.open() + "/timeline")),
                new Operation("GET /audit/events", Set.of(AUDITOR), r -> r.get("/audit/events")),
                new Operation("GET /audit/verify", Set.of(AUDITOR), r -> r.get("/audit/verify")));
    }

    private static String findingPath() {
        String caseId = CaseApi.open();
        String findingId = given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON)
                .body("{\"provision\":\"UK GDPR Art 32(1)\",\"description\":\"No MFA\"}")
                .post("/cases/" + caseId + "/findings").then().statusCode(201).extract().path("id");
        return "/cases/" + caseId + "/findings/" + findingId;
    }

    static Stream<Arguments> operationsAndRoles() {
        return RoleMatrix.everyRole(operations());
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("operationsAndRoles")
    void eachRoleIsAllowedExactlyWhereTheDesignSays(Operation op, String role) {
        RoleMatrix.assertAllowedExactlyWhereRuled(op, role, "org-nhs-supplier");
    }

    static Stream<Arguments> operationsAndBadTokens() {
        List<Arguments> rows = new ArrayList<>();
        for (Operation op : operations()) {
            rows.add(Arguments.of(op, "an expired token", Tokens.person("caseworker-1", "caseworker", "decision-maker",
                    "auditor").expired().sign(), "invalid_token"));
            rows.add(Arguments.of(op, "a token signed by another key", Tokens.person("caseworker-1", "caseworker",
                    "decision-maker", "auditor").signedByForeignKey().sign(), "invalid_token"));
            rows.add(Arguments.of(op, "a token from another issuer", Tokens.person("caseworker-1", "caseworker",
                    "decision-maker", "auditor").issuer("https://attacker.example.com").sign(), "invalid_token"));
            rows.add(Arguments.of(op, "a token for another audience", Tokens.person("caseworker-1", "caseworker",
                    "decision-maker", "auditor").audience("other-api").sign(), "invalid_token"));
            rows.add(Arguments.of(op, "a token without MFA (acr=1)", Tokens.person("caseworker-1", "caseworker",
                    "decision-maker", "auditor").acr("1").sign(), "insufficient_user_authentication"));
            rows.add(Arguments.of(op, "a token without acr", Tokens.person("caseworker-1", "caseworker",
                    "decision-maker", "auditor").acr(null).sign(), "insufficient_user_authentication"));
            rows.add(Arguments.of(op, "a person's token that also claims the service role without MFA",
                    Tokens.person("caseworker-1", "caseworker", "service").acr("1").sign(),
                    "insufficient_user_authentication"));
            rows.add(Arguments.of(op, "something that is not a token", "not-a-jwt", "invalid_token"));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("operationsAndBadTokens")
    void aTokenThatProvesNothingIsRefusedWith401(Operation op, String what, String token, String error) {
        RoleMatrix.assertUnauthenticated(op.as(token), error);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void noTokenIsRefusedWith401AndABearerChallenge(Operation op) {
        RoleMatrix.assertChallenged(op.withoutToken());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void aPersonNeverGainsTheServiceRoleFromTheirToken(Operation op) {
        Response response = op.call().apply(given().auth().oauth2(Tokens.person("org-user", "org-representative",
                "service").orgId("org-nhs-supplier").sign()));
        Problems.assertProblem(response, 403);
    }
}
