package org.casework.notices.service;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.moreThanOrExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.casework.notices.DownstreamStubs;
import org.casework.notices.Gates;
import org.casework.notices.NoticeApi;
import org.casework.notices.NoticeRequests;
import org.casework.testing.Problems;
import org.casework.testing.Sql;
import org.casework.testing.TestClock;
import org.casework.testing.Tokens;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.stubbing.Scenario;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Consistency across services: a notice is ISSUED only once case-service has moved the case; when a
 * call fails or times out the notice stays DRAFT with its issue pending, and a retry or the
 * reconciliation job completes it once. Where a test needs one event before another, a gate on the
 * stub orders them (never a sleep racing a delay).
 */
@QuarkusTest
class DownstreamFailureTest {

    @Inject
    TestClock clock;

    @Inject
    IssueReconciler reconciler;

    @AfterEach
    void resetClock() {
        clock.reset();
    }


    @Test
    void aTransitionThatFailsOnceIsRetriedAndTheNoticeIssued() {
        UUID caseId = UUID.randomUUID();
        UUID noi = NoticeApi.draftedNoticeOfIntent(caseId);
        DownstreamStubs.server().stubFor(DownstreamStubs.transitionCall(caseId).inScenario("flaky-" + caseId)
                .whenScenarioStateIs(Scenario.STARTED).willReturn(DownstreamStubs.json(500, "{}"))
                .willSetStateTo("healed"));
        DownstreamStubs.server().stubFor(DownstreamStubs.transitionCall(caseId).inScenario("flaky-" + caseId)
                .whenScenarioStateIs("healed").willReturn(DownstreamStubs.json(200, "{\"id\":\"" + caseId + "\"}")));
        NoticeApi.issue(noi).then().statusCode(200).body("status", Matchers.equalTo("ISSUED"));
        DownstreamStubs.server().verify(2, postRequestedFor(urlEqualTo("/cases/" + caseId + "/transitions"))
                .withHeader("Idempotency-Key", equalTo("issue-" + noi)));
    }

    @Test
    void whenCaseServiceStaysDownTheNoticeStaysDraftAndARetryCompletesIt() {
        UUID caseId = UUID.randomUUID();
        UUID noi = NoticeApi.draftedNoticeOfIntent(caseId);
        DownstreamStubs.transitions(caseId, DownstreamStubs.json(503, "{}"));
        String token = Tokens.decisionMaker();
        Response failed = Problems.assertProblem(NoticeApi.issue(noi, token, "retry-" + noi), 503);
        assertThat(failed.header("Retry-After"), Matchers.equalTo("30"));
        NoticeApi.read(noi).then().body("status", Matchers.equalTo("DRAFT"))
                .body("pendingIssue.attempts", Matchers.equalTo(1))
                .body("pendingIssue.lastError", Matchers.containsString("503"));
        assertThat(Sql.queryLong("select count(*) from notice_document where notice_id = ?", noi), Matchers.equalTo(0L));

        DownstreamStubs.transitionsSucceed(caseId, "NOTICE_OF_INTENT_ISSUED");
        NoticeApi.issue(noi, token, "retry-" + noi).then().statusCode(200).body("status", Matchers.equalTo("ISSUED"))
                .body("pendingIssue", Matchers.nullValue());
        DownstreamStubs.server().verify(moreThanOrExactly(2), postRequestedFor(urlEqualTo("/cases/" + caseId + "/transitions"))
                .withHeader("Idempotency-Key", equalTo("issue-" + noi)));
        assertThat(Sql.queryLong("select count(*) from audit_event where resource_id = ? and action = 'notice.issued'",
                noi.toString()), Matchers.equalTo(1L));
    }

    @Test
    void aCallThatTimesOutLeavesTheNoticeDraft() {
        UUID caseId = UUID.randomUUID();
        UUID noi = NoticeApi.draftedNoticeOfIntent(caseId);
        // case-service holds every answer until the test has seen the outcome: each attempt can only time out
        Gates.Gate held = DownstreamStubs.gate("transition-" + caseId);
        DownstreamStubs.server().stubFor(DownstreamStubs.transitionCall(caseId)
                .willReturn(DownstreamStubs.json(200, "{}"))
                .withServeEventListener(Gates.NAME, Gates.at("transition-" + caseId)));
        try {
            Problems.assertProblem(NoticeApi.issue(noi), 503);
            NoticeApi.read(noi).then().body("status", Matchers.equalTo("DRAFT"))
                    .body("pendingIssue.attempts", Matchers.equalTo(1));
        } finally {
            held.open();
        }
        assertThat(DownstreamStubs.statusWhenWindowOpened(noi), Matchers.empty());
    }

    /**
     * The window is opened only once the notice is given, so a failing representation-service no
     * longer holds the issue back: the notice is ISSUED (the case moved), its window not yet confirmed,
     * and the reconciliation job opens it. (Before, the notice stayed DRAFT while the case had moved.)
     */
    @Test
    void whenTheWindowCannotBeOpenedTheNoticeIsIssuedAndTheReconciliationJobOpensTheWindow() {
        UUID caseId = UUID.randomUUID();
        UUID noi = NoticeApi.draftedNoticeOfIntent(caseId);
        DownstreamStubs.transitionsSucceed(caseId, "NOTICE_OF_INTENT_ISSUED");
        DownstreamStubs.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock
                .put(urlEqualTo("/internal/windows/" + noi)).willReturn(DownstreamStubs.json(500, "{}")));
        NoticeApi.issue(noi).then().statusCode(200).body("status", Matchers.equalTo("ISSUED"))
                .body("representationWindowOpenedAt", Matchers.nullValue());

        DownstreamStubs.windowOpens(noi);
        assertThat("not before the grace period", reconciler.reconcile(), Matchers.equalTo(0));
        clock.set(java.time.Instant.now().plus(Duration.ofMinutes(5)));
        assertThat(reconciler.reconcile(), Matchers.greaterThanOrEqualTo(1));
        NoticeApi.read(noi).then().body("status", Matchers.equalTo("ISSUED"))
                .body("issuedBy", Matchers.equalTo("decision-maker-grace"))
                .body("representationWindowOpenedAt", Matchers.notNullValue());
        assertThat(Sql.queryLong("select count(*) from audit_event where resource_id = ? and action = 'notice.window-opened' "
                + "and subject = 'notice-service' and on_behalf_of = 'decision-maker-grace'", noi.toString()),
                Matchers.equalTo(1L));
        assertThat(Sql.queryLong("select count(*) from audit_event where resource_id = ? and action = 'notice.issued'",
                noi.toString()), Matchers.equalTo(1L));
        DownstreamStubs.server().verify(com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor(
                urlEqualTo("/internal/windows/" + noi)).withHeader("Casework-On-Behalf-Of", equalTo("decision-maker-grace")));
        assertThat(DownstreamStubs.statusWhenWindowOpened(noi), Matchers.everyItem(Matchers.equalTo("ISSUED")));
        assertThat("a window confirmed open is not opened again", reconciler.reconcile(), Matchers.equalTo(0));
    }

    @Test
    void whenCaseServiceIsDownTheReconciliationJobCompletesTheIssueAsTheDecisionMaker() {
        UUID caseId = UUID.randomUUID();
        UUID noi = NoticeApi.draftedNoticeOfIntent(caseId);
        DownstreamStubs.transitions(caseId, DownstreamStubs.json(503, "{}"));
        Problems.assertProblem(NoticeApi.issue(noi), 503);

        DownstreamStubs.transitionsSucceed(caseId, "NOTICE_OF_INTENT_ISSUED");
        clock.set(java.time.Instant.now().plus(Duration.ofMinutes(5)));
        assertThat(reconciler.reconcile(), Matchers.greaterThanOrEqualTo(1));
        NoticeApi.read(noi).then().body("status", Matchers.equalTo("ISSUED"))
                .body("issuedBy", Matchers.equalTo("decision-maker-grace"));
        assertThat(Sql.queryLong("select count(*) from audit_event where resource_id = ? and action = 'notice.issued' "
                + "and subject = 'notice-service' and on_behalf_of = 'decision-maker-grace'", noi.toString()),
                Matchers.equalTo(1L));
        DownstreamStubs.server().verify(postRequestedFor(urlEqualTo("/cases/" + caseId + "/transitions"))
                .withHeader("Casework-On-Behalf-Of", equalTo("decision-maker-grace")));
    }

    @Test
    void aCaseServiceRefusalAbandonsTheIssueAndTheNoticeStaysDraft() {
        UUID caseId = UUID.randomUUID();
        UUID noi = NoticeApi.draftedNoticeOfIntent(caseId);
        DownstreamStubs.transitions(caseId, DownstreamStubs.json(409,
                "{\"type\":\"urn:casework:problem:illegal-transition\",\"status\":409,\"detail\":\"A case in state CLOSED cannot move to NOTICE_OF_INTENT_ISSUED\",\"currentStatus\":\"CLOSED\"}"));
        Response r = Problems.assertProblem(NoticeApi.issue(noi), 409);
        assertThat(r.path("detail"), Matchers.containsString("CLOSED"));
        NoticeApi.read(noi).then().body("status", Matchers.equalTo("DRAFT")).body("pendingIssue", Matchers.nullValue())
                .body("issuedOn", Matchers.nullValue());
    }

    @Test
    void aCaseAlreadyMovedByAnEarlierAttemptCountsAsMoved() {
        UUID caseId = UUID.randomUUID();
        UUID noi = NoticeApi.draftedNoticeOfIntent(caseId);
        DownstreamStubs.transitions(caseId, DownstreamStubs.json(409,
                "{\"status\":409,\"detail\":\"already\",\"currentStatus\":\"NOTICE_OF_INTENT_ISSUED\"}"));
        NoticeApi.issue(noi).then().statusCode(200).body("status", Matchers.equalTo("ISSUED"));
    }

    /**
     * A repeat that read the draft before its twin recorded the decision, then found the case already
     * moved by that twin, completes the twin's issue. (Regression: the repeat looked again at the copy
     * its request had loaded first, still without the decision, and answered 409.)
     */
    @Test
    void aRepeatThatFindsTheCaseMovedByItsTwinCompletesTheSameIssue() throws Exception {
        UUID caseId = UUID.randomUUID();
        UUID noi = NoticeApi.draftedNoticeOfIntent(caseId);
        // The case, as the repeat reads it, is held at a gate until its twin has recorded the decision.
        String gate = "twin-read-" + noi;
        Gates.Gate read = DownstreamStubs.gate(gate);
        DownstreamStubs.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlEqualTo("/cases/" + caseId))
                .willReturn(DownstreamStubs.json(200, DownstreamStubs.caseJson(caseId, "NOTICE_OF_INTENT_ISSUED",
                        "caseworker-ada")))
                .withServeEventListener(Gates.NAME, Gates.at(gate)));
        DownstreamStubs.transitionsSucceed(caseId, "NOTICE_OF_INTENT_ISSUED");
        String key = "twin-" + noi;
        CompletableFuture<Response> repeat = CompletableFuture.supplyAsync(() -> NoticeApi.issue(noi, Tokens.decisionMaker("decision-maker-grace"), key));
        read.awaitArrival();
        Sql.update("""
                update notice set pending_issue_key = ?, pending_issue_by = 'decision-maker-grace',
                  pending_issue_at = now(), pending_issue_on = current_date, pending_issue_attempts = 1,
                  issued_on = current_date, representations_due_on = current_date + 20 where id = ?""", key, noi);
        read.open();

        repeat.get().then().statusCode(200).body("status", Matchers.equalTo("ISSUED"))
                .body("issuedBy", Matchers.equalTo("decision-maker-grace"));
        assertThat(Sql.queryLong("select count(*) from audit_event where resource_id = ? and action = 'notice.issued'",
                noi.toString()), Matchers.equalTo(1L));
    }

    @Test
    void readingTheCaseWhileCaseServiceIsDownIsA503AndNothingIsDrafted() {
        UUID caseId = UUID.randomUUID();
        DownstreamStubs.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlEqualTo("/cases/" + caseId))
                .willReturn(DownstreamStubs.json(502, "{}")));
        long before = Sql.count("notice");
        Problems.assertProblem(NoticeApi.draft(NoticeRequests.noticeOfIntent(caseId)), 503);
        assertThat(Sql.count("notice"), Matchers.equalTo(before));
        given().auth().oauth2(Tokens.auditor()).get("/audit/verify").then().body("valid", Matchers.equalTo(true));
    }
}
