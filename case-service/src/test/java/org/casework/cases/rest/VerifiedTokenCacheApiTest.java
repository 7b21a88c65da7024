package org.casework.cases.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.casework.platform.security.VerifiedTokens;
import org.casework.testing.RoleMatrix;
import org.casework.testing.TestClock;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;

/**
 * The cache of verified tokens through HTTP: a token sent again is answered without a second verification,
 * and nothing a verification refuses, nor anything checked per request (MFA, expiry), gets through it.
 */
@QuarkusTest
class VerifiedTokenCacheApiTest {

    @Inject
    MeterRegistry registry;

    @Inject
    TestClock clock;

    @BeforeEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theSameTokenTwiceIsVerifiedOnceAndAnsweredFromTheCacheTheSecondTime() {
        String token = Tokens.caseworker("caseworker-cache-1");
        double hits = hits();
        double verified = verified();

        caller(token).then().statusCode(200);
        caller(token).then().statusCode(200);

        assertThat(verified() - verified, equalTo(1.0));
        assertThat(hits() - hits, equalTo(1.0));
    }

    @Test
    void onAHitTheInjectedTokenAndTheCallerAreThoseOfTheTokenSent() {
        String first = Tokens.person("caseworker-cache-2", "caseworker").sign();
        String second = Tokens.person("auditor-cache-2", "auditor").sign();
        String firstAnswer = caller(first).then().statusCode(200).extract().asString();
        caller(second).then().statusCode(200);
        double hits = hits();

        String again = caller(first).then().statusCode(200).extract().asString();
        String secondAgain = caller(second).then().statusCode(200).extract().asString();

        assertThat(hits() - hits, equalTo(2.0));
        assertThat(again, equalTo(firstAnswer));
        assertThat(again.split(" ")[0], equalTo("caseworker-cache-2"));
        assertThat(again.split(" ")[2], equalTo("caseworker-cache-2"));
        assertThat(again.split(" ")[3], equalTo("caseworker"));
        assertThat(secondAgain.split(" ")[0], equalTo("auditor-cache-2"));
        assertThat(secondAgain.split(" ")[3], equalTo("auditor"));
    }

    @Test
    void aTokenWhoseSignatureWasAlteredAfterTheValidOneWasCachedIsRefused() {
        String token = Tokens.caseworker("caseworker-cache-3");
        caller(token).then().statusCode(200);
        caller(token).then().statusCode(200);
        int signature = token.lastIndexOf('.') + 1;
        int middle = signature + (token.length() - signature) / 2;
        String altered = token.substring(0, middle) + (token.charAt(middle) == 'A' ? 'B' : 'A') + token.substring(middle + 1);
        double hits = hits();

        RoleMatrix.assertUnauthenticated(caller(altered), "invalid_token");
        RoleMatrix.assertUnauthenticated(caller(altered), "invalid_token");

        assertThat(hits() - hits, equalTo(0.0));
    }

    @Test
    void aPersonWithoutMfaIsRefusedOnTheFirstAndOnTheSecondRequest() {
        String token = Tokens.person("caseworker-cache-4", "caseworker").acr(null).sign();
        double hits = hits();

        RoleMatrix.assertUnauthenticated(caller(token), "insufficient_user_authentication");
        RoleMatrix.assertUnauthenticated(caller(token), "insufficient_user_authentication");

        assertThat("the second answer came from the cache and was still checked for MFA", hits() - hits, equalTo(1.0));
    }

    @Test
    void anExpiredTokenIsRefusedAndNothingIsCachedForIt() {
        String token = Tokens.person("caseworker-cache-5", "caseworker").expired().sign();
        double hits = hits();
        double verified = verified();

        RoleMatrix.assertUnauthenticated(caller(token), "invalid_token");
        RoleMatrix.assertUnauthenticated(caller(token), "invalid_token");

        assertThat(hits() - hits, equalTo(0.0));
        assertThat(verified() - verified, equalTo(0.0));
    }

    @Test
    void aCachedTokenIsRefusedOnceItsExpiryHasPassed() throws InterruptedException {
        Instant expiry = Instant.now().plusSeconds(3);
        String token = shortLived("caseworker-cache-6", expiry);
        caller(token).then().statusCode(200);
        caller(token).then().statusCode(200);

        Thread.sleep(Math.max(0, Duration.between(Instant.now(), Instant.ofEpochSecond(expiry.getEpochSecond())).toMillis()) + 1_100);
        double hits = hits();

        RoleMatrix.assertUnauthenticated(caller(token), "invalid_token");
        assertThat(hits() - hits, equalTo(0.0));
    }

    /** A caseworker's token like {@link Tokens} makes, but expiring at the given second. */
    private static String shortLived(String subject, Instant expiry) {
        return Jwt.claims(Map.of("sub", subject, "preferred_username", subject, "acr", "2", "azp", "casework-web"))
                .issuer(Tokens.ISSUER)
                .audience(Tokens.AUDIENCE)
                .claim("realm_access", Map.of("roles", List.of("caseworker")))
                .claim("jti", UUID.randomUUID().toString())
                .issuedAt(Instant.now().minusSeconds(10).getEpochSecond())
                .expiresAt(expiry.getEpochSecond())
                .jws().keyId("1").sign("privateKey.jwk");
    }

    private static Response caller(String token) {
        return given().auth().oauth2(token).when().get("/test-only/caller");
    }

    private double hits() {
        return registry.counter(VerifiedTokens.METRIC, "result", "hit").count();
    }

    private double verified() {
        return registry.counter(VerifiedTokens.METRIC, "result", "verified").count();
    }
}
