package org.casework.notices.service;

import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.casework.notices.DownstreamStubs;
import org.casework.notices.NoticeApi;
import org.casework.testing.TestClock;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.quarkus.test.junit.QuarkusTest;

/**
 * notice-service's part in a trace and on the dashboard: the trace a decision-maker's issue belongs to goes with its
 * calls to case-service and representation-service (W3C traceparent on each REST client call), and the deadlines
 * coming up are gauges on /q/metrics.
 */
@QuarkusTest
class TelemetryTest {

    @Inject
    TestClock clock;

    @Inject
    DeadlineMetrics deadlineMetrics;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anIssueCarriesItsCallersTraceToBothServicesItCalls() {
        UUID caseId = UUID.randomUUID();
        String trace = "0af7651916cd43dd8448eb211c80319c";
        DownstreamStubs.caseIs(caseId, "INVESTIGATING", "caseworker-ada");
        DownstreamStubs.transitionsSucceed(caseId, "NOTICE_OF_INTENT_ISSUED");
        UUID noi = NoticeApi.drafted(org.casework.notices.NoticeRequests.noticeOfIntent(caseId));
        DownstreamStubs.windowOpens(noi);

        given().auth().oauth2(Tokens.decisionMaker("decision-maker-grace")).header("Idempotency-Key", UUID.randomUUID().toString())
                .header("traceparent", "00-" + trace + "-b7ad6b7169203331-01")
                .post("/notices/" + noi + "/issue").then().statusCode(200);

        List<LoggedRequest> toCases = DownstreamStubs.server().findAll(postRequestedFor(urlMatching("/cases/" + caseId + "/transitions")));
        List<LoggedRequest> toWindows = DownstreamStubs.server().findAll(putRequestedFor(urlEqualTo("/internal/windows/" + noi)));
        assertThat(toCases, hasSize(1));
        assertThat(toWindows, hasSize(1));
        assertThat(List.of(toCases.get(0).getHeader("traceparent"), toWindows.get(0).getHeader("traceparent")),
                everyItem(matchesPattern("00-" + trace + "-[0-9a-f]{16}-01")));
    }

    @Test
    void theDeadlinesComingUpAreGaugesByKindForTodayAndTheWeek() {
        NoticeApi.issuedNoticeOfIntent(UUID.randomUUID());
        // 21 days for representations, beginning on the day of issue: 16 days on, the last day is 4 days away
        clock.advance(Duration.ofDays(16));
        deadlineMetrics.refresh();

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();

        assertThat(metrics, matchesPattern("(?s).*\ncasework_deadlines_due\\{kind=\"REPRESENTATIONS_DUE\",window=\"7d\"} [1-9][0-9]*\\.0\n.*"));
        assertThat(metrics, containsString("casework_deadlines_due{kind=\"APPEAL_DUE\",window=\"today\"} "));
        assertThat(metrics, containsString("http_server_requests_seconds_count{method=\"POST\",outcome=\"SUCCESS\",status=\"200\",uri=\"/notices/{id}/issue\"}"));
    }
}
