package org.casework.notifications.service;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.casework.notifications.Contacts;
import org.casework.notifications.Events;
import org.casework.notifications.MailServer;
import org.casework.platform.events.ReceivedEvent;
import org.casework.testing.Sql;
import org.casework.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;

/** Messages are recorded, sent over SMTP, tried again with back-off when the mail server fails, and never twice. */
@QuarkusTest
class DeliveryTest {

    @Inject
    EventHandler handler;

    @Inject
    MailDispatcher dispatcher;

    @Inject
    TestClock clock;

    @Inject
    MeterRegistry registry;

    private double counted(String name) {
        return registry.counter(name).count();
    }

    @AfterEach
    void reset() {
        MailServer.up();
        clock.reset();
    }

    private static String status(UUID noticeId, String column) {
        return Sql.queryString("select " + column + "::text from notification where notice_id = '" + noticeId + "'");
    }

    @Test
    void whenTheMailServerIsDownTheMessageIsRecordedTriedAgainAfterTheBackOffAndSentOnce() throws Exception {
        Contacts.register("org-smtp-down", Contacts.one("Dee Pio", "dpo@smtp-down.example", "DPO", true));
        UUID notice = UUID.randomUUID();
        clock.setLondon(LocalDateTime.of(2024, 8, 7, 10, 0));
        MailServer.down();
        double sentBefore = counted("casework.notifications.sent");
        double failedBefore = counted("casework.notifications.failed");

        handler.handle(ReceivedEvent.parse(Events.noticeOfIntentGiven(UUID.randomUUID(), notice, "NOI-2024-000101",
                "org-smtp-down", LocalDate.of(2024, 8, 7), LocalDate.of(2024, 8, 27))));
        dispatcher.dispatchDue();

        assertThat(status(notice, "status"), equalTo("PENDING"));
        assertThat(status(notice, "attempts"), equalTo("1"));
        assertThat(status(notice, "last_error"), notNullValue());
        // not due again until the back-off (30 s) has passed
        clock.advance(Duration.ofSeconds(10));
        MailServer.up();
        dispatcher.dispatchDue();
        assertThat(status(notice, "attempts"), equalTo("1"));
        assertThat(MailServer.receivedBy("dpo@smtp-down.example"), hasSize(0));

        clock.advance(Duration.ofSeconds(25));
        dispatcher.dispatchDue();
        dispatcher.dispatchDue();
        if ("PENDING".equals(status(notice, "status"))) {
            // The mail client (Vert.x mail 4.5) may first pick a pooled connection the restarted server no longer
            // holds and wait out the send timeout on it (vert-x3/vertx-mail-client#222): one more attempt, after its
            // back-off, and only for that reason.
            assertThat(status(notice, "attempts"), equalTo("2"));
            assertThat(status(notice, "last_error"), containsString("TimeoutException"));
            clock.advance(Duration.ofMinutes(3));
            dispatcher.dispatchDue();
        }

        assertThat(status(notice, "status"), equalTo("SENT"));
        int attempts = Integer.parseInt(status(notice, "attempts"));
        assertThat(MailServer.receivedBy("dpo@smtp-down.example"), hasSize(1));
        // what the dashboard and the CaseworkMailFailing alert read
        assertThat(counted("casework.notifications.failed") - failedBefore, equalTo(attempts - 1.0));
        assertThat(counted("casework.notifications.sent") - sentBefore, equalTo(1.0));
    }

    @Test
    void theSameEventDeliveredTwiceQueuesAndSendsOneMessage() throws Exception {
        Contacts.register("org-twice", Contacts.one("Tom Twice", "tom@twice.example", "DPO", true));
        UUID notice = UUID.randomUUID();
        String event = Events.noticeOfIntentGiven(UUID.randomUUID(), notice, "NOI-2024-000102", "org-twice",
                LocalDate.of(2024, 8, 7), LocalDate.of(2024, 8, 27));

        assertThat(handler.handle(ReceivedEvent.parse(event)), equalTo(EventHandler.Outcome.QUEUED));
        assertThat(handler.handle(ReceivedEvent.parse(event)), equalTo(EventHandler.Outcome.ALREADY_HANDLED));
        dispatcher.dispatchDue();
        dispatcher.dispatchDue();

        assertThat(Sql.queryLong("select count(*) from notification where notice_id = '" + notice + "'"), equalTo(1L));
        assertThat(MailServer.receivedBy("tom@twice.example"), hasSize(1));
    }

    @Test
    void aMessageTheServerNeverTakesIsGivenUpAfterTheLastAttemptAndStaysListed() {
        Contacts.register("org-given-up", Contacts.one("Gus", "gus@given-up.example", "DPO", true));
        UUID notice = UUID.randomUUID();
        clock.setLondon(LocalDateTime.of(2024, 8, 7, 10, 0));
        MailServer.down();
        handler.handle(ReceivedEvent.parse(Events.noticeOfIntentGiven(UUID.randomUUID(), notice, "NOI-2024-000103",
                "org-given-up", LocalDate.of(2024, 8, 7), LocalDate.of(2024, 8, 27))));
        for (int i = 0; i < 8; i++) {
            dispatcher.dispatchDue();
            clock.advance(Duration.ofHours(2));
        }
        assertThat(status(notice, "status"), equalTo("FAILED"));
        assertThat(status(notice, "attempts"), equalTo("8"));
        assertThat(status(notice, "next_attempt_at"), org.hamcrest.Matchers.nullValue());
    }

    @Test
    void staffHearOfARepresentationAtTheTeamMailboxAndTheOrganisationOfAHearingDecision() throws Exception {
        Contacts.register("org-requests", Contacts.one("Rita", "rita@requests.example", "DPO", true),
                Contacts.one("Rob", "rob@requests.example", "Legal", false));
        UUID notice = UUID.randomUUID();
        handler.handle(ReceivedEvent.parse(Events.noticeOfIntentGiven(UUID.randomUUID(), notice, "NOI-2024-000104",
                "org-requests", LocalDate.of(2024, 8, 7), LocalDate.of(2024, 8, 27))));
        handler.handle(ReceivedEvent.parse(Events.representationSubmitted(notice, "org-requests")));
        handler.handle(ReceivedEvent.parse(Events.hearingDecided(notice, false)));
        dispatcher.dispatchDue();

        var team = MailServer.receivedBy("enforcement-team@ico.example").stream()
                .filter(m -> org.casework.notifications.Mailbox.subject(m).contains("NOI-2024-000104")).toList();
        assertThat(team, hasSize(1));
        assertThat(org.casework.notifications.Mailbox.subject(team.get(0)), equalTo("Representations received: NOI-2024-000104"));
        List<String> rob = MailServer.receivedBy("rob@requests.example").stream().map(org.casework.notifications.Mailbox::subject).toList();
        assertThat(rob, equalTo(List.of("Your request for an oral hearing about NOI-2024-000104 has been refused")));
        assertThat(MailServer.receivedBy("rita@requests.example"), hasSize(2));
        assertThat(org.casework.notifications.Mailbox.text(MailServer.receivedBy("rob@requests.example").get(0)),
                containsString("It has been refused."));
    }

    @Test
    void staffHearOfARequestForMoreTimeAndTheOrganisationOfARefusalWhileAGrantIsToldByTheWindowsNewLastDay() {
        Contacts.register("org-more-time", Contacts.one("Mary", "mary@more-time.example", "DPO", true),
                Contacts.one("Max", "max@more-time.example", "Legal", false));
        UUID notice = UUID.randomUUID();
        handler.handle(ReceivedEvent.parse(Events.noticeOfIntentGiven(UUID.randomUUID(), notice, "NOI-2024-000105",
                "org-more-time", LocalDate.of(2024, 8, 7), LocalDate.of(2024, 8, 27))));
        assertThat(handler.handle(ReceivedEvent.parse(Events.extensionRequested(notice, "org-more-time",
                LocalDate.of(2024, 9, 10)))), equalTo(EventHandler.Outcome.QUEUED));
        assertThat(handler.handle(ReceivedEvent.parse(Events.extensionDecided(notice, false, null))),
                equalTo(EventHandler.Outcome.QUEUED));
        // a grant: window.extended (with the new day) tells the organisation, so the decision itself sends nothing
        assertThat(handler.handle(ReceivedEvent.parse(Events.extensionDecided(notice, true, LocalDate.of(2024, 9, 10)))),
                equalTo(EventHandler.Outcome.NOTHING_TO_SEND));
        dispatcher.dispatchDue();

        var team = MailServer.receivedBy("enforcement-team@ico.example").stream()
                .filter(m -> org.casework.notifications.Mailbox.subject(m).contains("NOI-2024-000105")).toList();
        assertThat(team, hasSize(1));
        assertThat(org.casework.notifications.Mailbox.subject(team.get(0)),
                equalTo("Request for more time received: NOI-2024-000105"));
        assertThat(org.casework.notifications.Mailbox.text(team.get(0)),
                containsString("org-more-time has sent a request for more time about notice NOI-2024-000105."));
        assertThat(org.casework.notifications.Mailbox.html(team.get(0)), containsString("a request for more time"));
        List<String> max = MailServer.receivedBy("max@more-time.example").stream()
                .map(org.casework.notifications.Mailbox::subject).toList();
        assertThat(max, equalTo(List.of("Your request for more time about NOI-2024-000105 has been refused")));
    }

    @Test
    void theDecisionToIssueIsNotActedOnTheNoticeGivenIs() {
        Contacts.register("org-issued", Contacts.one("Ida", "ida@issued.example", "DPO", true));
        UUID notice = UUID.randomUUID();
        assertThat(handler.handle(ReceivedEvent.parse(Events.noticeOfIntentIssued(UUID.randomUUID(), notice,
                "NOI-2024-000106", "org-issued", LocalDate.of(2024, 8, 7), LocalDate.of(2024, 8, 27)))),
                equalTo(EventHandler.Outcome.NOT_FOR_US));
        assertThat(Sql.queryLong("select count(*) from notification where notice_id = ?", notice), equalTo(0L));
        assertThat(handler.handle(ReceivedEvent.parse(Events.noticeOfIntentGiven(UUID.randomUUID(), notice,
                "NOI-2024-000106", "org-issued", LocalDate.of(2024, 8, 7), LocalDate.of(2024, 8, 27)))),
                equalTo(EventHandler.Outcome.QUEUED));
        assertThat(Sql.queryLong("select count(*) from notification where notice_id = ?", notice), equalTo(1L));
    }
}
