package org.casework.requestlog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;

class RequestLogTest {

    @Test
    void aRequestInATraceIsLoggedWithItsW3cTraceId() {
        SpanContext span = SpanContext.create("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7", TraceFlags.getSampled(),
                TraceState.getDefault());

        assertEquals("4bf92f3577b34da6a3ce929d0e0e4736", RequestLog.traceOf(span));
    }

    @Test
    void aRequestOutsideAnyTraceIsLoggedWithADash() {
        assertEquals("-", RequestLog.traceOf(SpanContext.getInvalid()));
    }

    @Test
    void theLineNamesMethodPathStatusDurationSubjectAndTrace() {
        assertEquals("GET /cases/42 200 3ms sub=caseworker-1 trace=4bf92f3577b34da6a3ce929d0e0e4736",
                RequestLog.line("GET", "/cases/42", 200, 3, "caseworker-1", "4bf92f3577b34da6a3ce929d0e0e4736"));
    }

    @Test
    void aPathCannotForgeALineOrAFormat() {
        assertEquals("GET /a\\u000aGET%s%d 404 0ms sub=- trace=-", RequestLog.line("GET", "/a\nGET%s%d", 404, 0, "-", "-"));
    }
}
