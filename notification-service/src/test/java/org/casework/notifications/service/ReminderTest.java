package org.casework.notifications.service;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.casework.notifications.Contacts;
import org.casework.notifications.Events;
import org.casework.notifications.MailServer;
import org.casework.notifications.Mailbox;
import org.casework.platform.events.ReceivedEvent;
import org.casework.testing.Sql;
import org.casework.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Reminders at the configured offsets (7 and 2 days) before the last day for representations on the reference
 * notice of intent: given 7 Aug 2024, 21 days beginning with that day, last day 27 Aug 2024 (Sch 16 para 3(4)).
 */
@QuarkusTest
class ReminderTest {

    @Inject
    EventHandler handler;

    @Inject
    ReminderJob reminders;

    @Inject
    MailDispatcher dispatcher;

    @Inject
    TestClock clock;

    @AfterEach
    void reset() {
        clock.reset();
    }

    private List<String> reminderKeys(UUID notice) {
        return Sql.queryStrings("select event_id from notification where notice_id = ? and template = 'deadline-reminder' "
                + "order by created_at", notice);
    }

    private void on(int day) {
        clock.setLondon(LocalDateTime.of(2024, 8, day, 6, 30));
        reminders.remind();
        reminders.remind(); // a second run the same day (another replica, a restart) adds nothing
    }

    @Test
    void theStatutoryContactsAreRemindedSevenAndTwoDaysBeforeTheLastDayOnceEach() throws Exception {
        Contacts.register("org-reminded", Contacts.one("Ruth", "ruth@reminded.example", "DPO", true),
                Contacts.one("Press", "press@reminded.example", "Press office", false));
        UUID notice = UUID.randomUUID();
        clock.setLondon(LocalDateTime.of(2024, 8, 7, 11, 0));
        handler.handle(ReceivedEvent.parse(Events.noticeOfIntentGiven(UUID.randomUUID(), notice, "NOI-2024-000201",
                "org-reminded", LocalDate.of(2024, 8, 7), LocalDate.of(2024, 8, 27))));

        on(19);
        assertThat(reminderKeys(notice), equalTo(List.of()));
        on(20);
        String seven = "reminder:" + notice + ":REPRESENTATIONS:2024-08-27:7";
        assertThat(reminderKeys(notice), equalTo(List.of(seven)));
        on(21);
        on(24);
        assertThat(reminderKeys(notice), equalTo(List.of(seven)));
        on(25);
        String two = "reminder:" + notice + ":REPRESENTATIONS:2024-08-27:2";
        assertThat(reminderKeys(notice), equalTo(List.of(seven, two)));
        on(27);
        on(28);
        assertThat(reminderKeys(notice), equalTo(List.of(seven, two)));

        dispatcher.dispatchDue();
        var received = MailServer.receivedBy("ruth@reminded.example").stream()
                .filter(m -> Mailbox.subject(m).startsWith("Reminder")).toList();
        assertThat(received.size(), equalTo(2));
        assertThat(Mailbox.subject(received.get(1)),
                equalTo("Reminder: make representations by 27 August 2024 (NOI-2024-000201)"));
        assertThat(Mailbox.text(received.get(1)), containsString("That is 2 days from today."));
        assertThat(MailServer.receivedBy("press@reminded.example").size(), equalTo(0));
    }

    @Test
    void aWithdrawnNoticeIsNotReminded() {
        Contacts.register("org-withdrawn", Contacts.one("Wendy", "wendy@withdrawn.example", "DPO", true));
        UUID notice = UUID.randomUUID();
        handler.handle(ReceivedEvent.parse(Events.noticeOfIntentGiven(UUID.randomUUID(), notice, "NOI-2024-000202",
                "org-withdrawn", LocalDate.of(2024, 8, 7), LocalDate.of(2024, 8, 27))));
        handler.handle(ReceivedEvent.parse(Events.noticeWithdrawn(notice, "NOI-2024-000202")));

        on(20);
        on(25);
        assertThat(reminderKeys(notice), equalTo(List.of()));
    }
}
