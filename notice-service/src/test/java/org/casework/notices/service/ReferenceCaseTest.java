package org.casework.notices.service;

import org.casework.notices.Deadlines;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casework.notices.DownstreamStubs;
import org.casework.notices.NoticeApi;
import org.casework.notices.NoticeRequests;
import org.casework.platform.digest.Sha256;
import org.casework.testing.TestClock;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The reference case within notice-service, with the clock moved through it: notice of intent for
 * £6,090,000 given 7 Aug 2024 with 21 days (representations due 27 Aug 2024), one representation
 * received and considered, a later deadline agreed, the penalty notice of £3,845,400 less a 20 %
 * settlement, £3,076,320, given 26 Mar 2025 with the appeal waived, then on the public register.
 */
@QuarkusTest
class ReferenceCaseTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theReferenceCaseFromNoticeOfIntentToSettledPenaltyNotice() throws IOException {
        UUID caseId = UUID.randomUUID();
        DownstreamStubs.caseIs(caseId, "INVESTIGATING", "caseworker-ada");
        DownstreamStubs.transitionsSucceed(caseId, "NOTICE_OF_INTENT_ISSUED");

        clock.setLondon(LocalDateTime.of(2024, 8, 7, 10, 0));
        UUID noi = NoticeApi.drafted(NoticeRequests.noticeOfIntent(caseId));
        DownstreamStubs.windowOpens(noi);
        NoticeApi.issue(noi).then().statusCode(200)
                .body("status", equalTo("ISSUED"))
                .body("amount.amount", equalTo("6090000.00"))
                .body("issuedOn", equalTo("2024-08-07"))
                .body("representationsDueOn", equalTo("2024-08-27"))
                .body("issuedBy", equalTo("decision-maker-grace"));

        Map<String, Object> deadline = Deadlines.ofNotice(noi, 30).get(0);
        assertThat(deadline.get("kind"), equalTo("REPRESENTATIONS_DUE"));
        assertThat(deadline.get("dueOn"), equalTo("2024-08-27"));
        assertThat(deadline.get("daysLeft"), equalTo(20));

        DownstreamStubs.caseIs(caseId, "NOTICE_OF_INTENT_ISSUED", "caseworker-ada");
        DownstreamStubs.window(noi, LocalDate.of(2024, 8, 27), 1, 1);
        DownstreamStubs.transitionsSucceed(caseId, "DECIDED");

        // Sch 16 para 2(3): the later deadline is agreed while the 6-month period still runs
        clock.setLondon(LocalDateTime.of(2025, 1, 30, 15, 0));
        given().auth().oauth2(Tokens.decisionMaker("decision-maker-grace")).contentType(ContentType.JSON)
                .body("{\"agreedUntil\":\"2025-03-31\",\"reason\":\"Agreed with the group's solicitors on 30 Jan 2025\",\"agreedBy\":\"Jane Smith, General Counsel\",\"agreedOn\":\"2025-01-30\",\"evidence\":\"Letter ref ACS/ICO/12\"}")
                .post("/notices/" + noi + "/deadline-extension").then().statusCode(200)
                .body("deadlineExtension.agreedUntil", equalTo("2025-03-31"))
                .body("deadlineExtension.agreedOn", equalTo("2025-01-30"))
                .body("deadlineExtension.agreedBy", equalTo("Jane Smith, General Counsel"));
        clock.setLondon(LocalDateTime.of(2025, 3, 20, 9, 0));

        UUID penalty = NoticeApi.drafted(NoticeRequests.penaltyNotice(caseId));
        NoticeApi.read(penalty).then().statusCode(200)
                .body("amount.amount", equalTo("3845400.00"))
                .body("noticeOfIntentId", equalTo(noi.toString()))
                .body("paymentDays", equalTo(28));
        given().auth().oauth2(Tokens.decisionMaker("decision-maker-grace")).contentType(ContentType.JSON)
                .body("{\"stage\":\"AFTER_REPRESENTATIONS\",\"discountPercent\":\"20\",\"appealWaived\":true}")
                .post("/notices/" + penalty + "/settlement").then().statusCode(200)
                .body("amount.amount", equalTo("3076320.00"))
                .body("settlement.appealWaived", equalTo(true));

        clock.setLondon(LocalDateTime.of(2025, 3, 26, 11, 0));
        Response issued = NoticeApi.issue(penalty);
        issued.then().statusCode(200)
                .body("status", equalTo("ISSUED"))
                .body("amount.amount", equalTo("3076320.00"))
                .body("issuedOn", equalTo("2025-03-26"))
                .body("paymentDueOn", equalTo("2025-04-22"))
                .body("paymentDueOnWorkingDay", equalTo("2025-04-22"))
                .body("appealDueOn", nullValue())
                .body("appealDueOnWorkingDay", nullValue());

        Response pdf = given().auth().oauth2(Tokens.auditor()).get("/notices/" + penalty + "/document");
        pdf.then().statusCode(200).contentType("application/pdf");
        byte[] bytes = pdf.asByteArray();
        String sha = Sha256.hex(bytes);
        assertThat(pdf.header("ETag"), equalTo("\"" + sha + "\""));
        assertThat(issued.path("documentSha256"), equalTo(sha));
        try (PDDocument document = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text, containsString("Penalty notice"));
            assertThat(text, containsString("£3,076,320.00"));
            assertThat(text, containsString("£3,845,400.00"));
            assertThat(text, containsString("26 March 2025"));
            assertThat(text, containsString("22 April 2025"));
            assertThat(text, containsString("7 August 2024"));
            assertThat(text, containsString("£6,090,000.00"));
            assertThat(text, containsString("waived your right of appeal"));
            assertThat(text, containsString("Advanced Health and Care Limited"));
        }

        // Newest first: other tests in this JVM publish later decisions, so the page that lists it is looked for.
        registerPageListing(penalty.toString()).then()
                .body("items.reference", hasItem(issued.path("reference").toString()))
                .body("items.find { it.id == '" + penalty + "' }.amount.amount", equalTo("3076320.00"))
                .body("items.find { it.id == '" + penalty + "' }.organisation", equalTo("Advanced Computer Software Group"));
    }

    /** The public register's page that lists the notice, following its keyset pages. */
    private static io.restassured.response.Response registerPageListing(String noticeId) {
        String after = null;
        for (int pages = 0; pages < 100; pages++) {
            io.restassured.specification.RequestSpecification request = given().queryParam("limit", "100");
            if (after != null) {
                request.queryParam("after", after);
            }
            io.restassured.response.Response page = request.get("/register");
            page.then().statusCode(200);
            if (page.jsonPath().getList("items.id").contains(noticeId)) {
                return page;
            }
            after = page.jsonPath().getString("next");
            if (after == null) {
                break;
            }
        }
        throw new AssertionError("notice " + noticeId + " is not on the public register");
    }

    @Test
    void theNoticeOfIntentDocumentStatesTheIndicatedAmountAndTheLastDayForRepresentations() throws IOException {
        UUID caseId = UUID.randomUUID();
        clock.setLondon(LocalDateTime.of(2024, 8, 7, 10, 0));
        UUID noi = NoticeApi.issuedNoticeOfIntent(caseId);
        byte[] bytes = given().auth().oauth2(Tokens.caseworker()).get("/notices/" + noi + "/document").asByteArray();
        try (PDDocument document = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text, containsString("Notice of intent"));
            assertThat(text, containsString("£6,090,000.00"));
            assertThat(text, containsString("27 August 2024"));
            assertThat(text, containsString("21 days beginning on 7 August 2024"));
            assertThat(text, containsString("home access details"));
            assertThat(text, containsString("Ditton Park"));
        }
    }
}
