package org.casework.notices.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDateTime;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casework.notices.AuditEntries;
import org.casework.notices.DownstreamStubs;
import org.casework.notices.InvestigatoryRequests;
import org.casework.notices.NoticeApi;
import org.casework.notices.NoticeRequests;
import org.casework.testing.Problems;
import org.casework.testing.RowCounts;
import org.casework.testing.TestClock;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Failing to comply with an information notice (DPA 2018 s.155(1)(b)): the record that it was not complied with, and
 * the notice of intent and penalty notice that rest on it, always on the higher maximum (s.157(4)). The information
 * notice is given on 7 Aug 2024 with 30 days: the information is due by 5 Sep 2024.
 */
@QuarkusTest
class NonComplianceApiTest {

    static final String[] TABLES = { "notice", "notice_reference_counter", "audit_event", "idempotency_record" };
    static final String FINDING = """
            {"failure":"The remote-access logs and the MFA policy were not provided.","periodEndedOn":"2024-09-05",
             "note":"Nothing was received by the end of 5 September; no restriction was claimed.","noAppealPending":true}""";

    @Inject
    TestClock clock;

    UUID caseId;
    UUID informationNotice;

    @BeforeEach
    void issuedInformationNotice() {
        clock.setLondon(LocalDateTime.of(2024, 8, 7, 10, 0));
        caseId = UUID.randomUUID();
        DownstreamStubs.caseIs(caseId, "INVESTIGATING", "caseworker-ada");
        informationNotice = NoticeApi.drafted(InvestigatoryRequests.informationNotice(caseId, 30, false));
        NoticeApi.issue(informationNotice).then().statusCode(200).body("requiredBy", equalTo("2024-09-05"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static Response refused(int status, String type, Supplier<Response> request) {
        RowCounts before = RowCounts.of(TABLES);
        Response r = Problems.assertProblem(request.get(), status);
        if (type != null) {
            assertThat(r.asString(), r.path("type").toString(), endsWith(type));
        }
        assertThat(before.again(), equalTo(before));
        return r;
    }

    static Response record(String token, UUID noticeId, String ifMatch, String key, String body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.post("/notices/" + noticeId + "/non-compliance");
    }

    static String etag(UUID noticeId) {
        return NoticeApi.read(noticeId).then().statusCode(200).extract().header("ETag");
    }

    private String noticeOfIntent(UUID failed, String tier) {
        return NoticeRequests.noticeOfIntent(caseId).replace("\"tier\":\"STANDARD\"", "\"tier\":\"" + tier + "\"")
                .replace("\"representationDays\":21", "\"representationDays\":21,\"failureToComplyWith\":\"" + failed + "\"");
    }

    /** s.155(1)(b): recorded once the period has ended, with If-Match and a key; a repeat is answered, a second refused. */
    @Test
    void nonComplianceIsRecordedOnceAfterThePeriodForComplianceEnded() {
        clock.setLondon(LocalDateTime.of(2024, 9, 5, 16, 0));
        String tag = etag(informationNotice);
        refused(422, "compliance-period-running", () -> record(Tokens.caseworker(), informationNotice, tag, "early",
                FINDING.replace("2024-09-05", "2024-09-04")));

        clock.setLondon(LocalDateTime.of(2024, 9, 10, 10, 0));
        Response first = record(Tokens.caseworker("caseworker-ada"), informationNotice, tag, "nc-1", FINDING);
        first.then().statusCode(201).header("Location", endsWith("/notices/" + informationNotice + "/non-compliance"))
                .body("nonCompliance.periodEndedOn", equalTo("2024-09-05"))
                .body("nonCompliance.recordedBy", equalTo("caseworker-ada"))
                .body("nonCompliance.rule", equalTo("DPA 2018 s.155(1)(b)"));
        assertThat(first.header("ETag"), not(equalTo(tag)));
        AuditEntries.Entry entry = AuditEntries.exactlyOne(informationNotice, "notice.non-compliance-recorded");
        assertThat(entry.subject(), equalTo("caseworker-ada"));

        Response again = record(Tokens.caseworker("caseworker-ada"), informationNotice, tag, "nc-1", FINDING);
        again.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(again.header("ETag"), equalTo(first.header("ETag")));
        AuditEntries.exactlyOne(informationNotice, "notice.non-compliance-recorded");
        refused(412, null, () -> record(Tokens.decisionMaker(), informationNotice, tag, "nc-stale", FINDING));
        String now = etag(informationNotice);
        refused(409, "non-compliance-recorded", () -> record(Tokens.decisionMaker(), informationNotice, now, "nc-2",
                FINDING));

        given().auth().oauth2(Tokens.auditor()).get("/notices/" + informationNotice + "/non-compliance").then()
                .statusCode(200).body("", hasSize(1)).body("[0].failure", containsString("were not provided"))
                .body("[0].reference", equalTo(NoticeApi.read(informationNotice).path("reference")));
        AuditEntries.exactlyOne(informationNotice, "notice.non-compliance-read");
        NoticeApi.read(informationNotice).then().body("nonCompliance.periodEndedOn", equalTo("2024-09-05"));
    }

    @Test
    void aRecordIsRefusedForBadInputOrTheWrongCallerAndChangesNothing() {
        clock.setLondon(LocalDateTime.of(2024, 9, 10, 10, 0));
        String tag = etag(informationNotice);
        UUID id = informationNotice;
        refused(401, null, () -> given().contentType(ContentType.JSON).body(FINDING).post("/notices/" + id + "/non-compliance"));
        refused(403, null, () -> record(Tokens.auditor(), id, tag, "k-auditor", FINDING));
        refused(403, null, () -> record(Tokens.orgRepresentative("org-nhs-supplier"), id, tag, "k-org", FINDING));
        refused(400, null, () -> record(Tokens.caseworker(), id, tag, null, FINDING));
        refused(428, null, () -> record(Tokens.caseworker(), id, null, "k-no-match", FINDING));
        refused(412, null, () -> record(Tokens.caseworker(), id, "\"999\"", "k-stale", FINDING));
        refused(400, null, () -> record(Tokens.caseworker(), id, tag, "k-no-failure", FINDING.replace(
                "\"failure\":\"The remote-access logs and the MFA policy were not provided.\",", "")));
        refused(400, null, () -> record(Tokens.caseworker(), id, tag, "k-bad-date",
                FINDING.replace("2024-09-05", "5 Sept")));
        refused(422, "appeal-not-excluded", () -> record(Tokens.caseworker(), id, tag, "k-appeal",
                FINDING.replace("\"noAppealPending\":true", "\"noAppealPending\":false")));
        refused(422, "compliance-period-end", () -> record(Tokens.caseworker(), id, tag, "k-end",
                FINDING.replace("2024-09-05", "2024-09-01")));
        refused(404, null, () -> record(Tokens.caseworker(), UUID.randomUUID(), tag, "k-none", FINDING));
        UUID noi = NoticeApi.draftedNoticeOfIntent(caseId);
        String noiTag = etag(noi);
        refused(409, "not-an-issued-investigatory-notice", () -> record(Tokens.caseworker(), noi, noiTag, "k-noi", FINDING));
        given().auth().oauth2(Tokens.caseworker()).get("/notices/" + id + "/non-compliance").then().statusCode(200)
                .body("", hasSize(0));
        Problems.assertProblem(given().auth().oauth2(Tokens.orgRepresentative("org-nhs-supplier"))
                .get("/notices/" + id + "/non-compliance"), 403);
    }

    /** s.155(1)(b), s.157(4): the notice of intent names the notice not complied with and uses the higher maximum. */
    @Test
    void aNoticeOfIntentForFailingToComplyRestsOnTheRecordAndUsesTheHigherMaximum() throws Exception {
        UUID secondNotice = NoticeApi.drafted(InvestigatoryRequests.informationNotice(caseId, 30, false));
        NoticeApi.issue(secondNotice).then().statusCode(200);
        clock.setLondon(LocalDateTime.of(2024, 9, 10, 10, 0));
        record(Tokens.caseworker(), informationNotice, etag(informationNotice), "nc-noi", FINDING).then().statusCode(201);

        Response noBasis = refused(422, "non-compliance-basis-missing", () -> NoticeApi.draft(noticeOfIntent(secondNotice,
                "HIGHER")));
        assertThat(noBasis.path("rule"), equalTo("DPA 2018 s.155(1)(b)"));
        Response standard = refused(422, "higher-maximum-required", () -> NoticeApi.draft(noticeOfIntent(informationNotice,
                "STANDARD")));
        assertThat(standard.path("rule"), equalTo("DPA 2018 s.157(4)"));
        assertThat(standard.path("errors[0].field"), equalTo("calculation.tier"));
        refused(422, "part-not-for-this-type", () -> NoticeApi.draft(NoticeRequests.penaltyNotice(caseId).replace(
                "\"calculation\"", "\"failureToComplyWith\":\"" + informationNotice + "\",\"calculation\"")));

        DownstreamStubs.transitionsSucceed(caseId, "NOTICE_OF_INTENT_ISSUED");
        UUID noi = NoticeApi.drafted(noticeOfIntent(informationNotice, "HIGHER"));
        DownstreamStubs.windowOpens(noi);
        String reference = NoticeApi.read(informationNotice).path("reference");
        NoticeApi.read(noi).then().body("failureToComply.reference", equalTo(reference))
                .body("failureToComply.givenOn", equalTo("2024-08-07")).body("failureToComply.maximumTier", equalTo("HIGHER"))
                .body("calculation.maximum.tier", equalTo("HIGHER"));
        NoticeApi.issue(noi).then().statusCode(200);
        byte[] pdf = given().auth().oauth2(Tokens.auditor()).get("/notices/" + noi + "/document").asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text, containsString("failing to comply with information notice " + reference
                    + " given on 7 August 2024, under section 155(1)(b)"));
            assertThat(text, containsString("higher maximum amount (section 157(4))"));
        }

        // the penalty notice that follows takes the basis of its notice of intent, and with it the higher maximum
        DownstreamStubs.caseIs(caseId, "NOTICE_OF_INTENT_ISSUED", "caseworker-ada");
        refused(422, "higher-maximum-required", () -> NoticeApi.draft(NoticeRequests.penaltyNotice(caseId)));
        UUID penalty = NoticeApi.drafted(NoticeRequests.penaltyNotice(caseId).replace("\"tier\":\"STANDARD\"",
                "\"tier\":\"HIGHER\""));
        NoticeApi.read(penalty).then().body("failureToComply.reference", equalTo(reference))
                .body("noticeOfIntentId", equalTo(noi.toString()));
        NoticeApi.read(informationNotice).then().body("failureToComply", nullValue());
    }
}
