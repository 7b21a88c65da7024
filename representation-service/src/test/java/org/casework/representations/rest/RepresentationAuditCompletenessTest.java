package org.casework.representations.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.casework.representations.Portal;
import org.casework.testing.AuditEvents;
import org.casework.testing.AuditEvents.Actor;
import org.casework.testing.Tokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Every operation of representation-service that writes, or reads an organisation's words (statements,
 * evidence, reasons), leaves exactly one audit entry naming the action, what it concerns, the outcome and
 * who acted; reads of no such detail, repeats that change nothing, and refused requests leave none.
 */
@QuarkusTest
class RepresentationAuditCompletenessTest {

    private static final String ORG = "org-audited";
    private static final String REP = "rep-of-" + ORG;

    private static final Actor REPRESENTATIVE = Actor.person(REP, "org-representative");
    private static final Actor NOTICE_SERVICE = Actor.noticeService("decision-maker-grace");

    /** The call, ready (what it acts on exists), the resource its entry must name, and the answer expected. */
    record Prepared(String resourceType, String resourceId, Supplier<Response> call, int status) {
    }

    /** A window, a representation with one file, and a pending extension request. */
    record Fixture(UUID notice, String representation, String file, String extension) {
        static Fixture create() {
            UUID notice = Portal.window(ORG, LocalDate.of(2099, 12, 31));
            Response r = Portal.submit(ORG, notice, "Statement", "evidence.pdf", Portal.pdf());
            String extension = Portal.as(ORG).contentType(ContentType.JSON)
                    .body("{\"until\":\"2100-01-31\",\"reason\":\"Our auditors report in January\"}")
                    .post("/portal/notices/" + notice + "/extension-requests").then().statusCode(201).extract().path("id");
            return new Fixture(notice, r.then().statusCode(201).extract().path("id"), r.path("files[0].id"), extension);
        }
    }

    private static Arguments audited(String operation, String action, Actor actor, Function<Fixture, Prepared> prepare) {
        return Arguments.of(operation, action, actor, prepare);
    }

    private static Prepared onWindow(Fixture f, Supplier<Response> call, int status) {
        return new Prepared("representation-window", f.notice().toString(), call, status);
    }

    private static Prepared onRepresentation(Fixture f, Supplier<Response> call, int status) {
        return new Prepared("representation", f.representation(), call, status);
    }

    static Stream<Arguments> auditedOperations() {
        return Stream.of(
                audited("PUT /internal/windows/{noticeId}", "window.opened", NOTICE_SERVICE, f -> {
                    UUID notice = UUID.randomUUID();
                    return new Prepared("representation-window", notice.toString(),
                            () -> Portal.open(notice, ORG, LocalDate.of(2099, 12, 31)), 201);
                }),
                audited("DELETE /internal/windows/{noticeId}", "window.closed", NOTICE_SERVICE,
                        f -> onWindow(f, () -> given().auth().oauth2(Tokens.service())
                                .header("Casework-On-Behalf-Of", "decision-maker-grace")
                                .delete("/internal/windows/" + f.notice()), 200)),
                audited("GET /portal/notices/{noticeId}", "window.read", REPRESENTATIVE,
                        f -> onWindow(f, () -> Portal.as(ORG).get("/portal/notices/" + f.notice()), 200)),
                audited("POST /portal/notices/{noticeId}/representations", "representation.submitted", REPRESENTATIVE,
                        f -> new Prepared("representation", null, () -> Portal.submit(ORG, f.notice(), "More",
                                "letter.pdf", Portal.pdf()), 201)),
                audited("POST /portal/notices/{noticeId}/extension-requests", "extension.requested", REPRESENTATIVE,
                        f -> new Prepared("extension-request", null, () -> Portal.as(ORG).contentType(ContentType.JSON)
                                .body("{\"until\":\"2100-02-28\",\"reason\":\"More time\"}")
                                .post("/portal/notices/" + f.notice() + "/extension-requests"), 201)),
                audited("POST /portal/notices/{noticeId}/hearing-requests", "hearing.requested", REPRESENTATIVE,
                        f -> new Prepared("hearing-request", null, () -> Portal.as(ORG).contentType(ContentType.JSON)
                                .body("{\"reason\":\"In person\"}")
                                .post("/portal/notices/" + f.notice() + "/hearing-requests"), 201)),
                audited("GET /portal/representations/{id}", "representation.read", REPRESENTATIVE,
                        f -> onRepresentation(f, () -> Portal.as(ORG).get("/portal/representations/" + f.representation()), 200)),
                audited("GET /portal/representations/{id}/files/{fileId}", "evidence.downloaded", REPRESENTATIVE,
                        f -> onRepresentation(f, () -> Portal.as(ORG)
                                .get("/portal/representations/" + f.representation() + "/files/" + f.file()), 200)),
                audited("GET /representations?noticeId=", "representation.list-read", Actor.AUDITOR,
                        f -> onWindow(f, () -> given().auth().oauth2(Tokens.auditor()).queryParam("noticeId", f.notice())
                                .get("/representations"), 200)),
                audited("GET /representations/{id}", "representation.read", Actor.CASEWORKER,
                        f -> onRepresentation(f, () -> given().auth().oauth2(Tokens.caseworker())
                                .get("/representations/" + f.representation()), 200)),
                audited("GET /representations/{id}/files/{fileId}", "evidence.downloaded", Actor.DECISION_MAKER,
                        f -> onRepresentation(f, () -> given().auth().oauth2(Tokens.decisionMaker())
                                .get("/representations/" + f.representation() + "/files/" + f.file()), 200)),
                audited("POST /representations/{id}/consideration", "representation.considered", Actor.CASEWORKER,
                        f -> onRepresentation(f, () -> given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON)
                                .body("{\"note\":\"Read in full\"}").post("/representations/" + f.representation()
                                        + "/consideration"), 200)),
                audited("GET /extension-requests?noticeId=", "extension.list-read", Actor.DECISION_MAKER,
                        f -> onWindow(f, () -> given().auth().oauth2(Tokens.decisionMaker()).queryParam("noticeId", f.notice())
                                .get("/extension-requests"), 200)),
                audited("POST /extension-requests/{id}/decision", "extension.decided", Actor.DECISION_MAKER,
                        f -> new Prepared("extension-request", f.extension(), () -> given().auth()
                                .oauth2(Tokens.decisionMaker()).contentType(ContentType.JSON)
                                .body("{\"granted\":true,\"reason\":\"Fair\"}")
                                .post("/extension-requests/" + f.extension() + "/decision"), 200)),
                audited("GET /hearing-requests?noticeId=", "hearing.list-read", Actor.AUDITOR,
                        f -> onWindow(f, () -> given().auth().oauth2(Tokens.auditor()).queryParam("noticeId", f.notice())
                                .get("/hearing-requests"), 200)),
                audited("GET /hearing-requests/to-decide", "hearing.to-decide-read", Actor.CASEWORKER,
                        f -> new Prepared("hearing-request", "to-decide", () -> given().auth().oauth2(Tokens.caseworker())
                                .get("/hearing-requests/to-decide"), 200)),
                audited("GET /representations/to-consider", "representation.to-consider-read", Actor.DECISION_MAKER,
                        f -> new Prepared("representation", "to-consider", () -> given().auth().oauth2(Tokens.decisionMaker())
                                .get("/representations/to-consider"), 200)),
                audited("GET /extension-requests/to-decide", "extension.to-decide-read", Actor.AUDITOR,
                        f -> new Prepared("representation-window", "to-decide", () -> given().auth().oauth2(Tokens.auditor())
                                .get("/extension-requests/to-decide"), 200)),
                audited("POST /hearing-requests/{id}/decision", "hearing.decided", Actor.DECISION_MAKER, f -> {
                    String id = HearingApiTest.requestHearing(ORG, f.notice());
                    return new Prepared("hearing-request", id, () -> HearingApiTest.decide(Tokens.decisionMaker(), id,
                            "{\"granted\":false,\"reason\":\"Written representations suffice\"}"), 200);
                }),
                audited("POST /hearing-requests/{id}/record", "hearing.recorded", Actor.CASEWORKER, f -> {
                    String id = HearingApiTest.granted(ORG, f.notice());
                    return new Prepared("hearing-request", id, () -> HearingApiTest.record(Tokens.caseworker(), id,
                            HearingApiTest.today(), "minutes.pdf", Portal.pdf()), 200);
                }),
                audited("GET /hearing-requests/{id}/documents/{documentId}", "hearing.document-downloaded", Actor.AUDITOR,
                        f -> {
                            String[] h = HearingApiTest.held(ORG, f.notice());
                            return new Prepared("hearing-request", h[0], () -> given().auth().oauth2(Tokens.auditor())
                                    .get("/hearing-requests/" + h[0] + "/documents/" + h[1]), 200);
                        }),
                audited("GET /portal/notices/{noticeId}/hearing-requests", "hearing.list-read", REPRESENTATIVE,
                        f -> onWindow(f, () -> Portal.as(ORG).get("/portal/notices/" + f.notice() + "/hearing-requests"), 200)));
    }

    @ParameterizedTest(name = "{0} records {1}")
    @MethodSource("auditedOperations")
    void eachWriteAndEachReadOfDetailLeavesExactlyOneEntry(String operation, String action, Actor actor,
            Function<Fixture, Prepared> prepare) {
        Prepared prepared = prepare.apply(Fixture.create());
        long seq = AuditEvents.lastSeq();
        Response response = prepared.call().get();
        assertThat(response.asString(), response.statusCode(), equalTo(prepared.status()));

        String resourceId = prepared.resourceId() != null ? prepared.resourceId() : response.jsonPath().getString("id");
        AuditEvents.assertOnlyEntryAfter(seq, action, prepared.resourceType(), resourceId, actor);
    }

    private static Arguments unaudited(String what, int status, Function<Fixture, Supplier<Response>> prepare) {
        return Arguments.of(what, status, prepare);
    }

    static Stream<Arguments> unauditedRequests() {
        return Stream.of(
                unaudited("GET /portal/notices (summary lines)", 200, f -> () -> Portal.as(ORG).get("/portal/notices")),
                unaudited("GET /internal/windows/{noticeId} (counts only)", 200,
                        f -> () -> given().auth().oauth2(Tokens.service()).get("/internal/windows/" + f.notice())),
                unaudited("an identical open again", 200, f -> () -> Portal.open(f.notice(), ORG, LocalDate.of(2099, 12, 31))),
                unaudited("an open with other content", 409, f -> () -> Portal.open(f.notice(), ORG, LocalDate.of(2099, 12, 30))),
                unaudited("GET /representations?noticeId= of a notice without a window", 200,
                        f -> () -> given().auth().oauth2(Tokens.auditor()).queryParam("noticeId", UUID.randomUUID())
                                .get("/representations")),
                unaudited("another organisation's representation", 404,
                        f -> () -> Portal.as("org-else").get("/portal/representations/" + f.representation())),
                unaudited("a refused submission", 400, f -> () -> Portal.submit(ORG, f.notice(), "   ")),
                unaudited("a second consideration", 409, f -> {
                    given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON).body("{\"note\":\"Once\"}")
                            .post("/representations/" + f.representation() + "/consideration").then().statusCode(200);
                    return () -> given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON)
                            .body("{\"note\":\"Twice\"}").post("/representations/" + f.representation() + "/consideration");
                }),
                unaudited("a second hearing decision", 409, f -> {
                    String id = HearingApiTest.requestHearing(ORG, f.notice());
                    HearingApiTest.decide(Tokens.decisionMaker(), id, "{\"granted\":false,\"reason\":\"No\"}")
                            .then().statusCode(200);
                    return () -> HearingApiTest.decide(Tokens.decisionMaker(), id, "{\"granted\":false,\"reason\":\"No\"}");
                }),
                unaudited("a hearing recorded with a refused file", 415, f -> {
                    String id = HearingApiTest.granted(ORG, f.notice());
                    return () -> HearingApiTest.record(Tokens.caseworker(), id, HearingApiTest.today(), "x.pdf",
                            Portal.executable());
                }),
                unaudited("another organisation's hearing requests", 404,
                        f -> () -> Portal.as("org-else").get("/portal/notices/" + f.notice() + "/hearing-requests")),
                unaudited("a role refused", 403, f -> () -> given().auth().oauth2(Tokens.auditor())
                        .contentType(ContentType.JSON).body("{\"note\":\"x\"}")
                        .post("/representations/" + f.representation() + "/consideration")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unauditedRequests")
    void requestsThatReadNoDetailOrChangeNothingLeaveNoEntry(String what, int status,
            Function<Fixture, Supplier<Response>> prepare) {
        Supplier<Response> request = prepare.apply(Fixture.create());
        long seq = AuditEvents.lastSeq();
        Response response = request.get();
        assertThat(response.asString(), response.statusCode(), equalTo(status));
        assertThat(AuditEvents.after(seq), equalTo(List.of()));
    }
}
