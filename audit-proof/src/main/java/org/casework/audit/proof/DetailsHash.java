package org.casework.audit.proof;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Map;

/**
 * What a leaf commits to instead of an entry's details: SHA-256(salt || UTF-8 canonical details JSON).
 * The salt (16 random bytes per entry, stored next to the details and erased with them) keeps the hash
 * from being a fingerprint of guessable personal data; once details and salt are erased, the leaf, the
 * chain and every proof stay valid, and nobody can test a guess against the remaining hash.
 */
public final class DetailsHash {

    /** Bytes of salt per entry. */
    public static final int SALT_BYTES = 16;

    /*
     * One generator per thread, each with its own state (DRBG, NIST SP 800-90Ar1, seeded from the system's entropy):
     * the default generator on Linux (NativePRNG) keeps one state for the whole JVM behind a lock, and a salt is drawn
     * on every audited request.
     */
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(DetailsHash::generator);

    private DetailsHash() {
    }

    /** Hex SHA-256 over the salt's bytes followed by the UTF-8 bytes of the canonical details JSON. */
    public static String of(String saltHex, String canonicalDetailsJson) {
        if (!isSalt(saltHex)) {
            throw new IllegalArgumentException("the salt is not lowercase hex bytes");
        }
        MessageDigest digest = Sha256.digest();
        digest.update(Sha256.hexBytes(saltHex));
        digest.update(canonicalDetailsJson.getBytes(StandardCharsets.UTF_8));
        return Sha256.hex(digest.digest());
    }

    /** The same over a details map, written with {@link CanonicalJson}. */
    public static String of(String saltHex, Map<String, ?> details) {
        return of(saltHex, CanonicalJson.write(details));
    }

    /** A fresh random salt of {@link #SALT_BYTES} bytes, as hex. */
    public static String newSalt() {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.get().nextBytes(salt);
        return Sha256.hex(salt);
    }

    private static SecureRandom generator() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no DRBG SecureRandom in this Java runtime", e);
        }
    }

    static boolean isSalt(String hex) {
        return hex != null && !hex.isEmpty() && hex.length() % 2 == 0 && Sha256.isLowerHex(hex);
    }
}
