package org.casework.notices;

import static io.restassured.RestAssured.given;

import java.util.UUID;

import org.casework.testing.Tokens;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Steps through notice-service's API for tests. */
public final class NoticeApi {

    public static final String[] TABLES = { "notice", "notice_document", "notice_reference_counter", "audit_event",
            "idempotency_record", "outbox_event" };

    private NoticeApi() {
    }

    public static Response draft(String body) {
        return given().auth().oauth2(Tokens.caseworker("caseworker-ada")).contentType(ContentType.JSON).body(body)
                .post("/notices");
    }

    public static UUID drafted(String body) {
        return UUID.fromString(draft(body).then().statusCode(201).extract().path("id"));
    }

    public static Response issue(UUID noticeId) {
        return issue(noticeId, Tokens.decisionMaker("decision-maker-grace"), "issue-" + UUID.randomUUID());
    }

    public static Response issue(UUID noticeId, String token, String key) {
        return given().auth().oauth2(token).header("Idempotency-Key", key).post("/notices/" + noticeId + "/issue");
    }

    public static Response read(UUID noticeId) {
        return given().auth().oauth2(Tokens.auditor()).get("/notices/" + noticeId);
    }

    /** A draft notice of intent on a case under investigation, whose representation window opens when asked. */
    public static UUID draftedNoticeOfIntent(UUID caseId) {
        DownstreamStubs.caseIs(caseId, "INVESTIGATING", "caseworker-ada");
        UUID noi = drafted(NoticeRequests.noticeOfIntent(caseId));
        DownstreamStubs.windowOpens(noi);
        return noi;
    }

    /** A case in the given state, drafted and issued as a notice of intent (stubs for both downstream services). */
    public static UUID issuedNoticeOfIntent(UUID caseId) {
        DownstreamStubs.caseIs(caseId, "INVESTIGATING", "caseworker-ada");
        DownstreamStubs.transitionsSucceed(caseId, "NOTICE_OF_INTENT_ISSUED");
        UUID noi = drafted(NoticeRequests.noticeOfIntent(caseId));
        DownstreamStubs.windowOpens(noi);
        issue(noi).then().statusCode(200);
        DownstreamStubs.caseIs(caseId, "NOTICE_OF_INTENT_ISSUED", "caseworker-ada");
        return noi;
    }
}
