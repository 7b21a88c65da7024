package org.casework.notifications.messaging;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.casework.notifications.service.EventHandler;
import org.casework.notifications.tracing.TracedWork;
import org.casework.notifications.tracing.Tracing;
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
 * readiness check goes down, and the record is read again after a restart. Each event is handled in the trace of the
 * change it reports ({@link Tracing#handling}), so its log lines carry that trace id.
 */
@ApplicationScoped
public class EventConsumer {

    /** The W3C Trace Context header, read where a record's CloudEvent carries no traceparent of its own. */
    static final String TRACEPARENT_HEADER = "traceparent";
    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    private final EventHandler handler;
    private final Tracing tracing;

    public EventConsumer(EventHandler handler, Tracing tracing) {
        this.handler = handler;
        this.tracing = tracing;
    }

    @Incoming("notices")
    @Blocking(ordered = true)
    public void notices(ConsumerRecord<String, String> record) {
        consume(record.topic(), record.value(), traceparentHeader(record));
    }

    @Incoming("representations")
    @Blocking(ordered = true)
    public void representations(ConsumerRecord<String, String> record) {
        consume(record.topic(), record.value(), traceparentHeader(record));
    }

    void consume(String topic, String record, String headerTraceparent) {
        ReceivedEvent event;
        try {
            event = ReceivedEvent.parse(record);
        } catch (MalformedEventException e) {
            LOG.warnf("%s: record skipped, not an event this service reads: %s", topic, e.getMessage());
            return;
        }
        try (TracedWork work = tracing.handling(topic, event, headerTraceparent)) {
            try {
                handler.handle(event);
            } catch (MalformedEventException e) {
                work.failed(e);
                LOG.warnf("%s: event %s skipped, not an event this service reads: %s trace=%s", topic, event.id(),
                        e.getMessage(), work.traceId());
            } catch (RuntimeException e) {
                work.failed(e);
                throw e;
            }
        }
    }

    private static String traceparentHeader(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader(TRACEPARENT_HEADER);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
