package org.casework.requestlog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.api.trace.Span;

class RedactedSpansTest {

    @Test
    void aQueryStringNeverReachesASpan() {
        try (SdkTracerProvider tracing = SdkTracerProvider.builder().addSpanProcessor(new RedactedSpans()).build()) {
            Span span = tracing.get("test").spanBuilder("GET /cases")
                    .setAttribute(RedactedSpans.URL_QUERY, "q=Jane+Doe")
                    .setAttribute(RedactedSpans.URL_FULL, "http://case-service/cases?q=Jane+Doe&limit=5")
                    .setAttribute(RedactedSpans.HTTP_TARGET, "/cases?organisation=Acme#top")
                    .startSpan();
            SpanData data = ((ReadableSpan) span).toSpanData();
            span.end();

            assertEquals("redacted", data.getAttributes().get(RedactedSpans.URL_QUERY));
            assertEquals("http://case-service/cases", data.getAttributes().get(RedactedSpans.URL_FULL));
            assertEquals("/cases", data.getAttributes().get(RedactedSpans.HTTP_TARGET));
        }
    }

    @Test
    void aPathWithoutQueryIsKeptAsItIs() {
        assertEquals("/cases/42", RedactedSpans.stripQuery("/cases/42"));
        assertEquals("/register", RedactedSpans.stripQuery("/register#top"));
    }
}
