package org.casework.notices.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.casework.notices.AuditEntries;
import org.casework.notices.AuditEntries.Entry;
import org.casework.notices.DownstreamStubs;
import org.casework.notices.NoticeApi;
import org.casework.notices.NoticeRequests;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Every operation of notice-service that writes or reads detail leaves exactly the audit entries it
 * should (action, resource, outcome, actor) and nothing else; refused requests and reads of no detail
 * leave none.
 */
@QuarkusTest
class NoticeAuditTrailTest {

    private static final String ADA = "caseworker-ada";
    private static final String GRACE = "decision-maker-grace";

    private static Entry onNotice(Object id, String action, String actor) {
        return new Entry(action, "notice", id.toString(), "SUCCESS", actor, null);
    }

    /** Runs the request and answers it, asserting the audit entries written meanwhile are exactly {@code expected}. */
    private static Response audited(List<Entry> expected, Supplier<Response> request) {
        long before = AuditEntries.lastSeq();
        Response response = request.get();
        assertThat(response.asString(), AuditEntries.after(before), equalTo(expected));
        return response;
    }

    private static UUID caseInvestigating() {
        UUID caseId = UUID.randomUUID();
        DownstreamStubs.caseIs(caseId, "INVESTIGATING", "caseworker-someone");
        return caseId;
    }

    private static UUID draftOf(UUID caseId) {
        UUID noi = NoticeApi.drafted(NoticeRequests.noticeOfIntent(caseId));
        DownstreamStubs.windowOpens(noi);
        return noi;
    }

    private static UUID penaltyDraft() {
        UUID caseId = UUID.randomUUID();
        DownstreamStubs.caseIs(caseId, "NOTICE_OF_INTENT_ISSUED", "caseworker-someone");
        return NoticeApi.drafted(NoticeRequests.penaltyNotice(caseId));
    }

    @Test
    void draftingReadingListingAndRevisingAreEachAuditedOnce() {
        UUID caseId = caseInvestigating();
        Response drafted = NoticeApi.draft(NoticeRequests.noticeOfIntent(caseId));
        UUID noi = UUID.fromString(drafted.path("id"));
        assertThat(AuditEntries.about(noi), equalTo(List.of(onNotice(noi, "notice.drafted", ADA))));

        audited(List.of(onNotice(noi, "notice.read", "auditor-1")), () -> NoticeApi.read(noi)).then().statusCode(200);
        audited(List.of(new Entry("notice.listed", "case", caseId.toString(), "SUCCESS", "caseworker-1", null)),
                () -> given().auth().oauth2(Tokens.caseworker()).queryParam("caseId", caseId).get("/notices"))
                .then().statusCode(200);
        audited(List.of(onNotice(noi, "notice.revised", ADA)), () -> given().auth().oauth2(Tokens.caseworker(ADA))
                .contentType("application/merge-patch+json").header("If-Match", drafted.header("ETag"))
                .body("{\"reasons\":\"Revised reasons\"}").patch("/notices/" + noi)).then().statusCode(200);
    }

    @Test
    void issuingANoticeOfIntentRecordsTheIssueAndItsWindowAndReadingItsDocumentIsAudited() {
        UUID caseId = caseInvestigating();
        DownstreamStubs.transitionsSucceed(caseId, "NOTICE_OF_INTENT_ISSUED");
        UUID noi = draftOf(caseId);
        audited(List.of(onNotice(noi, "notice.issued", GRACE), onNotice(noi, "notice.window-opened", GRACE)),
                () -> NoticeApi.issue(noi)).then().statusCode(200);
        audited(List.of(onNotice(noi, "notice.document-read", "caseworker-1")),
                () -> given().auth().oauth2(Tokens.caseworker()).get("/notices/" + noi + "/document")).then().statusCode(200);
        audited(List.of(onNotice(noi, "notice.deadline-extended", GRACE)), () -> given().auth()
                .oauth2(Tokens.decisionMaker(GRACE)).contentType(ContentType.JSON)
                .body("{\"agreedUntil\":\"2099-01-01\",\"reason\":\"Agreed with the group's solicitors\",\"agreedBy\":\"Jane Smith, General Counsel\",\"agreedOn\":\"" + java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")) + "\",\"evidence\":\"Letter ref ACS/ICO/12\"}")
                .post("/notices/" + noi + "/deadline-extension")).then().statusCode(200);
        DownstreamStubs.transitionsSucceed(caseId, "INVESTIGATING");
        audited(List.of(onNotice(noi, "notice.withdrawn", GRACE)), () -> given().auth().oauth2(Tokens.decisionMaker(GRACE))
                .contentType(ContentType.JSON).body("{\"reason\":\"New evidence\"}").post("/notices/" + noi + "/withdraw"))
                .then().statusCode(200);
    }

    @Test
    void settlingPublishingAndWithdrawingADraftAreEachAuditedOnce() {
        UUID penalty = penaltyDraft();
        audited(List.of(onNotice(penalty, "notice.settled", GRACE)), () -> given().auth().oauth2(Tokens.decisionMaker(GRACE))
                .contentType(ContentType.JSON)
                .body("{\"stage\":\"AFTER_REPRESENTATIONS\",\"discountPercent\":\"20\",\"appealWaived\":true}")
                .post("/notices/" + penalty + "/settlement")).then().statusCode(200);
        audited(List.of(onNotice(penalty, "notice.publication-set", GRACE)), () -> given().auth()
                .oauth2(Tokens.decisionMaker(GRACE)).contentType(ContentType.JSON)
                .body("{\"publish\":false,\"withheldReason\":\"A criminal investigation is under way\"}")
                .put("/notices/" + penalty + "/publication")).then().statusCode(200);
        audited(List.of(onNotice(penalty, "notice.withdrawn", GRACE)), () -> given().auth().oauth2(Tokens.decisionMaker(GRACE))
                .contentType(ContentType.JSON).body("{\"reason\":\"Drafted in error\"}").post("/notices/" + penalty + "/withdraw"))
                .then().statusCode(200);
    }

    @Test
    void anIssueRefusedByCaseServiceIsAuditedAsAbandoned() {
        UUID caseId = caseInvestigating();
        UUID noi = draftOf(caseId);
        DownstreamStubs.transitions(caseId, DownstreamStubs.json(409,
                "{\"status\":409,\"detail\":\"A case in state CLOSED cannot move\",\"currentStatus\":\"CLOSED\"}"));
        audited(List.of(onNotice(noi, "notice.issue-abandoned", GRACE)), () -> NoticeApi.issue(noi)).then().statusCode(409);
    }

    @Test
    void refusedRequestsAndReadsOfNoDetailLeaveNoEntry() {
        UUID caseId = caseInvestigating();
        UUID noi = draftOf(caseId);
        String dm = Tokens.decisionMaker(GRACE);
        audited(List.of(), () -> given().auth().oauth2(Tokens.caseworker()).contentType("application/merge-patch+json")
                .header("If-Match", "\"999\"").body("{\"reasons\":\"x\"}").patch("/notices/" + noi)).then().statusCode(412);
        audited(List.of(), () -> given().auth().oauth2(dm).contentType(ContentType.JSON)
                .body("{\"stage\":\"AFTER_REPRESENTATIONS\",\"discountPercent\":\"20\",\"appealWaived\":true}")
                .post("/notices/" + noi + "/settlement")).then().statusCode(409);
        audited(List.of(), () -> given().auth().oauth2(dm).contentType(ContentType.JSON)
                .body("{\"agreedUntil\":\"2099-01-01\",\"reason\":\"x\",\"agreedBy\":\"Jane Smith, General Counsel\",\"agreedOn\":\"" + java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")) + "\",\"evidence\":\"Letter ref ACS/ICO/12\"}").post("/notices/" + noi + "/deadline-extension"))
                .then().statusCode(409);
        audited(List.of(), () -> given().auth().oauth2(dm).contentType(ContentType.JSON)
                .body("{\"publish\":true}").put("/notices/" + noi + "/publication")).then().statusCode(409);
        audited(List.of(), () -> given().auth().oauth2(Tokens.auditor()).get("/notices/" + noi + "/document"))
                .then().statusCode(409);
        audited(List.of(), () -> given().auth().oauth2(Tokens.auditor()).get("/notices/" + UUID.randomUUID())).then()
                .statusCode(404);
        audited(List.of(), () -> given().auth().oauth2(Tokens.caseworker()).queryParam("caseId", UUID.randomUUID())
                .get("/notices")).then().statusCode(200);
        audited(List.of(), () -> given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON)
                .body(NoticeRequests.PENALTY_CALCULATION).post("/penalty-calculations")).then().statusCode(200);
        audited(List.of(), () -> given().auth().oauth2(Tokens.caseworker()).get("/deadlines")).then().statusCode(200);
        audited(List.of(), () -> given().get("/register")).then().statusCode(200);
        audited(List.of(), () -> NoticeApi.issue(UUID.randomUUID())).then().statusCode(404);
    }
}
