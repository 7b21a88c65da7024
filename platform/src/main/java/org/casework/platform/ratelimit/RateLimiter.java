package org.casework.platform.ratelimit;

import java.util.function.BiConsumer;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.casework.platform.http.RouteProblems;
import org.casework.platform.problem.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Limits every caller, person or client, per class of operation, and says so on every answer with the
 * {@code RateLimit-Policy} and {@code RateLimit} header fields; over the quota the answer is 429 with
 * {@code Retry-After}, before any resource runs, so nothing is changed.
 *
 * <p>A route after the path checks and before the REST layer. It asks for the caller's identity (authentication is
 * not proactive here, and the identity is kept for the REST layer, so a token is verified once); a request whose
 * token fails is counted as anonymous, by network address, and then refused by the REST layer as before. The count is
 * taken in memory on the event loop ({@link RateCountSync}: no lock shared by callers, no database round trip per
 * request); the replicas' counts meet in the database a few times a second, outside every request.
 */
@Singleton
public class RateLimiter {

    static final String ALLOWANCE = "casework.rate-limit.allowance";
    /** Liveness, readiness, metrics and the documents: the platform's own, and never to be refused to a probe. */
    private static final String UNLIMITED_PREFIX = "/q/";
    private static final BiConsumer<RoutingContext, Throwable> IGNORE_FAILURE = (ctx, failure) -> {
    };

    private final RateCountSync counts;
    private final RateLimitConfig config;
    private final Buckets buckets;

    public RateLimiter(RateCountSync counts, RateLimitConfig config) {
        this.counts = counts;
        this.config = config;
        this.buckets = new Buckets(config);
    }

    void install(@Observes Router router) {
        if (!config.enabled()) {
            return;
        }
        router.route().order(Integer.MIN_VALUE + 3).handler(this::announce);
        // After the path checks and Quarkus' own security route (-150), before the REST layer (10000).
        router.route().order(-100).handler(this::limit);
    }

    /** Writes the header fields on whatever answer the request ends with, success or refusal. */
    private void announce(RoutingContext ctx) {
        ctx.addHeadersEndHandler(ignored -> {
            Allowance allowance = ctx.get(ALLOWANCE);
            if (allowance != null) {
                ctx.response().headers().set("RateLimit-Policy", allowance.policyField());
                ctx.response().headers().set("RateLimit", allowance.limitField());
            }
        });
        ctx.next();
    }

    private void limit(RoutingContext ctx) {
        if (ctx.normalizedPath().startsWith(UNLIMITED_PREFIX)) {
            ctx.next();
            return;
        }
        Context context = Vertx.currentContext();
        Uni<SecurityIdentity> identity = ctx.get(QuarkusHttpUser.DEFERRED_IDENTITY_KEY);
        if (identity == null) {
            count(ctx, context, buckets.forAnonymous(ctx));
            return;
        }
        // The identity is resolved once and kept; a failure is passed to the request's authentication-failure
        // handler at that moment. Here that would be Quarkus' default, which answers 401 at once, even for a public
        // operation that never asks who calls. So none is set while the limiter asks: the REST layer, if the
        // operation needs the caller, gets the same failure and answers its own 401 problem.
        BiConsumer<RoutingContext, Throwable> failureHandler = ctx.get(QuarkusHttpUser.AUTH_FAILURE_HANDLER);
        ctx.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, IGNORE_FAILURE);
        identity.subscribe().with(id -> {
            restore(ctx, failureHandler);
            count(ctx, context, id.isAnonymous() ? buckets.forAnonymous(ctx) : buckets.forCaller(id, ctx));
        }, failure -> {
            restore(ctx, failureHandler);
            count(ctx, context, buckets.forAnonymous(ctx));
        });
    }

    private static void restore(RoutingContext ctx, BiConsumer<RoutingContext, Throwable> failureHandler) {
        if (failureHandler == null) {
            ctx.remove(QuarkusHttpUser.AUTH_FAILURE_HANDLER);
        } else {
            ctx.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, failureHandler);
        }
    }

    private void count(RoutingContext ctx, Context context, Bucket bucket) {
        if (Vertx.currentContext() == context) {
            decide(ctx, bucket);
        } else {
            // The identity may have been resolved on another thread (a blocking key fetch): back to the request's own.
            context.runOnContext(ignored -> decide(ctx, bucket));
        }
    }

    private void decide(RoutingContext ctx, Bucket bucket) {
        Allowance allowance = counts.count(bucket);
        ctx.put(ALLOWANCE, allowance);
        if (allowance.allowed()) {
            ctx.next();
            return;
        }
        ctx.response().putHeader("Retry-After", String.valueOf(allowance.resetSeconds()));
        RouteProblems.answer(ctx, new Problem("rate-limited", "Too many requests", 429, String.format(
                "You have made %d %s requests in this %d-second window; at most %d are allowed. "
                        + "Try again in %d seconds.", allowance.used(), bucket.policy(), allowance.windowSeconds(),
                bucket.quota(), allowance.resetSeconds()))
                .with("policy", bucket.policy()).with("quota", bucket.quota())
                .with("retryAfterSeconds", allowance.resetSeconds()), false);
    }
}
