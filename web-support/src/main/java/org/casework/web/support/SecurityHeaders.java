package org.casework.web.support;

import java.net.URI;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Strict headers on every answer: a Content-Security-Policy with no inline script or style and no
 * framing, forms posting only here or to the sign-in server, no MIME sniffing, no referrer leaking
 * case ids, and pages never cached (they hold personal data).
 */
@Singleton
public class SecurityHeaders {

    private final String policy;

    public SecurityHeaders(@ConfigProperty(name = "quarkus.oidc.auth-server-url") String issuer) {
        URI uri = URI.create(issuer);
        String signIn = uri.getScheme() + "://" + uri.getAuthority();
        this.policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
                + "form-action 'self' " + signIn;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::add);
    }

    private void add(RoutingContext ctx) {
        ctx.addHeadersEndHandler(v -> {
            var headers = ctx.response().headers();
            headers.set("Content-Security-Policy", policy);
            headers.set("X-Frame-Options", "DENY");
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "same-origin");
            headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
            headers.set("Cross-Origin-Opener-Policy", "same-origin");
            String path = ctx.request().path();
            if (!path.startsWith("/assets/") && !path.startsWith("/webjars/") && !path.startsWith("/static/")) {
                headers.set("Cache-Control", "no-store");
            }
        });
        ctx.next();
    }
}
