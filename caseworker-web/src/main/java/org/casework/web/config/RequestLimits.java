package org.casework.web.config;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.casework.web.page.ErrorPages;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses an over-long address (414), over-large headers (431) and an over-large form (413) with the
 * service's error page.
 *
 * <p>The server accepts bodies up to {@code quarkus.http.limits.max-body-size} because a hearing's record
 * carries its documents; only a {@code multipart/form-data} upload needs that. Every other form is a few
 * fields, so a declared body over {@code casework.web.max-form-size} is refused before it is read.
 *
 * <p>Vert.x refuses a request line or headers over its own limits while decoding, before any route runs,
 * with an empty answer a browser shows as a blank page. So, as the APIs do, Vert.x's limits
 * ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size}) sit well above the ones
 * applied here, on the first route after the security headers and before sign-in, so a person who is not
 * signed in sees the same page. Only a request past those outer limits still gets Vert.x's bare answer.
 */
@Singleton
public class RequestLimits {

    private static final ErrorPages.Next CASE_LIST = new ErrorPages.Next("/cases", "Go to the case list");

    /** The same settings, with the same names, as the APIs'. */
    @ConfigMapping(prefix = "casework.http")
    public interface Limits {

        int maxUriLength();

        MemorySize maxHeaderSize();
    }

    private final int maxUriLength;
    private final long maxHeaderSize;
    private final long maxFormSize;

    public RequestLimits(Limits limits,
            @org.eclipse.microprofile.config.inject.ConfigProperty(name = "casework.web.max-form-size") MemorySize maxFormSize) {
        maxUriLength = limits.maxUriLength();
        maxHeaderSize = limits.maxHeaderSize().asLongValue();
        this.maxFormSize = maxFormSize.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        int length = ctx.request().uri().length();
        if (length > maxUriLength) {
            refuse(ctx, 414, "The web address is too long", String.format("The address has %,d characters; this "
                    + "service accepts up to %,d. Search with fewer or shorter words, or start again from the case "
                    + "list.", length, maxUriLength));
            return;
        }
        long size = headerBytes(ctx.request().headers());
        if (size > maxHeaderSize) {
            refuse(ctx, 431, "Your browser sent too much information", String.format("Your browser sent %,d bytes "
                    + "of headers, mostly cookies; this service accepts up to %,d. Delete this site's cookies in "
                    + "your browser's settings, then sign in again.", size, maxHeaderSize));
            return;
        }
        long body = declaredBody(ctx);
        if (body > maxFormSize && !isUpload(ctx)) {
            refuse(ctx, 413, "The form is too large", String.format("The form sent %,d bytes; this service accepts "
                    + "up to %,d for a form without files. Go back, shorten what you typed, and send it again.",
                    body, maxFormSize));
            return;
        }
        ctx.next();
    }

    private static long declaredBody(RoutingContext ctx) {
        String declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return declared == null ? 0 : Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean isUpload(RoutingContext ctx) {
        String type = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data");
    }

    /** As the server counts them: each line {@code name: value}, without its line break. */
    private static long headerBytes(MultiMap headers) {
        return headers.entries().stream().mapToLong(h -> h.getKey().length() + 2L + h.getValue().length()).sum();
    }

    /**
     * The connection is closed after the page: the server has not read what the request may still carry,
     * and those bytes must not be taken for the next request.
     */
    private static void refuse(RoutingContext ctx, int status, String title, String detail) {
        ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
                .putHeader(HttpHeaders.CONNECTION, "close").end(ErrorPages.html(title, detail, CASE_LIST));
    }
}
