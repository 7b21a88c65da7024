package org.casework.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;

/** What of an identity Quarkus OIDC produced is kept, and what a hit hands to the next request. */
class VerifiedTokensTest {

    /** Shaped like a JWT ({"alg":"RS256"}.{"sub":"caseworker-1"}.signature): Quarkus OIDC takes anything else as opaque. */
    private static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJjYXNld29ya2VyLTEifQ.c2lnbmF0dXJl";
    private static final String OTHER_TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJjYXNld29ya2VyLTIifQ.c2lnbmF0dXJl";
    private static final AuthenticationRequestContext REQUEST = supplier -> null;

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void aVerifiedTokenIsAnsweredWithTheSamePrincipalRolesAndCredentialButTheNewRequestsContext() {
        VerifiedTokens tokens = tokens(true);
        SecurityIdentity verified = identity(TOKEN, claims(TOKEN), Map.of(RoutingContext.class.getName(), "first request"));
        tokens.record(verified);

        SecurityIdentity answer = tokens.answer(TOKEN, null, REQUEST);

        assertNotNull(answer);
        assertSame(verified.getPrincipal(), answer.getPrincipal());
        assertEquals(verified.getRoles(), answer.getRoles());
        assertEquals(TOKEN, answer.getCredential(AccessTokenCredential.class).getToken());
        assertNull(answer.getAttribute(RoutingContext.class.getName()), "the first request is not handed to the next");
        assertSame(REQUEST, answer.getAttribute(AuthenticationRequestContext.class.getName()));
        assertEquals(1.0, count("verified"));
        assertEquals(1.0, count("hit"));
    }

    @Test
    void anAnswerFromTheCacheIsNotCountedOrKeptAgainAsIfFreshlyVerified() {
        VerifiedTokens tokens = tokens(true);
        tokens.record(identity(TOKEN, claims(TOKEN), Map.of()));

        tokens.record(tokens.answer(TOKEN, null, REQUEST));

        assertEquals(1.0, count("verified"));
    }

    @Test
    void aSenderConstrainedTokenIsVerifiedEveryTime() {
        VerifiedTokens tokens = tokens(true);
        JwtClaims claims = claims(TOKEN);
        claims.setClaim("cnf", Map.of("jkt", "thumbprint"));
        tokens.record(identity(TOKEN, claims, Map.of()));

        assertNull(tokens.answer(TOKEN, null, REQUEST));
    }

    @Test
    void anIntrospectedOrOpaqueTokenIsLeftToTheIssuer() {
        VerifiedTokens tokens = tokens(true);
        tokens.record(identity(TOKEN, claims(TOKEN), Map.of("introspection", "active")));
        assertNull(tokens.answer(TOKEN, null, REQUEST));

        tokens.record(QuarkusSecurityIdentity.builder().setPrincipal(() -> "opaque-user")
                .addCredential(new AccessTokenCredential("opaque-token")).build());
        assertNull(tokens.answer("opaque-token", null, REQUEST));
    }

    @Test
    void aTokenWhosePrincipalWasBuiltFromAnotherTokenIsNotKept() {
        VerifiedTokens tokens = tokens(true);
        tokens.record(identity(TOKEN, claims(OTHER_TOKEN), Map.of()));

        assertNull(tokens.answer(TOKEN, null, REQUEST));
        assertNull(tokens.answer(OTHER_TOKEN, null, REQUEST));
    }

    @Test
    void switchedOffNothingIsAnsweredButVerificationsAreStillCounted() {
        VerifiedTokens tokens = tokens(false);
        tokens.record(identity(TOKEN, claims(TOKEN), Map.of()));

        assertNull(tokens.answer(TOKEN, null, REQUEST));
        assertEquals(1.0, count("verified"));
        assertEquals(0.0, count("hit"));
    }

    private VerifiedTokens tokens(boolean enabled) {
        SecurityConfig config = new SecurityConfig() {
            @Override
            public List<String> mfaAcrValues() {
                return List.of("2");
            }

            @Override
            public TokenCache tokenCache() {
                return new TokenCache() {
                    @Override
                    public boolean enabled() {
                        return enabled;
                    }

                    @Override
                    public Duration maxAge() {
                        return Duration.ofSeconds(60);
                    }

                    @Override
                    public int maxEntries() {
                        return 100;
                    }
                };
            }
        };
        return new VerifiedTokens(config, Clock.systemUTC(), registry);
    }

    private double count(String result) {
        return registry.counter(VerifiedTokens.METRIC, "result", result).count();
    }

    private static JwtClaims claims(String rawToken) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject("caseworker-1");
        claims.setExpirationTime(NumericDate.fromSeconds(Instant.now().plusSeconds(600).getEpochSecond()));
        claims.setClaim("raw_token", rawToken);
        return claims;
    }

    private static SecurityIdentity identity(String token, JwtClaims claims, Map<String, Object> attributes) {
        AccessTokenCredential credential = new AccessTokenCredential(token);
        QuarkusSecurityIdentity identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new OidcJwtCallerPrincipal(claims, credential))
                .addCredential(credential)
                .addRole("caseworker")
                .addAttributes(attributes)
                .build();
        assertTrue(identity.getPrincipal() instanceof org.eclipse.microprofile.jwt.JsonWebToken);
        return identity;
    }
}
