package org.casework.requestlog;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * One INFO line per request, in every application (the APIs and both web modules): method, path, status,
 * duration and the caller's subject, or {@code -} before sign-in. Never the query string, headers or body (they
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
        ctx.addEndHandler(done -> LOG.infof("%s %s %d %dms sub=%s", method, LogText.escape(path),
                ctx.response().getStatusCode(), (System.nanoTime() - start) / 1_000_000, subjectOf(ctx)));
        ctx.next();
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
