package org.casework.representations.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

import org.casework.platform.security.Roles;
import org.casework.representations.Portal;
import org.casework.testing.AuditEvents;
import org.casework.testing.Problems;
import org.casework.testing.RoleMatrix;
import org.casework.testing.RoleMatrix.Operation;
import org.casework.testing.RowCounts;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every operation of representation-service as every kind of caller, organisation users needing MFA too:
 * allowed where the design says and refused (403, nothing changed) elsewhere; only notice-service's client
 * reaches /internal/**; a person claiming {@code service} gains nothing from it; a representative without an
 * organisation reaches nothing.
 */
@QuarkusTest
class RepresentationAuthorizationTest {

    private static final AtomicInteger ORGANISATIONS = new AtomicInteger();
    /** Each test gets its own organisation, so the per-organisation submission rate never decides an answer here. */
    private static String org = "org-authz";

    @BeforeEach
    void aFreshOrganisation() {
        org = "org-authz-" + ORGANISATIONS.incrementAndGet();
    }

    static final String CW = Roles.CASEWORKER;
    static final String DM = Roles.DECISION_MAKER;
    static final String AU = Roles.AUDITOR;
    static final String REP = Roles.ORG_REPRESENTATIVE;
    static final String SVC = Roles.NOTICE_SERVICE_CLIENT;

    private static UUID window() {
        return Portal.window(org, LocalDate.of(2099, 12, 31));
    }

    private static Response submitted() {
        return Portal.submit(org, window(), "Statement", "evidence.pdf", Portal.pdf());
    }

    private static String extensionRequest() {
        return Portal.as(org).contentType(ContentType.JSON).body("{\"until\":\"2100-01-31\",\"reason\":\"more time\"}")
                .post("/portal/notices/" + window() + "/extension-requests").then().statusCode(201).extract().path("id");
    }

    static List<Operation> operations() {
        return List.of(
                new Operation("PUT /internal/windows/{noticeId}", Set.of(SVC), r -> r.contentType(ContentType.JSON)
                        .body("{\"caseId\":\"" + UUID.randomUUID() + "\",\"organisationId\":\"" + org + "\",\"dueOn\":\"2099-12-31\"}")
                        .put("/internal/windows/" + UUID.randomUUID())),
                Operation.on("GET /internal/windows/{noticeId}", Set.of(SVC), RepresentationAuthorizationTest::window,
                        (r, notice) -> r.get("/internal/windows/" + notice)),
                Operation.on("DELETE /internal/windows/{noticeId}", Set.of(SVC), RepresentationAuthorizationTest::window,
                        (r, notice) -> r.delete("/internal/windows/" + notice)),
                new Operation("GET /portal/notices", Set.of(REP), r -> r.get("/portal/notices")),
                Operation.on("GET /portal/notices/{noticeId}", Set.of(REP), RepresentationAuthorizationTest::window,
                        (r, notice) -> r.get("/portal/notices/" + notice)),
                Operation.on("POST /portal/notices/{noticeId}/representations", Set.of(REP),
                        RepresentationAuthorizationTest::window, (r, notice) -> r.multiPart("statement", "Statement")
                                .multiPart("files", "e.pdf", Portal.pdf(), "application/pdf")
                                .post("/portal/notices/" + notice + "/representations")),
                Operation.on("POST /portal/notices/{noticeId}/extension-requests", Set.of(REP),
                        RepresentationAuthorizationTest::window, (r, notice) -> r.contentType(ContentType.JSON)
                                .body("{\"until\":\"2100-01-31\",\"reason\":\"more time\"}")
                                .post("/portal/notices/" + notice + "/extension-requests")),
                Operation.on("POST /portal/notices/{noticeId}/hearing-requests", Set.of(REP),
                        RepresentationAuthorizationTest::window, (r, notice) -> r.contentType(ContentType.JSON)
                                .body("{\"reason\":\"in person\"}").post("/portal/notices/" + notice + "/hearing-requests")),
                Operation.on("GET /portal/representations/{id}", Set.of(REP), RepresentationAuthorizationTest::submitted,
                        (r, s) -> r.get("/portal/representations/" + s.path("id"))),
                Operation.on("GET /portal/representations/{id}/files/{fileId}", Set.of(REP),
                        RepresentationAuthorizationTest::submitted,
                        (r, s) -> r.get("/portal/representations/" + s.path("id") + "/files/" + s.path("files[0].id"))),
                Operation.on("GET /representations?noticeId=", Set.of(CW, DM, AU), RepresentationAuthorizationTest::window,
                        (r, notice) -> r.queryParam("noticeId", notice).get("/representations")),
                Operation.on("GET /representations/{id}", Set.of(CW, DM, AU), RepresentationAuthorizationTest::submitted,
                        (r, s) -> r.get("/representations/" + s.path("id"))),
                Operation.on("GET /representations/{id}/files/{fileId}", Set.of(CW, DM, AU),
                        RepresentationAuthorizationTest::submitted,
                        (r, s) -> r.get("/representations/" + s.path("id") + "/files/" + s.path("files[0].id"))),
                Operation.on("POST /representations/{id}/consideration", Set.of(CW, DM),
                        RepresentationAuthorizationTest::submitted, (r, s) -> r.contentType(ContentType.JSON)
                                .body("{\"note\":\"considered\"}").post("/representations/" + s.path("id") + "/consideration")),
                Operation.on("GET /extension-requests?noticeId=", Set.of(CW, DM, AU), RepresentationAuthorizationTest::window,
                        (r, notice) -> r.queryParam("noticeId", notice).get("/extension-requests")),
                Operation.on("POST /extension-requests/{id}/decision", Set.of(CW, DM),
                        RepresentationAuthorizationTest::extensionRequest, (r, id) -> r.contentType(ContentType.JSON)
                                .body("{\"granted\":true,\"reason\":\"fair\"}").post("/extension-requests/" + id + "/decision")),
                Operation.on("GET /hearing-requests?noticeId=", Set.of(CW, DM, AU), RepresentationAuthorizationTest::window,
                        (r, notice) -> r.queryParam("noticeId", notice).get("/hearing-requests")),
                new Operation("GET /hearing-requests/to-decide", Set.of(CW, DM, AU), r -> r.get("/hearing-requests/to-decide")),
                new Operation("GET /representations/to-consider", Set.of(CW, DM, AU), r -> r.get("/representations/to-consider")),
                new Operation("GET /extension-requests/to-decide", Set.of(CW, DM, AU), r -> r.get("/extension-requests/to-decide")),
                Operation.on("POST /hearing-requests/{id}/decision", Set.of(DM),
                        () -> HearingApiTest.requestHearing(org, window()), (r, id) -> r.contentType(ContentType.JSON)
                                .body("{\"granted\":false,\"reason\":\"Written representations suffice\"}")
                                .post("/hearing-requests/" + id + "/decision")),
                Operation.on("POST /hearing-requests/{id}/record", Set.of(CW, DM),
                        () -> HearingApiTest.granted(org, window()), (r, id) -> r.multiPart("heldOn", HearingApiTest.today())
                                .multiPart("attendees", "Grace Hopper").multiPart("note", "Heard")
                                .multiPart("files", "minutes.pdf", Portal.pdf(), "application/pdf")
                                .post("/hearing-requests/" + id + "/record")),
                Operation.on("GET /hearing-requests/{id}/documents/{documentId}", Set.of(CW, DM, AU),
                        () -> HearingApiTest.held(org, window()),
                        (r, h) -> r.get("/hearing-requests/" + h[0] + "/documents/" + h[1])),
                Operation.on("GET /portal/notices/{noticeId}/hearing-requests", Set.of(REP),
                        RepresentationAuthorizationTest::window,
                        (r, notice) -> r.get("/portal/notices/" + notice + "/hearing-requests")),
                new Operation("GET /audit/events", Set.of(AU), r -> r.get("/audit/events")),
                new Operation("GET /audit/verify", Set.of(AU), r -> r.get("/audit/verify")),
                new Operation("GET /audit/witness", Set.of(AU), r -> r.get("/audit/witness")));
    }

    private static RowCounts rows() {
        return RowCounts.of(Portal.TABLES);
    }

    static Stream<Arguments> operationsAndCallers() {
        return RoleMatrix.everyCaller(operations());
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("operationsAndCallers")
    void eachCallerIsAllowedExactlyWhereTheDesignSaysAndARefusalChangesNothing(Operation op, String caller) {
        RoleMatrix.assertAllowedExactlyWhereRuled(op, caller, org, RepresentationAuthorizationTest::rows);
    }

    static Stream<Arguments> operationsAndBadTokens() {
        List<Arguments> rows = new ArrayList<>();
        for (Operation op : operations()) {
            rows.add(Arguments.of(op, "an organisation user without MFA", Tokens.person("rep", "org-representative")
                    .orgId(org).acr("1").sign(), "insufficient_user_authentication"));
            rows.add(Arguments.of(op, "staff without MFA", Tokens.person("staff", "caseworker", "decision-maker", "auditor")
                    .acr("1").sign(), "insufficient_user_authentication"));
            rows.add(Arguments.of(op, "a person claiming the service role without MFA",
                    Tokens.person("staff", "caseworker", "service").acr("1").sign(), "insufficient_user_authentication"));
            rows.add(Arguments.of(op, "an expired token", Tokens.person("rep", "org-representative").orgId(org).expired()
                    .sign(), "invalid_token"));
            rows.add(Arguments.of(op, "a foreign token", Tokens.person("rep", "org-representative").orgId(org)
                    .signedByForeignKey().sign(), "invalid_token"));
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
    void noTokenIsRefusedWith401(Operation op) {
        RoleMatrix.assertChallenged(op.withoutToken());
    }

    /** An organisation's representative who also claims {@code service} is a representative, no more. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void aRepresentativeClaimingTheServiceRoleGainsNothingFromIt(Operation op) {
        assertGainsNothing(op, REP, Tokens.person("rep-of-" + org, REP, Roles.SERVICE).orgId(org).sign());
    }

    /** A caseworker who also claims {@code service} is a caseworker, no more: /internal/** stays closed. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void aCaseworkerClaimingTheServiceRoleGainsNothingFromIt(Operation op) {
        assertGainsNothing(op, CW, Tokens.person("caseworker-1", CW, Roles.SERVICE).sign());
    }

    /** The same answer as {@code role} alone; refusals change nothing; what is allowed is recorded as that role's act. */
    private static void assertGainsNothing(Operation op, String role, String token) {
        Function<RequestSpecification, Response> call = op.callFor(role);
        RowCounts before = rows();
        long seq = AuditEvents.lastSeq();
        Response response = call.apply(given().auth().oauth2(token));
        if (op.allowed().contains(role)) {
            assertThat(response.asString(), response.statusCode() / 100, equalTo(2));
            AuditEvents.after(seq).forEach(e -> assertThat(e.get("roles"), equalTo(role)));
        } else {
            Problems.assertProblem(response, 403);
            assertThat(before.again(), equalTo(before));
        }
    }

    @Test
    void anOrganisationUserWithoutAnOrganisationSeesNothing() {
        Response refused = Problems.assertProblem(given().auth().oauth2(Tokens.person("lost", "org-representative").sign())
                .get("/portal/notices"), 403);
        assertThat(refused.jsonPath().getString("type"), equalTo("urn:casework:problem:no-organisation"));
    }
}
