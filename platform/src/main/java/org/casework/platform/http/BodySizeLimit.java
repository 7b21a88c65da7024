package org.casework.platform.http;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.casework.platform.problem.Problem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses a declared body over the limit before it is read, with a problem+json 413 (the server's
 * own check answers with an empty body). Bodies sent without Content-Length are still cut off by
 * the server's limit while they stream in.
 */
@Singleton
public class BodySizeLimit {

    private final long limit;

    public BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        this.limit = limit.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 3).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && exceeds(declared)) {
            Problem problem = new Problem("request-too-large", "Request too large", 413,
                    "The request body is larger than the " + limit + " bytes this address accepts");
            RouteProblems.answer(ctx, problem, true);
            return;
        }
        ctx.next();
    }

    private boolean exceeds(String declared) {
        try {
            return Long.parseLong(declared.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
