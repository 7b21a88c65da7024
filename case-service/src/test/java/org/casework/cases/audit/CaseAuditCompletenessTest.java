package org.casework.cases.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.casework.cases.CaseApi;
import org.casework.cases.CaseRequests;
import org.casework.cases.rest.InternalNoticeApiTest;
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
 * Every operation of case-service that writes or reads a case's detail leaves exactly one audit entry,
 * naming the action, the case, the outcome and who acted (subject, roles, MFA level, client, and the
 * person a service acted for); operations that read no detail, and every refused request, leave none.
 */
@QuarkusTest
class CaseAuditCompletenessTest {

    private static final Actor NOTICE_SERVICE = Actor.noticeService("decision-maker-1");

    /** A call ready to send (its case already exists), the case it concerns and the answer expected. */
    record Prepared(String caseId, Supplier<Response> call, int status) {
    }

    private static Prepared onNewCase(int status, java.util.function.Function<String, Response> call) {
        String id = CaseApi.open();
        return new Prepared(id, () -> call.apply(id), status);
    }

    private static Arguments audited(String operation, String action, Actor actor, Supplier<Prepared> prepare) {
        return Arguments.of(operation, action, actor, prepare);
    }

    static Stream<Arguments> auditedOperations() {
        return Stream.of(
                audited("POST /cases", "case.opened", Actor.CASEWORKER, () -> new Prepared(null,
                        () -> CaseApi.post(CaseRequests.newCase()), 201)),
                audited("GET /cases/{id}", "case.read", Actor.AUDITOR, () -> onNewCase(200,
                        id -> given().auth().oauth2(Tokens.auditor()).get("/cases/" + id))),
                audited("PATCH /cases/{id}", "case.updated", Actor.CASEWORKER, () -> onNewCase(200,
                        id -> given().auth().oauth2(Tokens.caseworker()).contentType("application/merge-patch+json")
                                .header("If-Match", "*").body("{\"title\":\"Corrected\"}").patch("/cases/" + id))),
                audited("PUT /cases/{id}/assignee", "case.assigned", Actor.DECISION_MAKER, () -> onNewCase(200,
                        id -> given().auth().oauth2(Tokens.decisionMaker()).contentType(ContentType.JSON)
                                .header("If-Match", "*").body("{\"caseworker\":\"caseworker-7\"}")
                                .put("/cases/" + id + "/assignee"))),
                audited("POST /cases/{id}/findings", "case.finding-recorded", Actor.CASEWORKER, () -> onNewCase(201,
                        id -> given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON)
                                .body("{\"provision\":\"UK GDPR Art 32(1)\",\"description\":\"No MFA\"}")
                                .post("/cases/" + id + "/findings"))),
                audited("GET /cases/{id}/findings/{findingId}", "case.finding-read", Actor.DECISION_MAKER, () -> {
                    String id = CaseApi.open();
                    String finding = given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON)
                            .body("{\"provision\":\"UK GDPR Art 32(1)\",\"description\":\"No MFA\"}")
                            .post("/cases/" + id + "/findings").then().statusCode(201).extract().path("id");
                    return new Prepared(id, () -> given().auth().oauth2(Tokens.decisionMaker())
                            .get("/cases/" + id + "/findings/" + finding), 200);
                }),
                audited("POST /cases/{id}/transitions (decision-maker)", "case.transitioned", Actor.DECISION_MAKER,
                        () -> onNewCase(200, id -> CaseApi.transition(Tokens.decisionMaker(), id, "INVESTIGATING", null))),
                audited("POST /cases/{id}/transitions (notice-service)", "case.transitioned", NOTICE_SERVICE, () -> {
                    String id = CaseApi.investigating();
                    return new Prepared(id, () -> given().auth().oauth2(Tokens.service())
                            .header("Casework-On-Behalf-Of", "decision-maker-1").contentType(ContentType.JSON)
                            .header("Idempotency-Key", UUID.randomUUID().toString())
                            .body("{\"to\":\"NOTICE_OF_INTENT_ISSUED\",\"reason\":\"Issued\",\"noticeId\":\"noi-9\"}")
                            .post("/cases/" + id + "/transitions"), 200);
                }),
                audited("PUT /internal/cases/{id}/notices/{noticeId}", "case.notice-given", NOTICE_SERVICE, () -> onNewCase(201,
                        id -> InternalNoticeApiTest.given(Tokens.service(), id, UUID.randomUUID(),
                                InternalNoticeApiTest.INFORMATION))),
                audited("GET /cases/{id}/timeline", "case.timeline-read", Actor.CASEWORKER, () -> onNewCase(200,
                        id -> given().auth().oauth2(Tokens.caseworker()).get("/cases/" + id + "/timeline"))));
    }

    @ParameterizedTest(name = "{0} records {1}")
    @MethodSource("auditedOperations")
    void eachWriteAndEachReadOfDetailLeavesExactlyOneEntry(String operation, String action, Actor actor,
            Supplier<Prepared> prepare) {
        Prepared prepared = prepare.get();
        long seq = AuditEvents.lastSeq();
        Response response = prepared.call().get();
        assertThat(response.asString(), response.statusCode(), equalTo(prepared.status()));

        String caseId = prepared.caseId() != null ? prepared.caseId() : response.jsonPath().getString("id");
        AuditEvents.assertOnlyEntryAfter(seq, action, "case", caseId, actor);
    }

    private static Arguments unaudited(String what, int status, Supplier<Supplier<Response>> prepare) {
        return Arguments.of(what, status, prepare);
    }

    static Stream<Arguments> unauditedRequests() {
        return Stream.of(
                unaudited("GET /cases (summary lines)", 200, () -> () -> given().auth().oauth2(Tokens.caseworker())
                        .get("/cases")),
                unaudited("GET /cases/counts", 200, () -> () -> given().auth().oauth2(Tokens.auditor()).get("/cases/counts")),
                unaudited("GET /audit/verify", 200, () -> () -> given().auth().oauth2(Tokens.auditor()).get("/audit/verify")),
                unaudited("a read of an unknown case", 404, () -> () -> given().auth().oauth2(Tokens.auditor())
                        .get("/cases/" + UUID.randomUUID())),
                unaudited("an illegal move", 409, () -> {
                    String id = CaseApi.open();
                    return () -> CaseApi.transition(Tokens.decisionMaker(), id, "CLOSED", null);
                }),
                unaudited("a notice already on the timeline, repeated", 200, () -> {
                    String id = CaseApi.open();
                    UUID notice = UUID.randomUUID();
                    InternalNoticeApiTest.given(Tokens.service(), id, notice, InternalNoticeApiTest.INFORMATION)
                            .then().statusCode(201);
                    return () -> InternalNoticeApiTest.given(Tokens.service(), id, notice, InternalNoticeApiTest.INFORMATION);
                }),
                unaudited("a refused opening", 400, () -> () -> CaseApi.post("{\"title\":\"only\"}")),
                unaudited("a role refused", 403, () -> {
                    String id = CaseApi.open();
                    return () -> given().auth().oauth2(Tokens.auditor()).contentType(ContentType.JSON)
                            .header("If-Match", "*").body("{\"title\":\"x\"}").patch("/cases/" + id);
                }),
                unaudited("a stale If-Match", 412, () -> {
                    String id = CaseApi.open();
                    return () -> given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON)
                            .header("If-Match", "\"99\"").body("{\"title\":\"x\"}").patch("/cases/" + id);
                }),
                unaudited("a correction that changes nothing", 200, () -> {
                    String id = CaseApi.open();
                    return () -> given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON)
                            .header("If-Match", "*").body("{\"title\":\"Ransomware attack on NHS software supplier\"}")
                            .patch("/cases/" + id);
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unauditedRequests")
    void requestsThatReadNoDetailOrAreRefusedLeaveNoEntry(String what, int status, Supplier<Supplier<Response>> prepare) {
        Supplier<Response> request = prepare.get();
        long seq = AuditEvents.lastSeq();
        Response response = request.get();
        assertThat(response.asString(), response.statusCode(), equalTo(status));
        assertThat(AuditEvents.after(seq), equalTo(List.of()));
    }
}
