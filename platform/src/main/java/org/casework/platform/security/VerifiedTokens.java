package org.casework.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;

/**
 * The application's {@link VerifiedTokenCache}: what of an OIDC identity may be kept, how it is handed to
 * a later request, and the counters {@value #METRIC}{@code {result=hit}} (answered from the cache) and
 * {@code {result=verified}} (verified by Quarkus OIDC; counted with the cache off too).
 */
@ApplicationScoped
public class VerifiedTokens {

    public static final String METRIC = "casework.security.token.cache";

    /** Marks an identity answered from the cache, so it is not put back as if freshly verified. */
    static final String FROM_CACHE_ATTRIBUTE = "casework.token-cache.hit";

    /**
     * Attributes Quarkus OIDC sets that belong to the request that was verified, not to the token: they are
     * dropped when an identity is kept (so no request outlives itself in the cache) and set afresh on a hit.
     */
    private static final String ROUTING_CONTEXT = RoutingContext.class.getName();
    private static final String REQUEST_CONTEXT = AuthenticationRequestContext.class.getName();
    private static final Set<String> PER_REQUEST_ATTRIBUTES = Set.of(ROUTING_CONTEXT, REQUEST_CONTEXT);

    /** Quarkus OIDC's attribute for an identity it got from the issuer's introspection endpoint. */
    private static final String INTROSPECTION_ATTRIBUTE = "introspection";

    private final boolean enabled;
    private final VerifiedTokenCache cache;
    private final Counter hits;
    private final Counter verifications;

    public VerifiedTokens(SecurityConfig config, Clock clock, MeterRegistry registry) {
        SecurityConfig.TokenCache settings = config.tokenCache();
        this.enabled = settings.enabled();
        this.cache = new VerifiedTokenCache(notBehindSystemTime(clock), settings.maxAge(), settings.maxEntries());
        this.hits = registry.counter(METRIC, "result", "hit");
        this.verifications = registry.counter(METRIC, "result", "verified");
    }

    /**
     * The identity verified earlier for exactly this token, rebuilt for the current request; null when the
     * cache is off or has none, so the OIDC provider verifies the token.
     */
    SecurityIdentity answer(String token, RoutingContext routing, AuthenticationRequestContext context) {
        if (!enabled) {
            return null;
        }
        SecurityIdentity kept = cache.find(token);
        if (kept == null) {
            return null;
        }
        hits.increment();
        QuarkusSecurityIdentity.Builder identity = copy(kept).addAttribute(FROM_CACHE_ATTRIBUTE, Boolean.TRUE)
                .addAttribute(REQUEST_CONTEXT, context);
        if (routing != null) {
            identity.addAttribute(ROUTING_CONTEXT, routing);
        }
        return identity.build();
    }

    /**
     * Keeps an identity Quarkus OIDC produced by verifying a signed bearer JWT locally. Anything else is
     * left alone: an answer from this cache, an opaque or introspected token (the issuer decides about those
     * on each call), a sender-constrained token ({@code cnf}: its proof of possession is checked per
     * request), a token without {@code exp}.
     */
    void record(SecurityIdentity identity) {
        if (identity.isAnonymous() || identity.getAttribute(FROM_CACHE_ATTRIBUTE) != null
                || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return;
        }
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        if (credential == null || credential.isOpaque() || credential.getToken() == null
                || !credential.getToken().equals(jwt.getRawToken())
                || identity.getAttribute(INTROSPECTION_ATTRIBUTE) != null) {
            return;
        }
        verifications.increment();
        if (enabled && jwt.getExpirationTime() > 0 && !jwt.containsClaim("cnf")) {
            cache.remember(credential.getToken(), copy(identity).build(), Instant.ofEpochSecond(jwt.getExpirationTime()));
        }
    }

    /** Everything the provider established from the token, without the attributes of the request. */
    private static QuarkusSecurityIdentity.Builder copy(SecurityIdentity identity) {
        Map<String, Object> attributes = new HashMap<>(identity.getAttributes());
        attributes.keySet().removeAll(PER_REQUEST_ATTRIBUTES);
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .setAnonymous(false)
                .addCredentials(identity.getCredentials())
                .addRoles(identity.getRoles())
                .addPermissions(identity.getPermissions())
                .addAttributes(attributes);
    }

    /**
     * The injected clock, but never earlier than the system's: the OIDC verifier judges {@code exp} by
     * system time, and a test or end-to-end clock moved to the past must not let the cache answer a token
     * the verifier would refuse. A clock moved forward only makes entries end sooner.
     */
    static InstantSource notBehindSystemTime(Clock clock) {
        return () -> {
            Instant injected = clock.instant();
            Instant system = Instant.now();
            return injected.isAfter(system) ? injected : system;
        };
    }
}
