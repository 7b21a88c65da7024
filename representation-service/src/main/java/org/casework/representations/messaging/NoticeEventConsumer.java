package org.casework.representations.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.platform.events.MalformedEventException;
import org.casework.platform.events.ReceivedEvent;
import org.casework.representations.service.WindowService;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Opens a notice of intent's representation window from notice-service's {@code notice.given} event
 * (casework.notices.v1, consumer group representation-service): the window opens once the notice is given, whether or
 * not notice-service could call at that moment. notice-service's call (PUT /internal/windows) stays as its fallback
 * and confirmation; both are idempotent, so whichever comes second changes nothing (docs/architecture.md, "Events").
 * <p>
 * Each record is handled before its offset is committed, so a crash means a redelivery, which the inbox absorbs by
 * event id. A record that is not a readable event is logged by its reason (never its content, which could hold
 * anything) and skipped: retrying it would fail forever and stop the partition. A failure of the database fails the
 * channel (liveness), and the record is read again after the restart. Every other event type is ignored.
 */
@ApplicationScoped
public class NoticeEventConsumer {

    private static final Logger LOG = Logger.getLogger(NoticeEventConsumer.class);

    private final WindowService windows;

    public NoticeEventConsumer(WindowService windows) {
        this.windows = windows;
    }

    @Incoming("notices")
    @Blocking(ordered = true)
    public void consume(String record) {
        ReceivedEvent event;
        try {
            event = ReceivedEvent.parse(record);
        } catch (MalformedEventException e) {
            LOG.warnf("notices: record skipped, not an event: %s", e.getMessage());
            return;
        }
        if (!NoticeGiven.TYPE.equals(event.type())) {
            return;
        }
        try {
            if (!NoticeGiven.SOURCE.equals(event.source())) {
                throw new MalformedEventException("source is not notice-service");
            }
            if (!NoticeGiven.isNoticeOfIntent(event.data())) {
                return;
            }
            NoticeGiven given = NoticeGiven.of(event.data());
            WindowService.EventOutcome outcome = windows.openForGivenNotice(event.idAsUuid(), given.noticeId(),
                    given.caseId(), given.organisationId(), given.representationsDueOn(), given.reference());
            LOG.infof("event %s (%s): notice %s, window %s", event.id(), event.type(), given.noticeId(), outcome);
        } catch (MalformedEventException e) {
            LOG.warnf("notices: event %s skipped, not a notice of intent this service can read: %s", event.id(),
                    e.getMessage());
        }
    }
}
