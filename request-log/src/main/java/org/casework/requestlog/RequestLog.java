package org.casework.requestlog;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * One INFO line per request, in every application (the APIs and both web modules): method, path, status,
 * duration, the caller's subject, or {@code -} before sign-in, and the request's trace id ({@code trace=}, 32 hex
 * digits, or {@code -} where there is no trace), the same in every application a request passes through, so one
 * search finds a request's lines in each of them. Never the query string, headers or body (they
 * can hold search terms, tokens or personal data), and control characters in the path are escaped so a request
 * cannot forge a log line. Health and metrics probes ({@code /q/}) are left out: they would drown the rest.
 */
@Singleton
public class RequestLog {

    private static final Logger LOG = Logger.getLogger("org.casework.request");

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::observe);
    }

    private void observe(RoutingContext ctx) {
        String path = ctx.request().path();
        if (path == null || path.startsWith("/q/")) {
            ctx.next();
            return;
        }
        long start = System.nanoTime();
        String method = ctx.request().method().name();
        // read here, where the server span is current: the end handler may run outside the request's context
        String trace = traceOf(Span.current().getSpanContext());
        ctx.addEndHandler(done -> LOG.info(line(method, path, ctx.response().getStatusCode(),
                (System.nanoTime() - start) / 1_000_000, subjectOf(ctx), trace)));
        ctx.next();
    }

    /**
     * The line, put together by hand: it is written for every request, and a printf-style format costs a parser and a
     * {@link java.util.Formatter} each time (about a third of the logging's CPU in a profile; docs/benchmarks.md).
     */
    static String line(String method, String path, int status, long millis, String subject, String trace) {
        return new StringBuilder(96).append(method).append(' ').append(LogText.escape(path)).append(' ')
                .append(status).append(' ').append(millis).append("ms sub=").append(subject)
                .append(" trace=").append(trace).toString();
    }

    /** The trace id as W3C Trace Context writes it (32 lower-case hex digits), or {@code -} without a valid one. */
    static String traceOf(SpanContext span) {
        return span.isValid() ? span.getTraceId() : "-";
    }

    private static String subjectOf(RoutingContext ctx) {
        if (ctx.user() instanceof QuarkusHttpUser user) {
            SecurityIdentity identity = user.getSecurityIdentity();
            if (identity != null && !identity.isAnonymous()) {
                return LogText.escape(identity.getPrincipal().getName());
            }
        }
        return "-";
    }
}
