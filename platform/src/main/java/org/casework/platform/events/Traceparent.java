package org.casework.platform.events;

import java.util.Map;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

/**
 * The W3C Trace Context {@code traceparent}: taken from the current span when an event is recorded, and read back by a
 * consumer, so its work joins the trace of the request that made the change.
 */
public final class Traceparent {

    private static final TextMapGetter<Map<String, String>> GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private Traceparent() {
    }

    /** {@code 00-<trace id>-<span id>-<flags>}, or null where no valid span is current (no SDK, or not traced). */
    public static String current() {
        SpanContext context = Span.current().getSpanContext();
        if (!context.isValid()) {
            return null;
        }
        return "00-" + context.getTraceId() + "-" + context.getSpanId() + "-" + context.getTraceFlags().asHex();
    }

    /**
     * The context a received {@code traceparent} names, as the parent of the consumer's span; the root context (a new
     * trace) where there is none or it does not read: a record's trace context is a hint, never a reason to refuse it.
     */
    public static Context parent(String traceparent) {
        if (traceparent == null || traceparent.isBlank()) {
            return Context.root();
        }
        Context extracted = W3CTraceContextPropagator.getInstance()
                .extract(Context.root(), Map.of("traceparent", traceparent.trim()), GETTER);
        return Span.fromContext(extracted).getSpanContext().isValid() ? extracted : Context.root();
    }
}
