package org.casework.notifications.tracing;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.platform.events.ReceivedEvent;
import org.casework.platform.events.Traceparent;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;

/**
 * Continues the trace of the change an event reports: handling the event is a consumer span whose parent is the
 * producer's span (the {@code traceparent} the outbox recorded with the change, carried in the CloudEvent), and each
 * message it queues keeps that span's traceparent, so sending the email later, from the dispatcher's own thread, is a
 * span in the same trace. A notice issued is then one trace from the decision-maker's request to the mail server.
 * Spans carry ids and kinds only: never an address, a subject line or a body.
 */
@ApplicationScoped
public class Tracing {

    private final Tracer tracer;

    public Tracing(Tracer tracer) {
        this.tracer = tracer;
    }

    /**
     * The span of handling one event read from {@code topic}. Its parent is the CloudEvent's {@code traceparent}
     * extension, where the suite's relay puts it (CloudEvents' structured mode carries its attributes in the body);
     * failing that a {@code traceparent} header on the record, as Kafka instrumentation elsewhere writes it; failing
     * both, or where neither reads, a new trace.
     */
    public TracedWork handling(String topic, ReceivedEvent event, String headerTraceparent) {
        String parent = event.traceparent() != null ? event.traceparent() : headerTraceparent;
        return new TracedWork(tracer.spanBuilder(topic + " process")
                .setSpanKind(SpanKind.CONSUMER)
                .setParent(Traceparent.parent(parent))
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", topic)
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.message.id", event.id())
                .setAttribute("cloudevents.event_id", event.id())
                .setAttribute("cloudevents.event_type", event.type())
                .startSpan());
    }

    /** The span of one attempt to send a queued message, in the trace it was queued in ({@code traceparent}, or a new one). */
    public TracedWork sending(UUID notification, String template, int attempt, String traceparent) {
        return new TracedWork(tracer.spanBuilder("mail send")
                .setSpanKind(SpanKind.CLIENT)
                .setParent(Traceparent.parent(traceparent))
                .setAttribute("casework.notification.id", notification.toString())
                .setAttribute("casework.notification.template", template)
                .setAttribute("casework.notification.attempt", attempt)
                .startSpan());
    }
}
