package org.casework.platform.events;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;

/** The W3C Trace Context {@code traceparent} of the current span, so a consumer's work joins the request's trace. */
final class Traceparent {

    private Traceparent() {
    }

    /** {@code 00-<trace id>-<span id>-<flags>}, or null where no valid span is current (no SDK, or not traced). */
    static String current() {
        SpanContext context = Span.current().getSpanContext();
        if (!context.isValid()) {
            return null;
        }
        return "00-" + context.getTraceId() + "-" + context.getSpanId() + "-" + context.getTraceFlags().asHex();
    }
}
