package org.casework.notifications.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.casework.notifications.config.NotificationConfig;
import org.casework.notifications.domain.Contact;
import org.casework.notifications.domain.ReminderSchedule;
import org.casework.notifications.repository.ContactRepository;
import org.casework.notifications.repository.EventRepository;
import org.casework.notifications.repository.NotificationRepository;
import org.casework.platform.time.LondonCalendar;

import io.quarkus.scheduler.Scheduled;

/**
 * Reminds organisations' statutory contacts of each deadline on the configured days before its last day
 * (London dates from the injected Clock). A reminder's key is the notice, the deadline, its date and the offset,
 * so however often the job runs (every replica, every hour), each reminder is queued once per recipient.
 */
@ApplicationScoped
public class ReminderJob {

    private final EventRepository events;
    private final ContactRepository contacts;
    private final NotificationRepository notifications;
    private final MailComposer composer;
    private final ReminderSchedule schedule;
    private final Clock clock;

    public ReminderJob(EventRepository events, ContactRepository contacts, NotificationRepository notifications,
            MailComposer composer, NotificationConfig config, Clock clock) {
        this.events = events;
        this.contacts = contacts;
        this.notifications = notifications;
        this.composer = composer;
        this.schedule = new ReminderSchedule(config.reminders().daysBefore());
        this.clock = clock;
    }

    @Scheduled(every = "${casework.notifications.reminders.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        remind();
    }

    /** Queues the reminders due today; answers how many were new. */
    @Transactional
    public int remind() {
        LocalDate today = LondonCalendar.today(clock);
        int furthest = schedule.daysBefore().get(schedule.daysBefore().size() - 1);
        int queued = 0;
        // one read of each organisation's contacts per run, however many of its deadlines are due
        Map<String, List<Contact>> statutory = new HashMap<>();
        for (EventRepository.StoredDeadline d : events.dueBetween(today, today.plusDays(furthest))) {
            Optional<Integer> offset = schedule.dueOn(today, d.deadline().dueOn());
            if (offset.isEmpty()) {
                continue;
            }
            String key = "reminder:" + d.notice().noticeId() + ":" + d.deadline().kind() + ":" + d.deadline().dueOn() + ":"
                    + offset.get();
            long daysLeft = ChronoUnit.DAYS.between(today, d.deadline().dueOn());
            for (Contact c : statutory.computeIfAbsent(d.notice().organisationId(), o -> contacts.find(o).contacts().statutory())) {
                if (notifications.enqueue(composer.reminder(key, d, daysLeft, c.email()), clock.instant())) {
                    queued++;
                }
            }
        }
        return queued;
    }
}
