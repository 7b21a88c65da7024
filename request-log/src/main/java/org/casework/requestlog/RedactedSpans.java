package org.casework.requestlog;

import jakarta.inject.Singleton;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.quarkus.arc.Unremovable;

/**
 * Takes query strings out of every span as it starts, before any exporter sees it: a query can hold a search term
 * (a person's or organisation's name, {@code GET /cases?q=}), and the request line leaves it out for the same reason.
 * The HTTP instrumentation records the query as {@code url.query} (server spans) and inside {@code url.full} (REST
 * client spans); older semantic conventions used {@code http.target} and {@code http.url}. A span's attributes cannot
 * be removed, so each is overwritten. Bodies, headers (tokens) and SQL are never recorded in the first place.
 */
@Singleton
@Unremovable
public class RedactedSpans implements SpanProcessor {

    static final String REDACTED = "redacted";
    static final AttributeKey<String> URL_QUERY = AttributeKey.stringKey("url.query");
    static final AttributeKey<String> URL_FULL = AttributeKey.stringKey("url.full");
    static final AttributeKey<String> HTTP_TARGET = AttributeKey.stringKey("http.target");
    static final AttributeKey<String> HTTP_URL = AttributeKey.stringKey("http.url");

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
        if (span.getAttribute(URL_QUERY) != null) {
            span.setAttribute(URL_QUERY, REDACTED);
        }
        withoutQuery(span, URL_FULL);
        withoutQuery(span, HTTP_TARGET);
        withoutQuery(span, HTTP_URL);
    }

    private static void withoutQuery(ReadWriteSpan span, AttributeKey<String> key) {
        String value = span.getAttribute(key);
        if (value != null) {
            span.setAttribute(key, stripQuery(value));
        }
    }

    /** The URL or path up to its query (and fragment), which are dropped. */
    static String stripQuery(String url) {
        int cut = url.length();
        int query = url.indexOf('?');
        int fragment = url.indexOf('#');
        if (query >= 0) {
            cut = query;
        }
        if (fragment >= 0 && fragment < cut) {
            cut = fragment;
        }
        return url.substring(0, cut);
    }

    @Override
    public boolean isStartRequired() {
        return true;
    }

    @Override
    public void onEnd(ReadableSpan span) {
    }

    @Override
    public boolean isEndRequired() {
        return false;
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
