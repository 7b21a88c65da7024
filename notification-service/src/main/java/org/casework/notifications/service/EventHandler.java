package org.casework.notifications.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.casework.notifications.config.NotificationConfig;
import org.casework.notifications.domain.Contact;
import org.casework.notifications.domain.Deadline;
import org.casework.notifications.domain.DeadlineKind;
import org.casework.notifications.domain.EmailAddress;
import org.casework.notifications.domain.GivenNotice;
import org.casework.notifications.domain.Message;
import org.casework.notifications.messaging.EventData;
import org.casework.notifications.messaging.EventTypes;
import org.casework.notifications.repository.ContactRepository;
import org.casework.notifications.repository.EventRepository.KnownNotice;
import org.casework.notifications.repository.EventRepository;
import org.casework.notifications.repository.NotificationRepository;
import org.casework.notifications.tracing.TracedWork;
import org.casework.platform.events.EventFields;
import org.casework.platform.events.MalformedEventException;
import org.casework.platform.events.ProcessedEvents;
import org.casework.platform.events.ReceivedEvent;
import org.jboss.logging.Logger;

/**
 * Turns one event into what it calls for, in one transaction with platform's inbox mark: an event delivered again
 * (the relay publishes at least once) finds its id marked and does nothing. Messages are only queued here, each
 * rendered for its recipient; {@link MailDispatcher} sends them.
 */
@ApplicationScoped
public class EventHandler {

    /** The name under which this service marks events in platform's inbox (processed_event.consumer). */
    public static final String CONSUMER = "notification-service";

    /** What became of an event. */
    public enum Outcome {
        QUEUED, NOTHING_TO_SEND, ALREADY_HANDLED, NOT_FOR_US
    }

    private static final Logger LOG = Logger.getLogger(EventHandler.class);

    private final ProcessedEvents inbox;
    private final EventRepository events;
    private final ContactRepository contacts;
    private final NotificationRepository notifications;
    private final MailComposer composer;
    private final NotificationConfig config;
    private final Clock clock;

    public EventHandler(ProcessedEvents inbox, EventRepository events, ContactRepository contacts,
            NotificationRepository notifications, MailComposer composer, NotificationConfig config, Clock clock) {
        this.inbox = inbox;
        this.events = events;
        this.contacts = contacts;
        this.notifications = notifications;
        this.composer = composer;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public Outcome handle(ReceivedEvent event) {
        if (!EventTypes.handled(event.type())) {
            return Outcome.NOT_FOR_US;
        }
        if (!inbox.firstDelivery(CONSUMER, eventId(event))) {
            return Outcome.ALREADY_HANDLED;
        }
        List<Message> messages = act(event);
        Instant now = clock.instant();
        messages.forEach(m -> notifications.enqueue(m, now));
        LOG.infof("event %s (%s): %d message(s) queued trace=%s", event.id(), event.type(), messages.size(),
                TracedWork.currentTraceId());
        return messages.isEmpty() ? Outcome.NOTHING_TO_SEND : Outcome.QUEUED;
    }

    private List<Message> act(ReceivedEvent event) {
        var data = event.data();
        switch (event.type()) {
            case EventTypes.NOTICE_GIVEN:
                return given(event.id(), EventData.given(data));
            case EventTypes.NOTICE_WITHDRAWN, EventTypes.NOTICE_CANCELLED:
                events.removeDeadlines(EventData.noticeId(data));
                return List.of();
            case EventTypes.NOTICE_VARIED: {
                LocalDate paymentDueOn = EventFields.optionalDate(data, "paymentDueOnAfter");
                UUID noticeId = EventData.noticeId(data);
                if (paymentDueOn != null && events.notice(noticeId).isPresent()) {
                    events.saveDeadline(noticeId, new Deadline(DeadlineKind.PAYMENT, paymentDueOn));
                }
                return List.of();
            }
            case EventTypes.WINDOW_OPENED: {
                EventData.Window w = EventData.window(data);
                events.saveNoticeIfNew(new KnownNotice(w.noticeId(), w.organisationId(), w.noticeReference(),
                        "NOTICE_OF_INTENT"));
                events.saveDeadline(w.noticeId(), new Deadline(DeadlineKind.REPRESENTATIONS, w.dueOn()));
                return List.of();
            }
            case EventTypes.WINDOW_EXTENDED:
                return extended(event.id(), EventData.noticeId(data), EventData.requiredDate(data, "dueOn"));
            case EventTypes.EXTENSION_DECIDED:
                // a grant is told by window.extended, with the new last day; only a refusal is told from here
                return EventData.granted(data) ? List.of()
                        : decided(event.id(), EventData.noticeId(data), "request for more time", false, null);
            case EventTypes.HEARING_DECIDED:
                return decided(event.id(), EventData.noticeId(data), "request for an oral hearing",
                        EventData.granted(data), null);
            default: // a representation, a request for more time or for a hearing: to the regulator's staff
                EventData.Request r = EventData.request(data);
                KnownNotice notice = events.notice(r.noticeId()).orElse(null);
                return List.of(composer.requestReceived(event.id(), event.type(), r, notice, staffRecipient(r)));
        }
    }

    private List<Message> given(String eventId, GivenNotice notice) {
        events.saveNotice(new KnownNotice(notice.noticeId(), notice.organisationId(), notice.reference(), notice.type()),
                notice.givenOn());
        notice.deadlines().forEach(d -> events.saveDeadline(notice.noticeId(), d));
        List<Contact> statutory = contacts.find(notice.organisationId()).contacts().statutory();
        if (statutory.isEmpty()) {
            LOG.warnf("notice %s: organisation %s has no contact for statutory notices; nothing emailed",
                    notice.noticeId(), notice.organisationId());
        }
        return statutory.stream().map(c -> composer.noticeGiven(eventId, notice, c.email())).toList();
    }

    /** A request for more time granted: the new last day is reminded, and the organisation told. */
    private List<Message> extended(String eventId, UUID noticeId, java.time.LocalDate dueOn) {
        if (events.notice(noticeId).isPresent()) {
            events.saveDeadline(noticeId, new Deadline(DeadlineKind.REPRESENTATIONS, dueOn));
        }
        return decided(eventId, noticeId, "request for more time", true, dueOn);
    }

    /** A decision on the organisation's request goes to all its contacts. */
    private List<Message> decided(String eventId, UUID noticeId, String what, boolean granted, java.time.LocalDate until) {
        KnownNotice notice = events.notice(noticeId).orElse(null);
        if (notice == null) {
            LOG.warnf("event %s: notice %s is not known here; its organisation cannot be told", eventId, noticeId);
            return List.of();
        }
        return contacts.find(notice.organisationId()).contacts().contacts().stream()
                .map(c -> composer.requestDecided(eventId, what, granted, until, notice, c.email())).toList();
    }

    /**
     * The assigned caseworker when the event names their address; the suite's events name people by subject only
     * and no service holds staff addresses, so today this is the case team's mailbox (configuration).
     */
    private String staffRecipient(EventData.Request request) {
        return request.assigneeEmail() != null && EmailAddress.isValid(request.assigneeEmail())
                ? request.assigneeEmail() : config.teamMailbox();
    }

    private static UUID eventId(ReceivedEvent event) {
        try {
            return UUID.fromString(event.id());
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("id is not a UUID");
        }
    }
}
