package org.casework.notices.service;

import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.hamcrest.MatcherAssert.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.casework.notices.DownstreamStubs;
import org.casework.notices.NoticeApi;
import org.casework.notices.events.NoticeEvents;
import org.casework.platform.events.OutboxRow;
import org.casework.testing.OutboxRows;
import org.casework.testing.Sql;
import org.casework.testing.TestClock;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Where windows open from the event (casework.notices.window-opening=event, as wherever Kafka is configured): issuing
 * a notice of intent calls representation-service for nothing, and records notice.given.v1 with the due date the
 * window is opened with; the reconciliation job's call confirms the window after the reconcile delay (and would open
 * it, had the event not), once.
 */
@QuarkusTest
@TestProfile(WindowOpenedByEventTest.ByEvent.class)
class WindowOpenedByEventTest {

    public static class ByEvent implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("casework.notices.window-opening", "event");
        }
    }

    @Inject
    TestClock clock;

    @Inject
    IssueReconciler reconciler;

    @Inject
    RepresentationWindows windows;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void issuingCallsNoWindowOpenAndTheJobConfirmsTheWindowTheEventOpenedAfterTheDelay() throws Exception {
        assertThat(windows.opensByEvent(), Matchers.is(true));
        UUID caseId = UUID.randomUUID();
        UUID noi = NoticeApi.draftedNoticeOfIntent(caseId);
        DownstreamStubs.transitionsSucceed(caseId, "NOTICE_OF_INTENT_ISSUED");
        String dueOn = NoticeApi.issue(noi).then().statusCode(200).body("status", Matchers.equalTo("ISSUED"))
                .body("representationWindowOpenedAt", Matchers.nullValue())
                .extract().path("representationsDueOn");
        DownstreamStubs.server().verify(0, putRequestedFor(urlEqualTo("/internal/windows/" + noi)));

        List<OutboxRow> given = OutboxRows.of(NoticeEvents.AGGREGATE, noi.toString()).stream()
                .filter(r -> r.type().equals(NoticeEvents.GIVEN)).toList();
        assertThat(given, Matchers.hasSize(1));
        JsonNode data = new ObjectMapper().readTree(given.get(0).data());
        assertThat(data.path("noticeType").asText(), Matchers.equalTo("NOTICE_OF_INTENT"));
        assertThat(data.path("representationsDueOn").asText(), Matchers.equalTo(dueOn));
        assertThat(data.path("caseId").asText(), Matchers.equalTo(caseId.toString()));

        assertThat("not before the reconcile delay", reconciler.reconcile(), Matchers.equalTo(0));
        DownstreamStubs.server().verify(0, putRequestedFor(urlEqualTo("/internal/windows/" + noi)));
        clock.set(Instant.now().plus(Duration.ofMinutes(5)));
        assertThat(reconciler.reconcile(), Matchers.greaterThanOrEqualTo(1));
        DownstreamStubs.server().verify(1, putRequestedFor(urlEqualTo("/internal/windows/" + noi)));
        NoticeApi.read(noi).then().body("representationWindowOpenedAt", Matchers.notNullValue());
        assertThat(Sql.queryLong("select count(*) from audit_event where resource_id = ? "
                + "and action = 'notice.window-opened'", noi.toString()), Matchers.equalTo(1L));
        assertThat("a window confirmed is not called again", reconciler.reconcile(), Matchers.equalTo(0));
        DownstreamStubs.server().verify(1, putRequestedFor(urlEqualTo("/internal/windows/" + noi)));
    }
}
