package org.casework.notifications.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.notifications.service.EventHandler;
import org.casework.platform.events.MalformedEventException;
import org.casework.platform.events.ReceivedEvent;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Reads the suite's events from Kafka (casework.notices.v1, casework.representations.v1). Each record is handled
 * before its offset is committed, so a crash means a redelivery, which {@link EventHandler} absorbs by event id.
 * A record that is not a readable event is logged (id and reason, never its content) and skipped: retrying it
 * would never succeed and would stop the topic. A failure of the database propagates: the channel fails, the
 * readiness check goes down, and the record is read again after a restart.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    private final EventHandler handler;

    public EventConsumer(EventHandler handler) {
        this.handler = handler;
    }

    @Incoming("notices")
    @Blocking(ordered = true)
    public void notices(String record) {
        consume("notices", record);
    }

    @Incoming("representations")
    @Blocking(ordered = true)
    public void representations(String record) {
        consume("representations", record);
    }

    void consume(String channel, String record) {
        ReceivedEvent event;
        try {
            event = ReceivedEvent.parse(record);
            handler.handle(event);
        } catch (MalformedEventException e) {
            LOG.warnf("%s: record skipped, not an event this service reads: %s", channel, e.getMessage());
        }
    }
}
