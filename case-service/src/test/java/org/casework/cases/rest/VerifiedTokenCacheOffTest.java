package org.casework.cases.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import jakarta.inject.Inject;

import org.casework.platform.security.VerifiedTokens;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With the cache switched off, every request's token is verified again. */
@QuarkusTest
@TestProfile(VerifiedTokenCacheOffTest.CacheOff.class)
class VerifiedTokenCacheOffTest {

    public static class CacheOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("casework.security.token-cache.enabled", "false");
        }
    }

    @Inject
    MeterRegistry registry;

    @Test
    void theSameTokenThreeTimesIsVerifiedThreeTimes() {
        String token = Tokens.caseworker("caseworker-uncached");
        double hits = count("hit");
        double verified = count("verified");

        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).when().get("/test-only/caller").then().statusCode(200);
        }

        assertThat(count("verified") - verified, equalTo(3.0));
        assertThat(count("hit") - hits, equalTo(0.0));
    }

    private double count(String result) {
        return registry.counter(VerifiedTokens.METRIC, "result", result).count();
    }
}
