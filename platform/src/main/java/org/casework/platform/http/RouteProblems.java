package org.casework.platform.http;

import org.casework.platform.problem.Problem;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers a problem document from a route handler, for the checks that run before any JAX-RS
 * resource (and so before the REST layer's exception mappers) can see the request.
 */
public final class RouteProblems {

    private RouteProblems() {
    }

    /**
     * Ends the exchange with the problem. {@code closeConnection} where the request may still carry
     * bytes the server will not read, so they cannot be taken for the next request.
     */
    public static void answer(RoutingContext ctx, Problem problem, boolean closeConnection) {
        ctx.response().setStatusCode(problem.getStatus()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (closeConnection) {
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
        }
        ctx.response().end(Json.encode(problem.asMap()));
    }
}
