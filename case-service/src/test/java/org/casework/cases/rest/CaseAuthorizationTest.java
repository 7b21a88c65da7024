package org.casework.cases.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.casework.cases.CaseApi;
import org.casework.cases.CaseRequests;
import org.casework.platform.security.Roles;
import org.casework.testing.AuditEvents;
import org.casework.testing.Problems;
import org.casework.testing.RoleMatrix;
import org.casework.testing.RoleMatrix.Operation;
import org.casework.testing.RowCounts;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every operation of case-service against every kind of caller: each role is allowed exactly where
 * the design allows it (and then succeeds), refused with 403 elsewhere, changing nothing; a missing,
 * invalid or non-MFA token is a 401 everywhere. Machine clients other than notice-service's, a service
 * token without a client id, a person claiming {@code service} and an organisation's representative
 * without an organisation are refused everywhere.
 */
@QuarkusTest
class CaseAuthorizationTest {

    static final String CASEWORKER = Roles.CASEWORKER;
    static final String DECISION_MAKER = Roles.DECISION_MAKER;
    static final String AUDITOR = Roles.AUDITOR;
    static final String NOTICE_SERVICE = Roles.NOTICE_SERVICE_CLIENT;

    /** An operation on a case opened before the call (so opening it is not counted as the call's change). */
    private static Operation onACase(String name, Set<String> allowed,
            java.util.function.BiFunction<RequestSpecification, String, Response> call) {
        return Operation.on(name, allowed, CaseApi::open, call);
    }

    static List<Operation> operations() {
        return List.of(
                new Operation("POST /cases", Set.of(CASEWORKER), r -> r.contentType(ContentType.JSON)
                        .header("Idempotency-Key", UUID.randomUUID().toString()).body(CaseRequests.newCase()).post("/cases")),
                new Operation("GET /cases", Set.of(CASEWORKER, DECISION_MAKER, AUDITOR), r -> r.get("/cases")),
                new Operation("GET /cases/counts", Set.of(CASEWORKER, DECISION_MAKER, AUDITOR), r -> r.get("/cases/counts")),
                onACase("GET /cases/{id}", Set.of(CASEWORKER, DECISION_MAKER, AUDITOR), (r, id) -> r.get("/cases/" + id)),
                onACase("PATCH /cases/{id}", Set.of(CASEWORKER, DECISION_MAKER), (r, id) -> r
                        .contentType("application/merge-patch+json").header("If-Match", "*")
                        .body("{\"title\":\"Corrected title\"}").patch("/cases/" + id)),
                onACase("PUT /cases/{id}/assignee", Set.of(CASEWORKER, DECISION_MAKER), (r, id) -> r
                        .contentType(ContentType.JSON).header("If-Match", "*")
                        .body("{\"caseworker\":\"caseworker-2\"}").put("/cases/" + id + "/assignee")),
                onACase("POST /cases/{id}/findings", Set.of(CASEWORKER), (r, id) -> r.contentType(ContentType.JSON)
                        .body("{\"provision\":\"UK GDPR Art 32(1)\",\"description\":\"No MFA on remote access\"}")
                        .post("/cases/" + id + "/findings")),
                Operation.on("GET /cases/{id}/findings/{findingId}", Set.of(CASEWORKER, DECISION_MAKER, AUDITOR),
                        CaseAuthorizationTest::findingPath, (r, path) -> r.get(path)),
                onACase("POST /cases/{id}/transitions (start the investigation)", Set.of(CASEWORKER, DECISION_MAKER),
                        (r, id) -> r.contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                                .body("{\"to\":\"INVESTIGATING\",\"reason\":\"Breach report assessed\"}")
                                .post("/cases/" + id + "/transitions")),
                Operation.on("POST /cases/{id}/transitions (a notice of intent issued)", Set.of(DECISION_MAKER, NOTICE_SERVICE),
                        CaseApi::investigating, (r, id) -> r.contentType(ContentType.JSON)
                                .header("Idempotency-Key", UUID.randomUUID().toString())
                                .header("Casework-On-Behalf-Of", "decision-maker-1")
                                .body("{\"to\":\"NOTICE_OF_INTENT_ISSUED\",\"reason\":\"Issued\",\"noticeId\":\"noi-1\"}")
                                .post("/cases/" + id + "/transitions")),
                onACase("GET /cases/{id}/timeline", Set.of(CASEWORKER, DECISION_MAKER, AUDITOR),
                        (r, id) -> r.get("/cases/" + id + "/timeline")),
                new Operation("GET /audit/events", Set.of(AUDITOR), r -> r.get("/audit/events")),
                new Operation("GET /audit/verify", Set.of(AUDITOR), r -> r.get("/audit/verify")),
                new Operation("GET /audit/witness", Set.of(AUDITOR), r -> r.get("/audit/witness")));
    }

    private static String findingPath() {
        String caseId = CaseApi.open();
        String findingId = given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON)
                .body("{\"provision\":\"UK GDPR Art 32(1)\",\"description\":\"No MFA\"}")
                .post("/cases/" + caseId + "/findings").then().statusCode(201).extract().path("id");
        return "/cases/" + caseId + "/findings/" + findingId;
    }

    private static RowCounts rows() {
        return RowCounts.of(CaseApi.TABLES);
    }

    static Stream<Arguments> operationsAndCallers() {
        return RoleMatrix.everyCaller(operations());
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("operationsAndCallers")
    void eachCallerIsAllowedExactlyWhereTheDesignSaysAndARefusalChangesNothing(Operation op, String caller) {
        RoleMatrix.assertAllowedExactlyWhereRuled(op, caller, "org-nhs-supplier", CaseAuthorizationTest::rows);
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
        RoleMatrix.assertUnauthenticated(op.refusedAs(token), error);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void noTokenIsRefusedWith401AndABearerChallenge(Operation op) {
        RoleMatrix.assertChallenged(op.withoutToken());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void anOrganisationUserClaimingTheServiceRoleIsRefusedAndChangesNothing(Operation op) {
        Function<RequestSpecification, Response> call = op.refusedCall();
        RowCounts before = rows();
        Problems.assertProblem(call.apply(given().auth().oauth2(Tokens.person("org-user", "org-representative",
                "service").orgId("org-nhs-supplier").sign())), 403);
        assertThat(before.again(), equalTo(before));
    }

    /**
     * A caseworker whose token also lists {@code service} is a caseworker, nothing more: the same answer as a
     * plain caseworker on every operation, the refusals change nothing, and what it may do is recorded as a
     * caseworker's act.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void aCaseworkerClaimingTheServiceRoleGainsNothingFromIt(Operation op) {
        Function<RequestSpecification, Response> call = op.callFor(CASEWORKER);
        RowCounts before = rows();
        long seq = AuditEvents.lastSeq();
        Response response = call.apply(given().auth().oauth2(Tokens.person("caseworker-1", "caseworker", "service").sign()));
        if (op.allowed().contains(CASEWORKER)) {
            assertThat(response.asString(), response.statusCode() / 100, equalTo(2));
            AuditEvents.after(seq).forEach(e -> assertThat(e.get("roles"), equalTo("caseworker")));
        } else {
            Problems.assertProblem(response, 403);
            assertThat(before.again(), equalTo(before));
        }
    }

    @Test
    void aCaseworkerClaimingTheServiceRoleCannotMakeNoticeServicesMove() {
        String id = CaseApi.investigating();
        RowCounts before = rows();
        Response refused = Problems.assertProblem(CaseApi.transition(Tokens.person("caseworker-1", "caseworker", "service")
                .sign(), id, "NOTICE_OF_INTENT_ISSUED", "noi-claimed"), 403);
        assertThat(refused.jsonPath().getString("type"), equalTo("urn:casework:problem:transition-not-allowed-for-role"));
        assertThat(before.again(), equalTo(before));
    }
}
