package org.casework.system;

import static org.casework.system.ReferenceSteps.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The reference notice of intent's way from the decision to the organisation's mailbox, with one part killed
 * ({@code kill -9}) half-way: representation-service while the notice is being issued, notice-service while its
 * events wait in its outbox, notification-service after it has read the event and queued the emails. Each time the
 * suite converges once the part is back: the window opens with the notice's last day, the email reaches each
 * statutory contact exactly once, nothing is lost and nothing is done twice; and the organisation's portal never shows
 * a window that is not whole (DPA 2018 Sch 16 para 3(4): representations within 21 days beginning when the notice is
 * given). Where notice-service opens the window by a call (the suite's setting), its reconciler repeats the call a
 * window was not confirmed for after 20 s, so the window opens within half a minute of representation-service coming
 * back; where windows open from the notice.given event, representation-service's consumer opens it once back.
 */
class EventsUnderFailureIT {

    private static final LocalDateTime GIVEN_AT = LocalDateTime.of(2024, 8, 7, 10, 0);
    private static final String DUE_ON = "2024-08-27";
    private static Suite suite;
    /** Whether notice-service or notification-service runs with other settings than the suite's. */
    private boolean restartNotices;
    private boolean restartNotifications;

    @BeforeAll
    static void start() throws Exception {
        suite = Suite.get();
    }

    /** Every part as the other tests know it: running, calling each other directly, clocks unmoved. */
    @AfterEach
    void restore() throws Exception {
        suite.noticesToCases.reset();
        suite.noticesToRepresentations.reset();
        if (!suite.representations.isAlive()) {
            suite.restartRepresentations();
        }
        if (!suite.notices.isAlive() || restartNotices) {
            suite.restartNotices(false);
        }
        if (!suite.events.notifications.isAlive() || restartNotifications) {
            suite.events.restartNotifications(Map.of());
        }
        restartNotices = false;
        restartNotifications = false;
        Clocks.reset(suite);
    }

    @Test
    void representationServiceKilledWhileTheNoticeIsIssuedOpensTheWindowWholeOnceBackAndTheEmailGoesOnce() throws Exception {
        restartNotices = true;
        suite.restartNotices(true);
        ReferenceSteps r = new ReferenceSteps(suite);
        String noi = draftedNotice(r);
        Clocks.setLondon(suite, GIVEN_AT);
        long clockSet = System.nanoTime();

        // case-service moves the case; its answer is held: representation-service dies before notice-service goes on
        suite.noticesToCases.hold(call -> call.startsWith("POST /cases/") && call.endsWith("/transitions"));
        CompletableFuture<ApiCall.Answer> issue = CompletableFuture.supplyAsync(() -> {
            try {
                return ApiCall.send(suite.notices.url(), "POST", "/notices/" + noi + "/issue", "Bearer " + r.grace, null, null,
                        Map.of("Idempotency-Key", "issue-" + noi));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Relay.Held moved = suite.noticesToCases.nextHeld(Duration.ofSeconds(30));
        assertEquals(200, moved.status(), "case-service moved the case");
        suite.killRepresentations();
        suite.noticesToCases.hold(call -> false);
        // the way to it answers as a load balancer does for a service with no process behind it
        suite.noticesToRepresentations.refuse(true);
        moved.release();
        ApiCall.Answer answer = issue.get(60, TimeUnit.SECONDS);
        assertEquals(200, answer.status(), answer.body());
        Response notice = at(r.notices, r.ada).get("/notices/" + noi);
        assertEquals("ISSUED", notice.path("status"));
        assertEquals(DUE_ON, notice.path("representationsDueOn"));
        assertNull(notice.path("representationWindowOpenedAt"), "the window could not be opened");
        String reference = notice.path("reference");

        // representation-service comes back before notice-service may reach it again, first with no way to the broker
        // either: nothing can open the window, and the portal shows nothing of it. (With the broker, its consumer may
        // read notice.given and open the window at any moment after the start.)
        java.time.Instant givenAt = GIVEN_AT.atZone(ZoneId.of("Europe/London")).toInstant();
        suite.restartRepresentations(Map.of("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + freePort()));
        Clocks.set(List.of(suite.representations), givenAt.plusNanos(System.nanoTime() - clockSet));
        assertPortalShowsNothing(r.betty, noi, "representation-service back, the window not yet opened");
        // then as it runs, its clock where the others' are
        suite.restartRepresentations();
        Clocks.set(List.of(suite.representations), givenAt.plusNanos(System.nanoTime() - clockSet));
        suite.noticesToRepresentations.refuse(false);

        // until the window opens, the portal shows nothing of it; then the whole window, with the notice's last day
        List<String> seen = new ArrayList<>();
        Duration took = Eventually.await(Duration.ofSeconds(60), "the window of " + reference, () -> {
            Response window = at(r.portal, r.betty).get("/portal/notices/" + noi);
            seen.add(window.statusCode() == 200 ? "open until " + window.path("dueOn") : String.valueOf(window.statusCode()));
            if (window.statusCode() == 200) {
                assertEquals(DUE_ON, window.path("dueOn"), "the window as first seen: " + seen);
                return true;
            }
            assertEquals(404, window.statusCode(), "the window as seen: " + seen);
            return false;
        });
        System.out.println("The window opened " + took.toSeconds() + " s after representation-service came back");
        assertEquals(1, count("representations", "representation_window where notice_id = '" + noi + "'"));
        assertEquals(1, count("representations", "outbox_event where aggregate_id = '" + noi + "' and type like '%window.opened%'"),
                "one window.opened event");
        Eventually.await(Duration.ofSeconds(15), "notice-service's record of the window",
                () -> at(r.notices, r.ada).get("/notices/" + noi).path("representationWindowOpenedAt") != null);

        NoticeMail.awaitGiven(suite, reference, Duration.ofSeconds(30));
        NoticeMail.assertOncePerStatutoryContact(suite, reference);
        NoticeMail.assertRecordedOnce(suite, noi);
        assertEquals(1, count("notices", "outbox_event where aggregate_id = '" + noi + "' and type like '%notice.given%'"),
                "one notice.given event");
    }

    /**
     * Where windows open from the event ({@code casework.notices.window-opening=event}, as wherever Kafka is configured
     * in production), the issuing request makes no call. representation-service is down when the notice is given, and
     * no call of notice-service's can reach it until the window is open, so only the {@code notice.given.v1} event can
     * open it: it does once representation-service is back (its consumer reads on from its group's committed offset),
     * with the notice's last day, exactly once. notice-service then records the window as open.
     */
    @Test
    void representationServiceDownWhenTheNoticeIsGivenOpensTheWindowFromTheEventOnceBack() throws Exception {
        restartNotices = true;
        suite.restartNotices(true, Map.of("CASEWORK_NOTICES_WINDOW_OPENING", "event"));
        ReferenceSteps r = new ReferenceSteps(suite);
        String noi = draftedNotice(r);
        suite.noticesToRepresentations.refuse(true);
        suite.killRepresentations();
        java.time.Instant givenAt = GIVEN_AT.atZone(ZoneId.of("Europe/London")).toInstant();
        Clocks.set(List.of(suite.cases, suite.notices), givenAt);
        long clockSet = System.nanoTime();

        Response issued = at(r.notices, r.grace).header("Idempotency-Key", "issue-" + noi).post("/notices/" + noi + "/issue");
        issued.then().statusCode(200);
        assertEquals("ISSUED", issued.path("status"));
        assertEquals(DUE_ON, issued.path("representationsDueOn"));
        assertNull(issued.path("representationWindowOpenedAt"), "nothing could open the window yet");
        String reference = issued.path("reference");

        suite.restartRepresentations();
        Clocks.set(List.of(suite.representations), givenAt.plusNanos(System.nanoTime() - clockSet));
        // the consumer joins its group again: up to the dead member's session timeout (10 s in this suite) before it is
        // handed the partition
        Duration took = Eventually.await(Duration.ofSeconds(120), "the window of " + reference + " opened by the event", () -> {
            Response window = at(r.portal, r.betty).get("/portal/notices/" + noi);
            if (window.statusCode() == 200) {
                assertEquals(DUE_ON, window.path("dueOn"));
                return true;
            }
            assertEquals(404, window.statusCode());
            return false;
        });
        System.out.println("The event opened the window " + took.toSeconds() + " s after representation-service came back");
        assertEquals(1, count("representations", "representation_window where notice_id = '" + noi + "'"));
        assertEquals(1, count("representations", "outbox_event where aggregate_id = '" + noi + "' and type like '%window.opened%'"),
                "one window.opened event");

        // notice-service's calls reach representation-service again: the window is recorded as open, and not opened twice
        suite.noticesToRepresentations.refuse(false);
        Eventually.await(Duration.ofSeconds(60), "notice-service's record of the window",
                () -> at(r.notices, r.ada).get("/notices/" + noi).path("representationWindowOpenedAt") != null);
        assertEquals(1, count("representations", "representation_window where notice_id = '" + noi + "'"));
        assertEquals(1, count("representations", "outbox_event where aggregate_id = '" + noi + "' and type like '%window.opened%'"));
    }

    @Test
    void noticeServiceKilledWithItsEventsStillInItsOutboxPublishesThemOnceBackAndTheEmailGoesOnce() throws Exception {
        // a broker address where nothing listens: the notice's events wait in notice-service's outbox
        restartNotices = true;
        suite.restartNotices(false, Map.of("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + freePort()));
        ReferenceSteps r = new ReferenceSteps(suite);
        String noi = draftedNotice(r);
        Clocks.setLondon(suite, GIVEN_AT);
        Response issued = at(r.notices, r.grace).header("Idempotency-Key", "issue-" + noi).post("/notices/" + noi + "/issue");
        issued.then().statusCode(200);
        String reference = issued.path("reference");
        Eventually.windowOpen(suite, r.betty, noi);

        Thread.sleep(2_000);
        assertEquals(List.of("uk.gov.casework.notice.drafted.v1", "uk.gov.casework.notice.issued.v1",
                "uk.gov.casework.notice.given.v1"), unpublished(noi), "the notice's events, not yet published");
        assertEquals(Map.of(), NoticeMail.countByRecipient(suite, reference), "no email before the event is published");
        assertEquals(List.of(), NoticeMail.recorded(suite, noi), "nothing recorded before the event is published");

        // kill -9 while its relay is still trying to send them, then back with the broker where it is
        suite.killNotices();
        suite.restartNotices(false);
        restartNotices = false;
        Eventually.await(Duration.ofSeconds(30), "the outbox of " + reference + " published", () -> unpublished(noi).isEmpty());

        NoticeMail.awaitGiven(suite, reference, Duration.ofSeconds(30));
        NoticeMail.assertOncePerStatutoryContact(suite, reference);
        NoticeMail.assertRecordedOnce(suite, noi);
        assertEquals(1, count("notices", "outbox_event where aggregate_id = '" + noi + "' and type like '%notice.given%'"));
    }

    @Test
    void notificationServiceKilledAfterQueuingTheEmailsAndReadingEveryEventAgainSendsEachEmailOnce() throws Exception {
        // it reads and queues as usual but sends nothing: the exact point to kill it at, without a hook in it
        restartNotifications = true;
        suite.events.restartNotifications(Map.of("CASEWORK_NOTIFICATIONS_DISPATCH_EVERY", "off"));
        ReferenceSteps r = new ReferenceSteps(suite);
        String noi = draftedNotice(r);
        Clocks.setLondon(suite, GIVEN_AT);
        Response issued = at(r.notices, r.grace).header("Idempotency-Key", "issue-" + noi).post("/notices/" + noi + "/issue");
        issued.then().statusCode(200);
        String reference = issued.path("reference");
        Eventually.await(Duration.ofSeconds(30), "the emails of " + reference + " queued",
                () -> count("notifications", "notification where notice_id = '" + noi + "' and template = 'notice-given' "
                        + "and status = 'PENDING'") == NoticeMail.STATUTORY_CONTACTS.size());
        assertEquals(Map.of(), NoticeMail.countByRecipient(suite, reference));

        // killed once the services whose topics it reads have published every event they wrote (the window's own event
        // is relayed by representation-service a moment after the notice's) and it has read them all: what it reads
        // again after the restart is then exactly what it had marked processed
        Eventually.await(Duration.ofSeconds(30), "notification-service caught up before it is killed",
                () -> count("representations", "outbox_event where aggregate_id = '" + noi + "'") > 0
                        && count("notices", "outbox_event where published_at is null") == 0
                        && count("representations", "outbox_event where published_at is null") == 0
                        && suite.events.notificationsCaughtUp());
        suite.events.killNotifications();
        int givenMessages = count("notifications", "notification where template = 'notice-given'");
        int processed = count("notifications", "processed_event");
        // every event on the topics is delivered again, this notice's and every other test's
        suite.events.rewindNotifications();
        suite.events.restartNotifications(Map.of());
        restartNotifications = false;
        Eventually.await(Duration.ofSeconds(60), "notification-service reading every event again",
                () -> suite.events.notificationsCaughtUp());

        NoticeMail.awaitGiven(suite, reference, Duration.ofSeconds(30));
        NoticeMail.assertOncePerStatutoryContact(suite, reference);
        NoticeMail.assertRecordedOnce(suite, noi);
        assertEquals(givenMessages, count("notifications", "notification where template = 'notice-given'"),
                "reading the events again queued no message");
        assertEquals(processed, count("notifications", "processed_event"), "every event was already marked processed");
        Map<String, Integer> twice = new TreeMap<>();
        for (EventParts.Mail m : suite.events.received()) {
            if (m.subject().startsWith("You have been given a ")) {
                twice.merge(m.to() + " / " + m.subject(), 1, Integer::sum);
            }
        }
        twice.values().removeIf(n -> n == 1);
        assertEquals(Map.of(), twice, "a notice emailed twice to one recipient");
    }

    /**
     * The reference case opened and investigated, and its notice of intent drafted (London, 1 August 2024); its id, a
     * UUID (so safe in the SQL text below).
     */
    private static String draftedNotice(ReferenceSteps r) throws Exception {
        String caseId = r.openAndInvestigate(LocalDateTime.of(2024, 8, 1, 10, 0));
        String id = at(r.notices, r.ada).contentType(ContentType.JSON).body(ReferenceSteps.noticeOfIntent(caseId)).post("/notices")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id).toString();
    }

    /** The portal neither lists nor shows the notice's window, and refuses a representation for it (nothing stored). */
    private static void assertPortalShowsNothing(String betty, String notice, String when) throws Exception {
        List<String> listed = at(suite.representations.url(), betty).queryParam("limit", 200).get("/portal/notices").then()
                .statusCode(200).extract().path("items.noticeId");
        assertFalse(listed.contains(notice), "the portal lists a window that is not open (" + when + ")");
        assertEquals(404, at(suite.representations.url(), betty).get("/portal/notices/" + notice).statusCode(), when);
        Response submitted = at(suite.representations.url(), betty).multiPart("statement", "Our representation")
                .multiPart("files", "r.pdf", "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), "application/pdf")
                .post("/portal/notices/" + notice + "/representations");
        assertEquals(404, submitted.statusCode(), "a representation accepted without a window (" + when + ")");
        assertEquals(0, count("representations", "representation where notice_id = '" + notice + "'"));
    }

    /** The types of the notice's events notice-service has not yet published, in the order written. */
    private static List<String> unpublished(String notice) throws Exception {
        List<String> types = new ArrayList<>();
        try (var c = suite.database("notices"); var s = c.prepareStatement(
                "select type from outbox_event where aggregate_id = ? and published_at is null order by id")) {
            s.setString(1, notice);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    types.add(rs.getString(1));
                }
            }
        }
        return types;
    }

    private static int count(String database, String tableAndCondition) throws Exception {
        try (var c = suite.database(database); var s = c.createStatement();
                var rs = s.executeQuery("select count(*) from " + tableAndCondition)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
