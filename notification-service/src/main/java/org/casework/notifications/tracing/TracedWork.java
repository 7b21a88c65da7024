package org.casework.notifications.tracing;

import org.jboss.logging.MDC;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;

/**
 * A span made current for one piece of work (an event handled, a message sent), ended on close. While it is open the
 * work's log lines carry its trace id: Quarkus puts {@code traceId} and {@code spanId} in the MDC (the JSON logs'
 * fields) when the span becomes current on a Vert.x duplicated context; on a plain worker thread it does not, so this
 * puts them there itself and puts back what was there before.
 */
public final class TracedWork implements AutoCloseable {

    static final String TRACE_ID = "traceId";
    static final String SPAN_ID = "spanId";

    private final Span span;
    private final Scope scope;
    private final boolean mdcSetHere;
    private final Object traceIdBefore;
    private final Object spanIdBefore;

    TracedWork(Span span) {
        this.span = span;
        this.scope = span.makeCurrent();
        SpanContext context = span.getSpanContext();
        this.traceIdBefore = MDC.get(TRACE_ID);
        this.spanIdBefore = MDC.get(SPAN_ID);
        this.mdcSetHere = context.isValid() && !context.getTraceId().equals(traceIdBefore);
        if (mdcSetHere) {
            MDC.put(TRACE_ID, context.getTraceId());
            MDC.put(SPAN_ID, context.getSpanId());
        }
    }

    /** 32 hex digits, as the request lines write it ({@code trace=}). */
    public String traceId() {
        return span.getSpanContext().getTraceId();
    }

    /**
     * The work failed: the span's status says so with the exception's kind only (a message can quote a mail server's
     * answer naming an address, or a database value).
     */
    public void failed(Throwable e) {
        span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
    }

    @Override
    public void close() {
        if (mdcSetHere) {
            restore(TRACE_ID, traceIdBefore);
            restore(SPAN_ID, spanIdBefore);
        }
        scope.close();
        span.end();
    }

    private static void restore(String key, Object before) {
        if (before == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, before);
        }
    }

    /** The trace id of the current span, or {@code -} where there is none (as the request line writes it). */
    public static String currentTraceId() {
        SpanContext context = Span.current().getSpanContext();
        return context.isValid() ? context.getTraceId() : "-";
    }
}
