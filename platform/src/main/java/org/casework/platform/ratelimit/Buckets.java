package org.casework.platform.ratelimit;

import org.casework.platform.security.CallerAugmentor;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

/** Which bucket a request counts against: who calls (kind and subject) and what class of operation. */
final class Buckets {

    private final RateLimitConfig config;

    Buckets(RateLimitConfig config) {
        this.config = config;
    }

    Bucket forCaller(SecurityIdentity identity, RoutingContext ctx) {
        boolean client = CallerAugmentor.KIND_SERVICE.equals(identity.getAttribute(CallerAugmentor.KIND_ATTRIBUTE));
        // The principal's name is the token's sub (quarkus.oidc.token.principal-claim).
        return client ? bucket("client", identity.getPrincipal().getName(), config.client(), ctx)
                : bucket("person", identity.getPrincipal().getName(), config.person(), ctx);
    }

    /** A caller without a valid token, by the address the request came from. */
    Bucket forAnonymous(RoutingContext ctx) {
        SocketAddress address = ctx.request().remoteAddress();
        return bucket("address", address == null ? "unknown" : address.hostAddress(), config.anonymous(), ctx);
    }

    private static Bucket bucket(String kind, String who, RateLimitConfig.Quotas quotas, RoutingContext ctx) {
        boolean read = ctx.request().method() == HttpMethod.GET || ctx.request().method() == HttpMethod.HEAD;
        String policy = read ? "read" : "change";
        return new Bucket(kind + ":" + policy + ":" + who, policy, read ? quotas.read() : quotas.change());
    }
}
