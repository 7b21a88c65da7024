package org.casework.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Base64;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Identities Quarkus OIDC produced from bearer tokens it verified, so a client that sends the same token
 * many times has it verified (JSON parsing, RSA signature, claims) once, not on every request.
 *
 * <ul>
 * <li>The key is the SHA-256 of the whole token string: the token itself is never kept, and any other
 * string (one character of the signature changed, the same payload signed by someone else) is a miss
 * and goes to the verifier.</li>
 * <li>An entry is answered until the earlier of the token's {@code exp} and {@code maxAge} after its
 * verification. A JWT verified locally cannot be revoked before {@code exp} anyway; what a fresh
 * verification can still catch is a signing key withdrawn from the issuer's JWKS, and the maximum age
 * bounds how much longer than the verifier this cache honours such a key (60 s by default). The
 * verifier itself only drops the key when Quarkus OIDC fetches the JWKS again (docs/security.md).</li>
 * <li>An expired entry is never answered: each read compares with the clock, whatever the clean-up did.</li>
 * <li>Reads take no lock (Caffeine), and the size is bounded: a flood of distinct tokens evicts entries,
 * it cannot grow the heap.</li>
 * </ul>
 * Only successful verifications are put here (by {@link VerifiedTokens}); a refusal is never cached.
 */
public final class VerifiedTokenCache {

    private record Entry(SecurityIdentity identity, Instant notAfter) {
    }

    /** One digest per thread: a digest is not thread-safe, and a shared one would need a lock per request. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(VerifiedTokenCache::sha256);

    /** Beyond this a withdrawn signing key would be honoured too long; refused at start-up. */
    static final Duration LONGEST_MAX_AGE = Duration.ofHours(1);

    private final Cache<String, Entry> entries;
    private final InstantSource clock;
    private final Duration maxAge;

    public VerifiedTokenCache(InstantSource clock, Duration maxAge, int maxEntries) {
        if (maxAge.isNegative() || maxAge.isZero() || maxAge.compareTo(LONGEST_MAX_AGE) > 0) {
            throw new IllegalArgumentException("casework.security.token-cache.max-age must be positive and at most "
                    + LONGEST_MAX_AGE + " (a withdrawn signing key must stop being honoured soon): " + maxAge);
        }
        if (maxEntries < 1) {
            throw new IllegalArgumentException("casework.security.token-cache.max-entries must be positive: " + maxEntries);
        }
        this.clock = clock;
        this.maxAge = maxAge;
        this.entries = Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .expireAfter(new UntilNotAfter())
                .build();
    }

    /** The identity verified for exactly this token string, or null when there is none still valid now. */
    public SecurityIdentity find(String token) {
        String key = key(token);
        Entry entry = entries.getIfPresent(key);
        if (entry == null) {
            return null;
        }
        if (!clock.instant().isBefore(entry.notAfter())) {
            entries.asMap().remove(key, entry);
            return null;
        }
        return entry.identity();
    }

    /**
     * Keeps the identity a verification of this token produced, until the earlier of {@code expiresAt}
     * (the token's {@code exp}) and the maximum age from now. A token already expired is not kept.
     */
    public void remember(String token, SecurityIdentity identity, Instant expiresAt) {
        Instant now = clock.instant();
        Instant capped = now.plus(maxAge);
        Instant notAfter = expiresAt.isBefore(capped) ? expiresAt : capped;
        if (notAfter.isAfter(now)) {
            entries.put(key(token), new Entry(identity, notAfter));
        }
    }

    /** Entries held now, after pending evictions ran (for tests and metrics). */
    public long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }

    /** Base64 of the SHA-256 of the token's UTF-8 bytes: the only form of a token this cache holds. */
    static String key(String token) {
        byte[] digest = SHA_256.get().digest(token.getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * Lets Caffeine drop an entry once it may no longer be answered, so expired entries do not wait for
     * the size bound. {@link #find} checks the time itself; this is only the clean-up.
     */
    private final class UntilNotAfter implements Expiry<String, Entry> {

        @Override
        public long expireAfterCreate(String key, Entry entry, long currentTime) {
            return Math.max(0, Duration.between(clock.instant(), entry.notAfter()).toNanos());
        }

        @Override
        public long expireAfterUpdate(String key, Entry entry, long currentTime, long currentDuration) {
            return expireAfterCreate(key, entry, currentTime);
        }

        @Override
        public long expireAfterRead(String key, Entry entry, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
