package org.casework.representations.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.casework.representations.Portal;
import org.casework.representations.events.RepresentationEvents;
import org.casework.testing.OutboxRows;
import org.casework.testing.Sql;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * notice-service's uk.gov.casework.notice.given.v1, read from a real Kafka, opens the notice of intent's representation
 * window with the due date the event carries, audited; the same event twice opens it once; an event for a window
 * already closed changes nothing; a record that cannot be read is skipped with its reason and nothing of its content in
 * the log, and the events after it are read.
 */
@QuarkusTest
@TestProfile(KafkaProfile.class)
class WindowFromNoticeEventTest {

    private static final String GIVEN = "uk.gov.casework.notice.given.v1";

    private static long windowsOf(UUID noticeId) {
        return Sql.queryLong("select count(*) from representation_window where notice_id = ?", noticeId);
    }

    private static long openingsAudited(UUID noticeId) {
        return Sql.queryLong("select count(*) from audit_event where resource_id = ? and action = 'window.opened'",
                noticeId.toString());
    }

    /** Publishes a notice of intent's event with {@code key} after the records under test, and waits until it is read. */
    private static void awaitReadPast(UUID key) throws Exception {
        UUID marker = UUID.randomUUID();
        NoticeEvents.publish(key, NoticeEvents.noticeOfIntentGiven(UUID.randomUUID(), marker, UUID.randomUUID(),
                "org-marker", LocalDate.of(2099, 1, 31)));
        NoticeEvents.await("the marker's window opened", () -> windowsOf(marker) == 1);
    }

    @Test
    void theNoticeGivenEventOpensTheWindowDueOnTheDayItCarriesAndAuditsIt() throws Exception {
        UUID eventId = UUID.randomUUID();
        UUID noticeId = UUID.randomUUID();
        UUID caseId = UUID.nameUUIDFromBytes(noticeId.toString().getBytes()); // as Portal.open sends it
        NoticeEvents.publish(noticeId, NoticeEvents.noticeOfIntentGiven(eventId, noticeId, caseId, "org-given",
                LocalDate.of(2099, 8, 27)));

        NoticeEvents.await("the window opened", () -> windowsOf(noticeId) == 1);
        assertThat(Sql.queryString("select due_on::text || ' ' || original_due_on::text || ' ' || status || ' ' "
                + "|| organisation_id || ' ' || case_id::text || ' ' || opened_by from representation_window "
                + "where notice_id = ?", noticeId),
                equalTo("2099-08-27 2099-08-27 OPEN org-given " + caseId + " notice-service"));
        assertThat(Sql.queryString("select subject || ' ' || (details->>'eventId') || ' ' || (details->>'dueOn') "
                + "from audit_event where resource_id = ? and action = 'window.opened'", noticeId.toString()),
                equalTo("notice-service " + eventId + " 2099-08-27"));
        assertThat(OutboxRows.of(RepresentationEvents.AGGREGATE, noticeId.toString()).stream().map(r -> r.type())
                .toList(), contains(RepresentationEvents.WINDOW_OPENED));
        // the organisation sees it on the portal, and notice-service's confirming call finds it open as it would open it
        Portal.as("org-given").get("/portal/notices/" + noticeId).then().statusCode(200)
                .body("dueOn", equalTo("2099-08-27"));
        Portal.open(noticeId, "org-given", LocalDate.of(2099, 8, 27)).then().statusCode(200)
                .body("status", equalTo("OPEN"));
        assertThat(openingsAudited(noticeId), equalTo(1L));
    }

    @Test
    void theSameEventDeliveredTwiceOpensTheWindowOnceWithOneAuditEntry() throws Exception {
        UUID eventId = UUID.randomUUID();
        UUID noticeId = UUID.randomUUID();
        String event = NoticeEvents.noticeOfIntentGiven(eventId, noticeId, UUID.randomUUID(), "org-twice",
                LocalDate.of(2099, 9, 1));
        NoticeEvents.publish(noticeId, event);
        NoticeEvents.publish(noticeId, event);
        awaitReadPast(noticeId);

        assertThat(windowsOf(noticeId), equalTo(1L));
        assertThat(openingsAudited(noticeId), equalTo(1L));
        assertThat(OutboxRows.of(RepresentationEvents.AGGREGATE, noticeId.toString()).size(), equalTo(1));
        assertThat(Sql.queryLong("select count(*) from processed_event where event_id = ?", eventId), equalTo(1L));
    }

    @Test
    void anEventForAWindowAlreadyClosedChangesNothing() throws Exception {
        UUID noticeId = UUID.randomUUID();
        UUID caseId = UUID.nameUUIDFromBytes(noticeId.toString().getBytes()); // as Portal.open sends it
        Portal.open(noticeId, "org-closed", LocalDate.of(2099, 8, 27)).then().statusCode(201);
        given().auth().oauth2(Tokens.service()).delete("/internal/windows/" + noticeId).then().statusCode(200);
        String before = Sql.queryString("select status || ' ' || updated_at::text || ' ' || version::text "
                + "from representation_window where notice_id = ?", noticeId);
        long outboxBefore = OutboxRows.of(RepresentationEvents.AGGREGATE, noticeId.toString()).size();

        NoticeEvents.publish(noticeId, NoticeEvents.noticeOfIntentGiven(UUID.randomUUID(), noticeId, caseId,
                "org-closed", LocalDate.of(2099, 8, 27)));
        // and one that does not match the window at all: still never reopened nor changed
        NoticeEvents.publish(noticeId, NoticeEvents.noticeOfIntentGiven(UUID.randomUUID(), noticeId, UUID.randomUUID(),
                "org-closed", LocalDate.of(2099, 12, 31)));
        awaitReadPast(noticeId);

        assertThat(Sql.queryString("select status || ' ' || updated_at::text || ' ' || version::text "
                + "from representation_window where notice_id = ?", noticeId), equalTo(before));
        assertThat(before, containsString("CLOSED"));
        assertThat(openingsAudited(noticeId), equalTo(1L));
        assertThat((long) OutboxRows.of(RepresentationEvents.AGGREGATE, noticeId.toString()).size(),
                equalTo(outboxBefore));
    }

    @Test
    void aRecordThatCannotBeReadIsSkippedWithoutItsContentInTheLogAndTheNextIsRead() throws Exception {
        String secret = "special-category: health records of Ada Example";
        UUID key = UUID.randomUUID();
        UUID badNotice = UUID.randomUUID();
        Map<String, Object> badData = NoticeEvents.given(badNotice, "NOTICE_OF_INTENT", UUID.randomUUID(), secret,
                LocalDate.of(2024, 8, 7), LocalDate.of(2099, 8, 27));
        UUID badDate = UUID.randomUUID();
        Map<String, Object> noDueDate = NoticeEvents.given(badDate, "NOTICE_OF_INTENT", UUID.randomUUID(), "org-bad",
                LocalDate.of(2024, 8, 7), null);
        noDueDate.put("representationsDueOn", secret);
        UUID penalty = UUID.randomUUID();
        List<String> log = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                log.add(r.getMessage() + " " + Arrays.toString(r.getParameters()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger("org.casework.representations");
        logger.addHandler(capture);
        try {
            NoticeEvents.publish(key, "{\"not\": \"an event\", \"note\": \"" + secret + "\"}");
            NoticeEvents.publish(key, secret);
            NoticeEvents.publish(key, NoticeEvents.event(UUID.randomUUID(), badNotice, GIVEN, badData));
            NoticeEvents.publish(key, NoticeEvents.event(UUID.randomUUID(), badDate, GIVEN, noDueDate));
            // a penalty notice given has no representation window: ignored
            NoticeEvents.publish(key, NoticeEvents.event(UUID.randomUUID(), penalty, GIVEN,
                    NoticeEvents.given(penalty, "PENALTY_NOTICE", UUID.randomUUID(), "org-bad", LocalDate.of(2024, 8, 7),
                            null)));
            awaitReadPast(key);
        } finally {
            logger.removeHandler(capture);
        }

        assertThat(windowsOf(badNotice) + windowsOf(badDate) + windowsOf(penalty), equalTo(0L));
        assertThat(log.toString(), not(containsString("Ada Example")));
        assertThat(log.toString(), not(containsString("health")));
        assertThat(log, hasItem(containsString("skipped")));
    }
}
