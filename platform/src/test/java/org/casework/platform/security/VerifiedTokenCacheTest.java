package org.casework.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

class VerifiedTokenCacheTest {

    private static final Instant START = Instant.parse("2026-12-04T10:00:00Z");
    private static final String HEADER_AND_PAYLOAD = "eyJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.eyJzdWIiOiJjYXNld29ya2VyLTEifQ";
    private static final String TOKEN = HEADER_AND_PAYLOAD + ".c2lnbmF0dXJlLW9mLXRoZS1pc3N1ZXItb3Zlci10aGUtd2hvbGUtdG9rZW4";

    private final AtomicReference<Instant> now = new AtomicReference<>(START);
    private final InstantSource clock = now::get;

    @Test
    void anEntryEndsAtTheTokensExpiryEvenWhenTheMaximumAgeIsLonger() {
        VerifiedTokenCache cache = new VerifiedTokenCache(clock, Duration.ofSeconds(60), 10);
        SecurityIdentity identity = identity("caseworker-1");
        cache.remember(TOKEN, identity, START.plusSeconds(10));

        advance(Duration.ofSeconds(9).plusMillis(999));
        assertSame(identity, cache.find(TOKEN));

        advance(Duration.ofMillis(1));
        assertNull(cache.find(TOKEN), "at exp the token is expired: never answered from the cache");
    }

    @Test
    void theMaximumAgeCapsALongLivedToken() {
        VerifiedTokenCache cache = new VerifiedTokenCache(clock, Duration.ofSeconds(60), 10);
        cache.remember(TOKEN, identity("caseworker-1"), START.plus(Duration.ofHours(10)));

        advance(Duration.ofSeconds(59));
        assertTrue(cache.find(TOKEN) != null);

        advance(Duration.ofSeconds(1));
        assertNull(cache.find(TOKEN), "60 s after its verification the token must be verified again");
    }

    @Test
    void aTokenAlreadyExpiredIsNotKept() {
        VerifiedTokenCache cache = new VerifiedTokenCache(clock, Duration.ofSeconds(60), 10);
        cache.remember(TOKEN, identity("caseworker-1"), START);
        cache.remember(TOKEN + "x", identity("caseworker-1"), START.minusSeconds(1));

        assertNull(cache.find(TOKEN));
        assertEquals(0, cache.size());
    }

    @Test
    void theCacheHoldsNoMoreThanItsBoundWhateverTheNumberOfDistinctTokens() {
        VerifiedTokenCache cache = new VerifiedTokenCache(clock, Duration.ofSeconds(60), 100);
        for (int i = 0; i < 5_000; i++) {
            cache.remember(TOKEN + i, identity("caseworker-" + i), START.plusSeconds(600));
        }

        assertTrue(cache.size() <= 100, "held " + cache.size());
    }

    @Test
    void theSamePayloadWithAnAlteredSignatureIsAMiss() {
        VerifiedTokenCache cache = new VerifiedTokenCache(clock, Duration.ofSeconds(60), 10);
        cache.remember(TOKEN, identity("caseworker-1"), START.plusSeconds(600));
        String altered = HEADER_AND_PAYLOAD + ".c2lnbmF0dXJlLW9mLXRoZS1pc3N1ZXItb3Zlci10aGUtd2hvbGUtdG9rZW5";

        assertNull(cache.find(altered));
        assertNull(cache.find(HEADER_AND_PAYLOAD + "."), "the unsigned form of the same claims");
    }

    @Test
    void onlyTheWholeTokenStringFindsItsEntry() {
        VerifiedTokenCache cache = new VerifiedTokenCache(clock, Duration.ofSeconds(60), 10);
        cache.remember(TOKEN, identity("caseworker-1"), START.plusSeconds(600));

        assertNull(cache.find(HEADER_AND_PAYLOAD), "header and payload alone");
        assertNull(cache.find(TOKEN.substring(0, TOKEN.length() - 1)), "a prefix");
        assertNull(cache.find(TOKEN + "A"), "a longer string");
        assertNull(cache.find(" " + TOKEN), "with a leading space");
        assertNull(cache.find(TOKEN.toUpperCase()), "another case");
        assertTrue(cache.find(TOKEN) != null);
    }

    @Test
    void theKeyIsTheSha256OfTheWholeTokenAndNeverTheTokenItself() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(TOKEN.getBytes(StandardCharsets.UTF_8));

        String key = VerifiedTokenCache.key(TOKEN);

        assertEquals(Base64.getUrlEncoder().withoutPadding().encodeToString(digest), key);
        assertFalse(key.contains(HEADER_AND_PAYLOAD.substring(0, 20)));
        assertNotEquals(key, VerifiedTokenCache.key(TOKEN.substring(0, TOKEN.length() - 1) + "X"));
    }

    @Test
    void aMaximumAgeThatIsNotPositiveOrLongerThanAnHourIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new VerifiedTokenCache(clock, Duration.ZERO, 10));
        assertThrows(IllegalArgumentException.class, () -> new VerifiedTokenCache(clock, Duration.ofMinutes(61), 10));
        assertThrows(IllegalArgumentException.class, () -> new VerifiedTokenCache(clock, Duration.ofSeconds(60), 0));
    }

    @Test
    void theCachesClockNeverLagsTheSystemClockTheVerifierUses() {
        Instant past = Instant.parse("2020-01-01T00:00:00Z");
        Instant future = Instant.now().plus(Duration.ofDays(400));

        assertTrue(VerifiedTokens.notBehindSystemTime(Clock.fixed(past, ZoneOffset.UTC)).instant()
                .isAfter(Instant.now().minusSeconds(5)), "a clock set back is overruled by system time");
        assertEquals(future, VerifiedTokens.notBehindSystemTime(Clock.fixed(future, ZoneOffset.UTC)).instant());
    }

    private void advance(Duration duration) {
        now.updateAndGet(i -> i.plus(duration));
    }

    private static SecurityIdentity identity(String subject) {
        return QuarkusSecurityIdentity.builder().setPrincipal(() -> subject).addRole("caseworker").build();
    }
}
