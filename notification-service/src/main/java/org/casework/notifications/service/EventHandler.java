package org.casework.notifications.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.casework.notifications.config.NotificationConfig;
import org.casework.notifications.domain.Contact;
import org.casework.notifications.domain.GivenNotice;
import org.casework.notifications.domain.Message;
import org.casework.notifications.messaging.CloudEvent;
import org.casework.notifications.messaging.EventData;
import org.casework.notifications.messaging.EventTypes;
import org.casework.notifications.repository.ContactRepository;
import org.casework.notifications.repository.EventRepository;
import org.casework.notifications.repository.NotificationRepository;
import org.jboss.logging.Logger;

/**
 * Turns one event into the messages it calls for, in one transaction with the claim of its id: an event
 * delivered again (Kafka gives at-least-once) finds its id claimed and does nothing, and the messages are
 * only queued here; {@link MailDispatcher} sends them.
 */
@ApplicationScoped
public class EventHandler {

    /** What became of an event. */
    public enum Outcome {
        QUEUED, NOTHING_TO_SEND, ALREADY_HANDLED, NOT_FOR_US
    }

    private static final Logger LOG = Logger.getLogger(EventHandler.class);

    private final EventRepository events;
    private final ContactRepository contacts;
    private final NotificationRepository notifications;
    private final MailComposer composer;
    private final NotificationConfig config;
    private final Clock clock;

    public EventHandler(EventRepository events, ContactRepository contacts, NotificationRepository notifications,
            MailComposer composer, NotificationConfig config, Clock clock) {
        this.events = events;
        this.contacts = contacts;
        this.notifications = notifications;
        this.composer = composer;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public Outcome handle(CloudEvent event) {
        if (!EventTypes.handled(event.type())) {
            return Outcome.NOT_FOR_US;
        }
        Instant now = clock.instant();
        if (!events.claim(event.id(), event.type(), event.source(), now)) {
            return Outcome.ALREADY_HANDLED;
        }
        List<Message> messages;
        if (EventTypes.NOTICE_EVENTS.contains(event.type())) {
            messages = notice(event);
        } else {
            EventData.Request request = EventData.request(event.data());
            messages = EventTypes.REQUESTS.contains(event.type())
                    ? List.of(composer.requestReceived(event.id(), event.type(), request, staffRecipient(request)))
                    : contacts.find(request.organisationId()).contacts().contacts().stream()
                            .map(c -> composer.requestDecided(event.id(), event.type(), request, c.email())).toList();
        }
        messages.forEach(m -> notifications.enqueue(m, now));
        LOG.infof("event %s (%s): %d message(s) queued", event.id(), event.type(), messages.size());
        return messages.isEmpty() ? Outcome.NOTHING_TO_SEND : Outcome.QUEUED;
    }

    private List<Message> notice(CloudEvent event) {
        GivenNotice notice = EventData.notice(event.data());
        notice.deadlines().forEach(d -> events.saveDeadline(new EventRepository.StoredDeadline(notice.noticeId(), d,
                notice.organisationId(), notice.reference(), notice.type(), notice.givenOn())));
        if (!EventTypes.NOTICE_ISSUED.equals(event.type())) {
            return List.of(); // the notice was emailed when issued; a later giving date or extension moves reminders only
        }
        List<Contact> statutory = contacts.find(notice.organisationId()).contacts().statutory();
        if (statutory.isEmpty()) {
            LOG.warnf("notice %s: organisation %s has no contact for statutory notices; nothing emailed",
                    notice.noticeId(), notice.organisationId());
        }
        return statutory.stream().map(c -> composer.noticeGiven(event.id(), notice, c.email())).toList();
    }

    /** The assigned caseworker when the event names their address, else the case team's mailbox. */
    private String staffRecipient(EventData.Request request) {
        return request.assigneeEmail() != null && org.casework.notifications.domain.EmailAddress.isValid(request.assigneeEmail())
                ? request.assigneeEmail() : config.teamMailbox();
    }
}
