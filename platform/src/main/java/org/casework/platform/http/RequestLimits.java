package org.casework.platform.http;

import java.util.Map;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.casework.platform.problem.Problem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses an over-long address (414) and over-large headers (431) with a problem document.
 *
 * <p>Vert.x refuses a request line or headers over its own limits while decoding, before any route
 * runs, with an empty body; Quarkus creates the server and exposes no hook to replace that answer
 * (Vert.x's {@code HttpServer.invalidRequestHandler}). So Vert.x's limits
 * ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size}) are set well above
 * the ones applied here, first on every route; only a request past those outer limits still gets
 * Vert.x's bare 414 or 431.
 */
@Singleton
public class RequestLimits {

    private final int maxUriLength;
    private final long maxHeaderSize;

    public RequestLimits(@ConfigProperty(name = "casework.http.max-uri-length") int maxUriLength,
            @ConfigProperty(name = "casework.http.max-header-size") MemorySize maxHeaderSize) {
        this.maxUriLength = maxUriLength;
        this.maxHeaderSize = maxHeaderSize.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        int uriLength = ctx.request().uri().length();
        if (uriLength > maxUriLength) {
            RouteProblems.answer(ctx, new Problem("uri-too-long", "Address too long", 414, String.format(
                    "The address (path and query) is %,d characters long; this service accepts at most %,d. "
                            + "Send fewer or shorter query parameters, for example fewer search words.",
                    uriLength, maxUriLength)).with("maxLength", maxUriLength), true);
            return;
        }
        long headerSize = headerSize(ctx);
        if (headerSize > maxHeaderSize) {
            RouteProblems.answer(ctx, new Problem("headers-too-large", "Request headers too large", 431, String.format(
                    "The request's headers come to %,d bytes; this service accepts at most %,d. "
                            + "Send fewer or smaller headers (cookies from other sites on this host count too).",
                    headerSize, maxHeaderSize)).with("maxSize", maxHeaderSize), true);
            return;
        }
        ctx.next();
    }

    /** Counted as the server counts them: each line {@code name: value}, without its line break. */
    private static long headerSize(RoutingContext ctx) {
        long size = 0;
        for (Map.Entry<String, String> header : ctx.request().headers()) {
            size += header.getKey().length() + 2 + header.getValue().length();
        }
        return size;
    }
}
