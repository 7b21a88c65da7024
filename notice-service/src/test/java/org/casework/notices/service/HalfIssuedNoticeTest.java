package org.casework.notices.service;

import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casework.notices.AuditEntries;
import org.casework.notices.DownstreamStubs;
import org.casework.notices.NoticeApi;
import org.casework.testing.Problems;
import org.casework.testing.TestClock;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * An organisation never sees a notice of intent whose issue is still in progress: its representation
 * window is opened only once the notice is fixed as ISSUED, with the period counted from the day the
 * notice is actually given (DPA 2018 Sch 16 para 3(4)); whatever a request left unfinished, the
 * reconciliation job converges.
 */
@QuarkusTest
class HalfIssuedNoticeTest {

    @Inject
    TestClock clock;

    @Inject
    IssueReconciler reconciler;

    @AfterEach
    void resetClock() {
        clock.reset();
    }


    /** A draft on a case that case-service moves, while representation-service fails to open windows. */
    private static UUID draftWhoseWindowWillNotOpen(UUID caseId) {
        UUID noi = NoticeApi.draftedNoticeOfIntent(caseId);
        DownstreamStubs.transitionsSucceed(caseId, "NOTICE_OF_INTENT_ISSUED");
        DownstreamStubs.server().stubFor(put(urlEqualTo("/internal/windows/" + noi))
                .willReturn(DownstreamStubs.json(503, "{}")));
        return noi;
    }

    private static List<LoggedRequest> windowOpenings(UUID noi) {
        return DownstreamStubs.server().findAll(putRequestedFor(urlEqualTo("/internal/windows/" + noi)));
    }

    @Test
    void theWindowIsOpenedOnlyOnceTheNoticeIsFixedAsIssued() {
        UUID caseId = UUID.randomUUID();
        UUID noi = NoticeApi.draftedNoticeOfIntent(caseId);
        DownstreamStubs.transitionsSucceed(caseId, "NOTICE_OF_INTENT_ISSUED");
        io.restassured.response.Response issued = NoticeApi.issue(noi);
        issued.then().statusCode(200).body("status", equalTo("ISSUED"));
        assertThat("the notice's status when representation-service was asked to open its window",
                DownstreamStubs.statusWhenWindowOpened(noi), equalTo(List.of("ISSUED")));
        issued.then().body("representationWindowOpenedAt", notNullValue());
        AuditEntries.Entry opened = AuditEntries.exactlyOne(noi, "notice.window-opened");
        assertThat(opened, equalTo(new AuditEntries.Entry("notice.window-opened", "notice", noi.toString(), "SUCCESS",
                "decision-maker-grace", null)));
    }

    @Test
    void whileTheIssueIsPendingNoWindowIsOpenedAndTheJobGivesTheNoticeWithTheDatesOfTheDayItCompletes()
            throws IOException {
        clock.setLondon(LocalDateTime.of(2024, 8, 7, 16, 0));
        UUID caseId = UUID.randomUUID();
        UUID noi = NoticeApi.draftedNoticeOfIntent(caseId);
        // the request that took the decision is lost after case-service moved the case
        DownstreamStubs.transitions(caseId, DownstreamStubs.json(503, "{}"));
        Problems.assertProblem(NoticeApi.issue(noi), 503);
        NoticeApi.read(noi).then().body("status", equalTo("DRAFT")).body("issuedOn", equalTo("2024-08-07"))
                .body("representationWindowOpenedAt", nullValue());
        assertThat("no window while the issue is pending", windowOpenings(noi), empty());

        DownstreamStubs.transitions(caseId, DownstreamStubs.json(409,
                "{\"status\":409,\"detail\":\"already moved\",\"currentStatus\":\"NOTICE_OF_INTENT_ISSUED\"}"));
        clock.setLondon(LocalDateTime.of(2024, 8, 9, 9, 0));
        assertThat(reconciler.reconcile(), greaterThanOrEqualTo(1));

        // Sch 16 para 3(4): 21 days beginning on the day it is given, 9 Aug 2024: the last day is 29 Aug 2024
        NoticeApi.read(noi).then().body("status", equalTo("ISSUED")).body("issuedOn", equalTo("2024-08-09"))
                .body("representationsDueOn", equalTo("2024-08-29"))
                .body("representationWindowOpenedAt", notNullValue());
        assertThat(windowOpenings(noi), hasSize(1));
        DownstreamStubs.server().verify(putRequestedFor(urlEqualTo("/internal/windows/" + noi))
                .withRequestBody(matchingJsonPath("$.dueOn", equalToJson("2024-08-29"))));
        assertThat(DownstreamStubs.statusWhenWindowOpened(noi), everyItem(equalTo("ISSUED")));
        byte[] pdf = given().auth().oauth2(Tokens.auditor()).get("/notices/" + noi + "/document").asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text, containsString("21 days beginning on 9 August 2024"));
            assertThat(text, containsString("29 August 2024"));
        }
        assertThat(AuditEntries.exactlyOne(noi, "notice.issued").onBehalfOf(), equalTo("decision-maker-grace"));
    }

    @Test
    void aRepeatOfTheIssueOpensAWindowThatFailedToOpen() {
        UUID caseId = UUID.randomUUID();
        UUID noi = draftWhoseWindowWillNotOpen(caseId);
        String token = Tokens.decisionMaker("decision-maker-grace");
        NoticeApi.issue(noi, token, "again-" + noi).then().statusCode(200).body("status", equalTo("ISSUED"))
                .body("representationWindowOpenedAt", nullValue());

        DownstreamStubs.windowOpens(noi);
        NoticeApi.issue(noi, token, "again-" + noi).then().statusCode(200)
                .body("representationWindowOpenedAt", notNullValue());
        AuditEntries.exactlyOne(noi, "notice.issued");
        AuditEntries.exactlyOne(noi, "notice.window-opened");
        assertThat(DownstreamStubs.statusWhenWindowOpened(noi), everyItem(equalTo("ISSUED")));
    }

    /**
     * A notice of intent withdrawn before its window was confirmed: the window is created and closed, so
     * a late opening (the job's) finds it closed and cannot reopen it; the job leaves a withdrawn notice alone.
     */
    @Test
    void withdrawingBeforeTheWindowOpenedLeavesItClosedForGood() {
        UUID caseId = UUID.randomUUID();
        UUID noi = draftWhoseWindowWillNotOpen(caseId);
        NoticeApi.issue(noi).then().statusCode(200).body("representationWindowOpenedAt", nullValue());

        DownstreamStubs.windowOpens(noi);
        DownstreamStubs.transitionsSucceed(caseId, "INVESTIGATING");
        given().auth().oauth2(Tokens.decisionMaker()).contentType(ContentType.JSON)
                .body("{\"reason\":\"Issued to the wrong group\"}").post("/notices/" + noi + "/withdraw")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        List<LoggedRequest> calls = DownstreamStubs.server().findAll(com.github.tomakehurst.wiremock.client.WireMock
                .anyRequestedFor(urlEqualTo("/internal/windows/" + noi)));
        assertThat(calls.stream().map(r -> r.getMethod().getName()).toList().subList(calls.size() - 2, calls.size()),
                equalTo(List.of("PUT", "DELETE")));
        DownstreamStubs.server().verify(1, deleteRequestedFor(urlEqualTo("/internal/windows/" + noi)));

        int before = windowOpenings(noi).size();
        clock.set(java.time.Instant.now().plus(java.time.Duration.ofMinutes(5)));
        reconciler.reconcile();
        assertThat(windowOpenings(noi), hasSize(before));
    }

    private static com.github.tomakehurst.wiremock.matching.StringValuePattern equalToJson(String date) {
        return com.github.tomakehurst.wiremock.client.WireMock.equalTo(date);
    }
}
