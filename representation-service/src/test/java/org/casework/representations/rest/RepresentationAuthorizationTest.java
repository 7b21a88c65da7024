package org.casework.representations.rest;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.casework.representations.Portal;
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

/** Every operation of representation-service as every kind of caller, organisation users needing MFA too. */
@QuarkusTest
class RepresentationAuthorizationTest {

    static final String ORG = "org-authz";

    static final String CW = "caseworker";
    static final String DM = "decision-maker";
    static final String AU = "auditor";
    static final String REP = "org-representative";
    static final String SVC = org.casework.platform.security.Roles.NOTICE_SERVICE_CLIENT;

    private static UUID window() {
        return Portal.window(ORG, LocalDate.of(2099, 12, 31));
    }

    private static Response submitted() {
        return Portal.submit(ORG, window(), "Statement", "evidence.pdf", Portal.pdf());
    }

    private static String extensionRequest() {
        return Portal.as(ORG).contentType(ContentType.JSON).body("{\"until\":\"2100-01-31\",\"reason\":\"more time\"}")
                .post("/portal/notices/" + window() + "/extension-requests").then().statusCode(201).extract().path("id");
    }

    static List<Operation> operations() {
        return List.of(
                new Operation("PUT /internal/windows/{noticeId}", Set.of(SVC), r -> r.contentType(ContentType.JSON)
                        .body("{\"caseId\":\"" + UUID.randomUUID() + "\",\"organisationId\":\"" + ORG + "\",\"dueOn\":\"2099-12-31\"}")
                        .put("/internal/windows/" + UUID.randomUUID())),
                new Operation("GET /internal/windows/{noticeId}", Set.of(SVC), r -> r.get("/internal/windows/" + window())),
                new Operation("DELETE /internal/windows/{noticeId}", Set.of(SVC), r -> r.delete("/internal/windows/" + window())),
                new Operation("GET /portal/notices", Set.of(REP), r -> r.get("/portal/notices")),
                new Operation("GET /portal/notices/{noticeId}", Set.of(REP), r -> r.get("/portal/notices/" + window())),
                new Operation("POST /portal/notices/{noticeId}/representations", Set.of(REP), r -> r
                        .multiPart("statement", "Statement").multiPart("files", "e.pdf", Portal.pdf(), "application/pdf")
                        .post("/portal/notices/" + window() + "/representations")),
                new Operation("POST /portal/notices/{noticeId}/extension-requests", Set.of(REP), r -> r
                        .contentType(ContentType.JSON).body("{\"until\":\"2100-01-31\",\"reason\":\"more time\"}")
                        .post("/portal/notices/" + window() + "/extension-requests")),
                new Operation("POST /portal/notices/{noticeId}/hearing-requests", Set.of(REP), r -> r
                        .contentType(ContentType.JSON).body("{\"reason\":\"in person\"}")
                        .post("/portal/notices/" + window() + "/hearing-requests")),
                new Operation("GET /portal/representations/{id}", Set.of(REP),
                        r -> r.get("/portal/representations/" + submitted().path("id"))),
                new Operation("GET /portal/representations/{id}/files/{fileId}", Set.of(REP), r -> {
                    Response s = submitted();
                    return r.get("/portal/representations/" + s.path("id") + "/files/" + s.path("files[0].id"));
                }),
                new Operation("GET /representations?noticeId=", Set.of(CW, DM, AU),
                        r -> r.queryParam("noticeId", window()).get("/representations")),
                new Operation("GET /representations/{id}", Set.of(CW, DM, AU),
                        r -> r.get("/representations/" + submitted().path("id"))),
                new Operation("GET /representations/{id}/files/{fileId}", Set.of(CW, DM, AU), r -> {
                    Response s = submitted();
                    return r.get("/representations/" + s.path("id") + "/files/" + s.path("files[0].id"));
                }),
                new Operation("POST /representations/{id}/consideration", Set.of(CW, DM), r -> r.contentType(ContentType.JSON)
                        .body("{\"note\":\"considered\"}").post("/representations/" + submitted().path("id") + "/consideration")),
                new Operation("GET /extension-requests?noticeId=", Set.of(CW, DM, AU),
                        r -> r.queryParam("noticeId", window()).get("/extension-requests")),
                new Operation("POST /extension-requests/{id}/decision", Set.of(CW, DM), r -> r.contentType(ContentType.JSON)
                        .body("{\"granted\":true,\"reason\":\"fair\"}").post("/extension-requests/" + extensionRequest() + "/decision")),
                new Operation("GET /hearing-requests?noticeId=", Set.of(CW, DM, AU),
                        r -> r.queryParam("noticeId", window()).get("/hearing-requests")),
                new Operation("GET /audit/events", Set.of(AU), r -> r.get("/audit/events")),
                new Operation("GET /audit/verify", Set.of(AU), r -> r.get("/audit/verify")));
    }

    static Stream<Arguments> operationsAndRoles() {
        return RoleMatrix.everyRole(operations());
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("operationsAndRoles")
    void eachRoleIsAllowedExactlyWhereTheDesignSays(Operation op, String role) {
        RoleMatrix.assertAllowedExactlyWhereRuled(op, role, ORG);
    }

    static Stream<Arguments> operationsAndBadTokens() {
        List<Arguments> rows = new ArrayList<>();
        for (Operation op : operations()) {
            rows.add(Arguments.of(op, "an organisation user without MFA", Tokens.person("rep", "org-representative")
                    .orgId(ORG).acr("1").sign(), "insufficient_user_authentication"));
            rows.add(Arguments.of(op, "staff without MFA", Tokens.person("staff", "caseworker", "decision-maker", "auditor")
                    .acr("1").sign(), "insufficient_user_authentication"));
            rows.add(Arguments.of(op, "an expired token", Tokens.person("rep", "org-representative").orgId(ORG).expired()
                    .sign(), "invalid_token"));
            rows.add(Arguments.of(op, "a foreign token", Tokens.person("rep", "org-representative").orgId(ORG)
                    .signedByForeignKey().sign(), "invalid_token"));
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
    void noTokenIsRefusedWith401(Operation op) {
        RoleMatrix.assertChallenged(op.withoutToken());
    }

    @org.junit.jupiter.api.Test
    void anOrganisationUserWithoutAnOrganisationSeesNothing() {
        Problems.assertProblem(given().auth().oauth2(Tokens.person("lost", "org-representative").sign())
                .get("/portal/notices"), 403);
    }
}
