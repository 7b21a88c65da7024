package org.casework.notices.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.casework.notices.DownstreamStubs;
import org.casework.notices.NoticeApi;
import org.casework.notices.NoticeRequests;
import org.casework.testing.Problems;
import org.casework.testing.RowCounts;
import org.casework.testing.TestClock;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Every refusal of POST /notices/{id}/issue, one test per rule, each leaving the notice a DRAFT and nothing written. */
@QuarkusTest
class IssueRulesApiTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static Response refusedIssue(UUID noticeId, String token, int status) {
        RowCounts before = RowCounts.of(NoticeApi.TABLES);
        Response r = Problems.assertProblem(NoticeApi.issue(noticeId, token, "k-" + UUID.randomUUID()), status);
        assertThat(before.again(), equalTo(before));
        NoticeApi.read(noticeId).then().body("status", equalTo("DRAFT"));
        return r;
    }

    private static UUID penaltyDraftAfterNoticeOfIntent(UUID caseId, LocalDate windowDue, int received, int considered) {
        UUID noi = NoticeApi.issuedNoticeOfIntent(caseId);
        DownstreamStubs.window(noi, windowDue, received, considered);
        DownstreamStubs.transitionsSucceed(caseId, "DECIDED");
        return NoticeApi.drafted(NoticeRequests.penaltyNotice(caseId));
    }

    @Test
    void refusesToIssueANoticeOfIntentMissingStatutoryContentListingEachPart() {
        UUID caseId = UUID.randomUUID();
        DownstreamStubs.caseIs(caseId, "INVESTIGATING", "caseworker-ada");
        UUID noi = NoticeApi.drafted("""
                {"caseId":"%s","type":"NOTICE_OF_INTENT","recipients":[{"name":"x","companyNumber":"01946476"}]}
                """.formatted(caseId));
        Response r = refusedIssue(noi, Tokens.decisionMaker(), 422);
        List<String> parts = r.jsonPath().getList("missing.part");
        assertThat(parts, equalTo(List.of("recipients[0].address", "reasons", "calculation", "representationDays")));
        assertThat(r.jsonPath().getList("missing.rule"), hasItems("DPA 2018 Sch 16 para 3(1)(c)",
                "DPA 2018 Sch 16 para 3(3)(b)"));
    }

    @Test
    void refusesARepresentationsPeriodShorterThan21Days() {
        UUID caseId = UUID.randomUUID();
        DownstreamStubs.caseIs(caseId, "INVESTIGATING", "caseworker-ada");
        Response r = NoticeApi.draft(NoticeRequests.noticeOfIntent(caseId).replace("\"representationDays\":21",
                "\"representationDays\":20"));
        Problems.assertProblem(r, 422);
        assertThat(r.path("rule"), equalTo("DPA 2018 Sch 16 para 3(4)"));
    }

    @Test
    void refusesTheCasesAssignedCaseworkerAsIssuerUnderFourEyes() {
        UUID caseId = UUID.randomUUID();
        DownstreamStubs.caseIs(caseId, "INVESTIGATING", "grace");
        UUID noi = NoticeApi.drafted(NoticeRequests.noticeOfIntent(caseId));
        Response r = refusedIssue(noi, Tokens.decisionMaker("grace"), 403);
        assertThat(r.path("type"), equalTo("urn:casework:problem:four-eyes"));
        assertThat(r.path("exclusion"), equalTo("ASSIGNED"));
    }

    @Test
    void refusesTheNoticesDrafterAsIssuerUnderFourEyesNamingTheRule() {
        UUID caseId = UUID.randomUUID();
        DownstreamStubs.caseIs(caseId, "INVESTIGATING", "caseworker-ada");
        UUID noi = UUID.fromString(given().auth().oauth2(Tokens.decisionMaker("grace")).contentType(ContentType.JSON)
                .body(NoticeRequests.noticeOfIntent(caseId)).post("/notices").then().statusCode(201).extract().path("id"));
        Response r = refusedIssue(noi, Tokens.decisionMaker("grace"), 403);
        assertThat(r.path("type"), equalTo("urn:casework:problem:four-eyes"));
        assertThat(r.path("exclusion"), equalTo("DRAFTER"));
        assertThat(r.path("rule"), equalTo("four eyes: not the notice's drafter"));
    }

    @Test
    void refusesAnIssuerOnceAssignedToTheCaseThoughNoLongerItsAssignee() {
        UUID caseId = UUID.randomUUID();
        DownstreamStubs.caseWithHistory(caseId, "INVESTIGATING", "caseworker-ada", List.of("caseworker-ada", "grace"),
                List.of());
        UUID noi = NoticeApi.drafted(NoticeRequests.noticeOfIntent(caseId));
        Response r = refusedIssue(noi, Tokens.decisionMaker("grace"), 403);
        assertThat(r.path("exclusion"), equalTo("ASSIGNED"));
        assertThat(r.path("rule"), equalTo("four eyes: not anyone ever assigned to the case"));
    }

    @Test
    void refusesAnIssuerWhoRecordedAFindingOnTheCase() {
        UUID caseId = UUID.randomUUID();
        DownstreamStubs.caseWithHistory(caseId, "INVESTIGATING", "caseworker-ada", List.of("caseworker-ada"),
                List.of("caseworker-ada", "grace"));
        UUID noi = NoticeApi.drafted(NoticeRequests.noticeOfIntent(caseId));
        Response r = refusedIssue(noi, Tokens.decisionMaker("grace"), 403);
        assertThat(r.path("exclusion"), equalTo("FINDING_AUTHOR"));
        assertThat(r.path("rule"), equalTo("four eyes: not anyone who recorded a finding on the case"));
    }

    @Test
    void issuesWhenTheIssuerHadNoHandInTheCaseOrTheNotice() {
        UUID caseId = UUID.randomUUID();
        DownstreamStubs.caseWithHistory(caseId, "INVESTIGATING", "caseworker-ada", List.of("caseworker-ada", "caseworker-bo"),
                List.of("caseworker-ada"));
        DownstreamStubs.transitionsSucceed(caseId, "NOTICE_OF_INTENT_ISSUED");
        UUID noi = NoticeApi.drafted(NoticeRequests.noticeOfIntent(caseId));
        DownstreamStubs.windowOpens(noi);
        NoticeApi.issue(noi, Tokens.decisionMaker("grace"), "k-" + UUID.randomUUID()).then().statusCode(200)
                .body("status", equalTo("ISSUED"));
    }

    @Test
    void refusesToExtendThePenaltyDeadlineOnceItHasPassedWith422AndChangesNothing() {
        // DPA 2018 Sch 16 para 2(3): given on 7 Aug 2024, the 6-month period has ended well before 20 Mar 2025
        clock.setLondon(LocalDateTime.of(2024, 8, 7, 10, 0));
        UUID noi = NoticeApi.issuedNoticeOfIntent(UUID.randomUUID());
        clock.setLondon(LocalDateTime.of(2025, 3, 20, 9, 0));
        RowCounts before = RowCounts.of(NoticeApi.TABLES);
        Response r = Problems.assertProblem(given().auth().oauth2(Tokens.decisionMaker("decision-maker-grace"))
                .contentType(ContentType.JSON)
                .body("""
                        {"agreedUntil":"2025-06-30","reason":"Late agreement","agreedBy":"Jane Smith, General Counsel",
                         "agreedOn":"2025-03-20","evidence":"Email of 20 Mar 2025"}""")
                .post("/notices/" + noi + "/deadline-extension"), 422);
        assertThat(r.path("type"), equalTo("urn:casework:problem:extension-after-deadline"));
        assertThat(r.path("rule"), equalTo("DPA 2018 Sch 16 para 2(3)"));
        assertThat(before.again(), equalTo(before));
        NoticeApi.read(noi).then().body("deadlineExtension", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void refusesAnExtensionWithoutWhoAgreedWhenOrTheEvidence() {
        clock.setLondon(LocalDateTime.of(2024, 8, 7, 10, 0));
        UUID noi = NoticeApi.issuedNoticeOfIntent(UUID.randomUUID());
        clock.setLondon(LocalDateTime.of(2025, 1, 30, 9, 0));
        RowCounts before = RowCounts.of(NoticeApi.TABLES);
        Response r = Problems.assertProblem(given().auth().oauth2(Tokens.decisionMaker("decision-maker-grace"))
                .contentType(ContentType.JSON).body("{\"agreedUntil\":\"2025-03-31\",\"reason\":\"Agreed\"}")
                .post("/notices/" + noi + "/deadline-extension"), 400);
        assertThat(r.jsonPath().getList("errors.field"), hasItems("agreedBy", "agreedOn", "evidence"));
        assertThat(before.again(), equalTo(before));
    }

    @Test
    void refusesAPenaltyNoticeWithoutANoticeOfIntent() {
        UUID caseId = UUID.randomUUID();
        DownstreamStubs.caseIs(caseId, "NOTICE_OF_INTENT_ISSUED", "caseworker-ada");
        UUID penalty = NoticeApi.drafted(NoticeRequests.penaltyNotice(caseId));
        Response r = refusedIssue(penalty, Tokens.decisionMaker(), 422);
        assertThat(r.path("rule"), equalTo("DPA 2018 Sch 16 para 2(1)"));
    }

    @Test
    void refusesAPenaltyNoticeWhileTheNoticeOfIntentsWindowIsNotOpen() throws java.sql.SQLException {
        clock.setLondon(LocalDateTime.of(2024, 8, 7, 10, 0));
        UUID caseId = UUID.randomUUID();
        UUID penalty = penaltyDraftAfterNoticeOfIntent(caseId, LocalDate.of(2024, 8, 27), 0, 0);
        String noi = NoticeApi.read(penalty).path("noticeOfIntentId");
        org.casework.testing.Sql.update("update notice set representation_window_opened_at = null where id = ?",
                UUID.fromString(noi));
        clock.setLondon(LocalDateTime.of(2024, 9, 2, 10, 0));
        Response r = refusedIssue(penalty, Tokens.decisionMaker(), 409);
        assertThat(r.path("type"), equalTo("urn:casework:problem:representation-window-not-open"));
    }

    @Test
    void refusesAPenaltyNoticeBeforeTheRepresentationsPeriodEnds() {
        clock.setLondon(LocalDateTime.of(2024, 8, 7, 10, 0));
        UUID caseId = UUID.randomUUID();
        UUID penalty = penaltyDraftAfterNoticeOfIntent(caseId, LocalDate.of(2024, 8, 27), 0, 0);
        clock.setLondon(LocalDateTime.of(2024, 8, 27, 23, 59));
        Response r = refusedIssue(penalty, Tokens.decisionMaker(), 409);
        assertThat(r.path("rule"), equalTo("DPA 2018 Sch 16 para 4(1)"));
        assertThat(r.path("representationsDueOn"), equalTo("2024-08-27"));
        clock.setLondon(LocalDateTime.of(2024, 8, 28, 0, 1));
        NoticeApi.issue(penalty).then().statusCode(200).body("status", equalTo("ISSUED"));
    }

    @Test
    void refusesAPenaltyNoticeBeforeAnExtendedPeriodEnds() {
        clock.setLondon(LocalDateTime.of(2024, 8, 7, 10, 0));
        UUID caseId = UUID.randomUUID();
        UUID penalty = penaltyDraftAfterNoticeOfIntent(caseId, LocalDate.of(2024, 9, 10), 0, 0);
        clock.setLondon(LocalDateTime.of(2024, 9, 1, 10, 0));
        Response r = refusedIssue(penalty, Tokens.decisionMaker(), 409);
        assertThat(r.path("representationsDueOn"), equalTo("2024-09-10"));
    }

    @Test
    void refusesAPenaltyNoticeBeforeEveryRepresentationIsConsidered() {
        clock.setLondon(LocalDateTime.of(2024, 8, 7, 10, 0));
        UUID caseId = UUID.randomUUID();
        UUID penalty = penaltyDraftAfterNoticeOfIntent(caseId, LocalDate.of(2024, 8, 27), 2, 1);
        clock.setLondon(LocalDateTime.of(2024, 9, 2, 10, 0));
        Response r = refusedIssue(penalty, Tokens.decisionMaker(), 409);
        assertThat(r.path("rule"), equalTo("DPA 2018 Sch 16 para 4(2)"));
        assertThat(r.path("received"), equalTo(2));
        assertThat(r.path("considered"), equalTo(1));
    }

    @Test
    void refusesAPenaltyNoticeWhileAHearingRequestIsUndecidedOrAGrantedHearingNotHeld() {
        // Sch 16 para 3(5), para 4(1)
        clock.setLondon(LocalDateTime.of(2024, 8, 7, 10, 0));
        UUID caseId = UUID.randomUUID();
        UUID penalty = penaltyDraftAfterNoticeOfIntent(caseId, LocalDate.of(2024, 8, 27), 0, 0);
        String noi = NoticeApi.read(penalty).path("noticeOfIntentId");
        clock.setLondon(LocalDateTime.of(2024, 9, 2, 10, 0));
        DownstreamStubs.window(UUID.fromString(noi), LocalDate.of(2024, 8, 27), 0, 0, 0, 1, 0);
        Response undecided = refusedIssue(penalty, Tokens.decisionMaker(), 409);
        assertThat(undecided.path("type"), equalTo("urn:casework:problem:requests-undecided"));
        assertThat(undecided.path("rule"), equalTo("DPA 2018 Sch 16 para 3(5), para 4(1)"));
        assertThat(undecided.path("undecidedHearingRequests"), equalTo(1));
        DownstreamStubs.window(UUID.fromString(noi), LocalDate.of(2024, 8, 27), 0, 0, 1, 0, 0);
        assertThat(refusedIssue(penalty, Tokens.decisionMaker(), 409).path("undecidedExtensionRequests"), equalTo(1));
        DownstreamStubs.window(UUID.fromString(noi), LocalDate.of(2024, 8, 27), 0, 0, 0, 0, 1);
        Response notHeld = refusedIssue(penalty, Tokens.decisionMaker(), 409);
        assertThat(notHeld.path("type"), equalTo("urn:casework:problem:hearing-not-held"));
        assertThat(notHeld.path("hearingsNotHeld"), equalTo(1));
        DownstreamStubs.window(UUID.fromString(noi), LocalDate.of(2024, 8, 27), 0, 0, 0, 0, 0);
        NoticeApi.issue(penalty).then().statusCode(200).body("status", equalTo("ISSUED"));
    }

    @Test
    void refusesAPenaltyNoticeSixMonthsAfterTheNoticeOfIntentUnlessALaterDateWasAgreed() {
        clock.setLondon(LocalDateTime.of(2024, 8, 7, 10, 0));
        UUID caseId = UUID.randomUUID();
        UUID penalty = penaltyDraftAfterNoticeOfIntent(caseId, LocalDate.of(2024, 8, 27), 0, 0);
        clock.setLondon(LocalDateTime.of(2025, 2, 7, 9, 0));
        Response r = refusedIssue(penalty, Tokens.decisionMaker(), 422);
        assertThat(r.path("rule"), equalTo("DPA 2018 Sch 16 para 2(2)"));
        assertThat(r.path("deadline"), equalTo("2025-02-06"));
    }

    @Test
    void refusesAPaymentPeriodShorterThan28Days() {
        UUID caseId = UUID.randomUUID();
        DownstreamStubs.caseIs(caseId, "NOTICE_OF_INTENT_ISSUED", "caseworker-ada");
        Response r = NoticeApi.draft(NoticeRequests.penaltyNotice(caseId).replace("\"type\":\"PENALTY_NOTICE\",",
                "\"type\":\"PENALTY_NOTICE\",\"paymentDays\":27,"));
        Problems.assertProblem(r, 422);
        assertThat(r.path("rule"), equalTo("DPA 2018 Sch 16 para 6(2)"));
    }

    @Test
    void refusesANoticeOfIntentOnACaseThatIsNotUnderInvestigation() {
        UUID caseId = UUID.randomUUID();
        DownstreamStubs.caseIs(caseId, "OPEN", "caseworker-ada");
        UUID noi = NoticeApi.drafted(NoticeRequests.noticeOfIntent(caseId));
        Response r = refusedIssue(noi, Tokens.decisionMaker(), 409);
        assertThat(r.path("caseStatus"), equalTo("OPEN"));
    }

    @Test
    void refusesASecondNoticeOfIntentWhileOneIsLive() {
        UUID caseId = UUID.randomUUID();
        NoticeApi.issuedNoticeOfIntent(caseId);
        DownstreamStubs.caseIs(caseId, "INVESTIGATING", "caseworker-ada");
        UUID second = NoticeApi.drafted(NoticeRequests.noticeOfIntent(caseId));
        refusedIssue(second, Tokens.decisionMaker(), 409);
    }

    @Test
    void aCaseworkerCannotIssue() {
        UUID caseId = UUID.randomUUID();
        DownstreamStubs.caseIs(caseId, "INVESTIGATING", "someone-else");
        UUID noi = NoticeApi.drafted(NoticeRequests.noticeOfIntent(caseId));
        refusedIssue(noi, Tokens.caseworker(), 403);
    }

    @Test
    void issuingAgainWithTheSameKeyAnswersTheIssuedNoticeAndWithAnotherKeyIsRefused() {
        UUID caseId = UUID.randomUUID();
        DownstreamStubs.caseIs(caseId, "INVESTIGATING", "caseworker-ada");
        DownstreamStubs.transitionsSucceed(caseId, "NOTICE_OF_INTENT_ISSUED");
        UUID noi = NoticeApi.drafted(NoticeRequests.noticeOfIntent(caseId));
        DownstreamStubs.windowOpens(noi);
        String token = Tokens.decisionMaker();
        Response first = NoticeApi.issue(noi, token, "same-key-" + noi);
        first.then().statusCode(200);
        RowCounts before = RowCounts.of(NoticeApi.TABLES);
        NoticeApi.issue(noi, token, "same-key-" + noi).then().statusCode(200)
                .body("documentSha256", equalTo(first.path("documentSha256")));
        assertThat(before.again(), equalTo(before));
        Problems.assertProblem(NoticeApi.issue(noi, token, "other-key"), 409);
    }

    @Test
    void aReprimandToAPublicBodyRecordsItsNotionalFineAndDecidesTheCase() {
        UUID caseId = UUID.randomUUID();
        DownstreamStubs.caseIs(caseId, "INVESTIGATING", "caseworker-ada");
        DownstreamStubs.transitionsSucceed(caseId, "DECIDED");
        UUID reprimand = NoticeApi.drafted("""
                {"caseId":"%s","type":"REPRIMAND","recipients":[{"name":"x","companyNumber":"05965280"}],
                 "reasons":"Failure to secure remote access.","publicSummary":"Reprimand for weak remote-access security.",
                 "notionalFine":{"amount":"750000.00","currency":"GBP"}}
                """.formatted(caseId));
        NoticeApi.issue(reprimand).then().statusCode(200).body("status", equalTo("ISSUED"))
                .body("notionalFine.amount", equalTo("750000.00"));
        DownstreamStubs.server().verify(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/cases/" + caseId + "/transitions"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("\"to\":\"DECIDED\"")));
    }

    @Test
    void settlementIsRefusedWithoutWaivingTheAppealOrAboveTheStagesDiscount() {
        UUID caseId = UUID.randomUUID();
        DownstreamStubs.caseIs(caseId, "NOTICE_OF_INTENT_ISSUED", "caseworker-ada");
        UUID penalty = NoticeApi.drafted(NoticeRequests.penaltyNotice(caseId));
        Problems.assertProblem(given().auth().oauth2(Tokens.decisionMaker()).contentType(ContentType.JSON)
                .body("{\"stage\":\"AFTER_REPRESENTATIONS\",\"discountPercent\":\"25\",\"appealWaived\":true}")
                .post("/notices/" + penalty + "/settlement"), 422);
        Problems.assertProblem(given().auth().oauth2(Tokens.decisionMaker()).contentType(ContentType.JSON)
                .body("{\"stage\":\"AFTER_REPRESENTATIONS\",\"discountPercent\":\"20\",\"appealWaived\":false}")
                .post("/notices/" + penalty + "/settlement"), 400);
        NoticeApi.read(penalty).then().body("amount.amount", equalTo("3845400.00"));
    }
}
