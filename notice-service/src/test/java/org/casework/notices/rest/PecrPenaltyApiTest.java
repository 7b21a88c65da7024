package org.casework.notices.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casework.notices.AuditEntries;
import org.casework.notices.DownstreamStubs;
import org.casework.notices.NoticeApi;
import org.casework.notices.NoticeRequests;
import org.casework.testing.Problems;
import org.casework.testing.RowCounts;
import org.casework.testing.Sql;
import org.casework.testing.TestClock;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * PECR penalties through the API (PECR reg 31 and Sch 1): the calculation is capped at the maximum in force on the days
 * of the infringement (£500,000 before 5 February 2026; DPA 2018 s.157's higher maximum from then, DUAA 2025 s.115 and
 * Sch 13, SI 2026/82 reg 2(y)); a notice of intent records the regime, period and regulations and its document names
 * them; missing or contradictory regime data is a 400 problem that changes nothing.
 */
@QuarkusTest
class PecrPenaltyApiTest {

    @Inject
    TestClock clock;

    @BeforeEach
    void today() {
        clock.setLondon(LocalDateTime.of(2026, 8, 3, 10, 0));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aCalculationBeforeCommencementIsCappedAtFiveHundredThousandAndChangesNothing() {
        RowCounts before = RowCounts.of(NoticeApi.TABLES);
        calculate(NoticeRequests.pecrCalculation("2025-03-01", "2025-04-30")).then().statusCode(200)
                .body("regime", equalTo("PECR"))
                .body("pecr.regulations", equalTo(List.of("21", "22")))
                .body("maximum.tier", nullValue())
                .body("maximum.applicable.amount", equalTo("500000.00"))
                .body("maximum.source", containsString("SI 2010/31"))
                .body("amount.amount", equalTo("221000.00"))
                .body("summary", containsString("the PECR maximum"));
        assertThat(before.again(), equalTo(before));
    }

    @Test
    void fromCommencementTheHigherMaximumAppliesAndASpanTakesTheLower() {
        calculate(NoticeRequests.pecrCalculation("2026-02-05", "2026-02-05")).then().statusCode(200)
                .body("maximum.tier", equalTo("HIGHER"))
                .body("maximum.applicable.amount", equalTo("17500000.00"))
                .body("maximum.source", containsString("SI 2026/82 reg 2(y)"))
                .body("amount.amount", equalTo("7735000.00"));
        calculate(NoticeRequests.pecrCalculation("2026-02-04", "2026-02-05")).then().statusCode(200)
                .body("maximum.applicable.amount", equalTo("500000.00"))
                .body("maximum.explanation", containsString("changed during the infringement"));
    }

    @Test
    void missingOrContradictoryRegimeDataIsAProblemThatChangesNothing() {
        String good = NoticeRequests.pecrCalculation("2025-03-01", "2025-04-30");
        String pecrPart = good.substring(good.indexOf("\"pecr\":"), good.indexOf("]},") + 3);
        refused("pecr", () -> calculate(good.replace(pecrPart, "")));
        refused("tier", () -> calculate(good.replace("\"regime\":\"PECR\",", "\"regime\":\"PECR\",\"tier\":\"HIGHER\",")));
        refused("pecr", () -> calculate(good.replace("\"regime\":\"PECR\",", "\"tier\":\"HIGHER\",")));
        refused("pecr.infringedTo", () -> calculate(NoticeRequests.pecrCalculation("2025-04-30", "2025-03-01")));
        refused("pecr.infringedTo", () -> calculate(NoticeRequests.pecrCalculation("2025-03-01", "2026-08-04")));
        refused("pecr.infringedFrom", () -> calculate(NoticeRequests.pecrCalculation("2011-05-25", "2025-03-01")));
        refused("pecr.regulations[1]", () -> calculate(good.replace("\"22\"", "\"99\"")));
        refused("pecr.regulations", () -> calculate(good.replace("[\"21\",\"22\"]", "[]")));
        refused(null, () -> calculate(good.replace("2025-03-01", "1 March 2025")));
        refused("regime", () -> calculate(good.replace("\"PECR\"", "\"GDPR\"")));
    }

    @Test
    void aPecrNoticeOfIntentRecordsItsRegimeAndItsDocumentNamesTheRegulationsAndMaximum() throws IOException {
        UUID caseId = UUID.randomUUID();
        DownstreamStubs.caseIs(caseId, "INVESTIGATING", "caseworker-ada");
        DownstreamStubs.transitionsSucceed(caseId, "NOTICE_OF_INTENT_ISSUED");
        long seq = AuditEntries.lastSeq();
        Response drafted = NoticeApi.draft(NoticeRequests.pecrNoticeOfIntent(caseId));
        drafted.then().statusCode(201)
                .body("calculation.regime", equalTo("PECR"))
                .body("calculation.pecr.infringedFrom", equalTo("2025-03-01"))
                .body("calculation.pecr.infringedTo", equalTo("2025-04-30"))
                .body("calculation.maximum.applicable.amount", equalTo("500000.00"))
                .body("amount.amount", equalTo("221000.00"));
        UUID noi = UUID.fromString(drafted.path("id"));
        assertThat(AuditEntries.after(seq).stream().map(AuditEntries.Entry::action).toList(), hasItem("notice.drafted"));
        assertThat(Sql.queryString("select legal_regime || ' ' || pecr_infringed_from || ' ' || pecr_infringed_to || ' '"
                + " || pecr_regulations from notice where id = ?", noi), equalTo("PECR 2025-03-01 2025-04-30 21,22"));

        DownstreamStubs.windowOpens(noi);
        NoticeApi.issue(noi).then().statusCode(200).body("status", equalTo("ISSUED"));
        byte[] pdf = given().auth().oauth2(Tokens.auditor()).get("/notices/" + noi + "/document").asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text, containsString("regulation 31 of and Schedule 1 to the Privacy and Electronic "
                    + "Communications (EC Directive) Regulations 2003"));
            assertThat(text, containsString("contravened regulations 21 and 22 of PECR from 1 March 2025 to 30 April 2025"));
            assertThat(text, containsString("The maximum penalty for this contravention is £500,000.00"));
        }
    }

    @Test
    void aPenaltyNoticeRestsOnAPecrNoticeOfIntentUnderTheSameLawAndNamesItsMaximum() throws IOException {
        UUID caseId = UUID.randomUUID();
        DownstreamStubs.caseIs(caseId, "INVESTIGATING", "caseworker-ada");
        DownstreamStubs.transitionsSucceed(caseId, "NOTICE_OF_INTENT_ISSUED");
        UUID noi = NoticeApi.drafted(NoticeRequests.pecrNoticeOfIntent(caseId));
        DownstreamStubs.windowOpens(noi);
        NoticeApi.issue(noi).then().statusCode(200);
        DownstreamStubs.caseIs(caseId, "NOTICE_OF_INTENT_ISSUED", "caseworker-ada");
        DownstreamStubs.window(noi, LocalDate.of(2026, 8, 23), 0, 0);
        DownstreamStubs.transitionsSucceed(caseId, "DECIDED");
        clock.setLondon(LocalDateTime.of(2026, 8, 25, 10, 0));

        UUID underDpa = NoticeApi.drafted(NoticeRequests.penaltyNotice(caseId));
        Response refused = Problems.assertProblem(NoticeApi.issue(underDpa), 422);
        assertThat(refused.asString(), refused.path("type"), containsString("contravention-differs-from-notice-of-intent"));
        NoticeApi.read(underDpa).then().statusCode(200).body("status", equalTo("DRAFT"));

        String pecrPenalty = NoticeRequests.penaltyNotice(caseId).replace(NoticeRequests.PENALTY_CALCULATION,
                NoticeRequests.pecrCalculation("2025-03-01", "2025-04-15").replace("[\"21\",\"22\"]", "[\"21\"]"));
        UUID penalty = NoticeApi.drafted(pecrPenalty);
        NoticeApi.issue(penalty).then().statusCode(200).body("status", equalTo("ISSUED"))
                .body("calculation.pecr.regulations", equalTo(List.of("21")))
                .body("amount.amount", equalTo("221000.00"));
        byte[] pdf = given().auth().oauth2(Tokens.auditor()).get("/notices/" + penalty + "/document").asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text, containsString("gives you this penalty notice under section 155 of the Data Protection Act "
                    + "2018 as applied, with modifications, by regulation 31 of and Schedule 1 to"));
            assertThat(text, containsString("contravened regulation 21 of PECR from 1 March 2025 to 15 April 2025"));
            assertThat(text, containsString("SI 2010/31 reg 2"));
        }
    }

    @Test
    void aDraftWithMissingRegimeDataIsRefusedAndWritesNothing() {
        UUID caseId = UUID.randomUUID();
        DownstreamStubs.caseIs(caseId, "INVESTIGATING", "caseworker-ada");
        String good = NoticeRequests.pecrNoticeOfIntent(caseId);
        refused("calculation.pecr", () -> NoticeApi.draft(good.replaceFirst("\"pecr\":\\{[^}]*\\},", "")));
        refused("calculation.pecr.infringedTo", () -> NoticeApi.draft(good.replace("\"2025-04-30\"", "\"2026-12-31\"")));
        refused("calculation.tier", () -> NoticeApi.draft(good.replace("\"regime\":\"PECR\",",
                "\"regime\":\"PECR\",\"tier\":\"STANDARD\",")));
    }

    private static Response calculate(String body) {
        return given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON).body(body)
                .post("/penalty-calculations");
    }

    private static void refused(String field, Supplier<Response> request) {
        RowCounts before = RowCounts.of(NoticeApi.TABLES);
        Response response = Problems.assertProblem(request.get(), 400);
        if (field != null) {
            assertThat(response.asString(), response.jsonPath().getList("errors.field"), hasItem(field));
        }
        assertThat(before.again(), equalTo(before));
    }
}
