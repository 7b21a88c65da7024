package org.casework.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;

/** The W3C traceparent of the current span, taken when an event is recorded, and read back by a consumer. */
class TraceparentTest {

    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @Test
    void noValidSpanNoTraceparent() {
        assertNull(Traceparent.current());
    }

    @Test
    void aValidSpanGivesVersionTraceIdSpanIdAndFlags() {
        SpanContext context = SpanContext.create("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7",
                TraceFlags.getSampled(), TraceState.getDefault());
        try (Scope ignored = Span.wrap(context).makeCurrent()) {
            assertEquals(TRACEPARENT, Traceparent.current());
        }
    }

    @Test
    void aReceivedTraceparentBecomesTheRemoteParentOfTheConsumersWork() {
        SpanContext parent = Span.fromContext(Traceparent.parent(TRACEPARENT)).getSpanContext();
        assertTrue(parent.isValid());
        assertTrue(parent.isRemote());
        assertEquals("4bf92f3577b34da6a3ce929d0e0e4736", parent.getTraceId());
        assertEquals("00f067aa0ba902b7", parent.getSpanId());
        assertTrue(parent.isSampled());
    }

    @Test
    void noTraceparentOrOneThatDoesNotReadStartsANewTrace() {
        for (String value : new String[] { null, "", "  ", "not a traceparent", "00-" + "0".repeat(32) + "-00f067aa0ba902b7-01",
                "00-4bf92f3577b34da6a3ce929d0e0e4736-" + "0".repeat(16) + "-01" }) {
            Context context = Traceparent.parent(value);
            assertSame(Context.root(), context, String.valueOf(value));
            assertFalse(Span.fromContext(context).getSpanContext().isValid());
        }
    }
}
