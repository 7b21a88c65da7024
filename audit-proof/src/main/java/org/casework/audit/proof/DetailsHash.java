package org.casework.audit.proof;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a leaf commits to instead of an entry's details: SHA-256(salt || UTF-8 canonical details JSON).
 * The salt (16 random bytes per entry, stored next to the details and erased with them) keeps the hash
 * from being a fingerprint of guessable personal data; once details and salt are erased, the leaf, the
 * chain and every proof stay valid, and nobody can test a guess against the remaining hash.
 */
public final class DetailsHash {

    /** Bytes of salt per entry. */
    public static final int SALT_BYTES = 16;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SALT = Pattern.compile("([0-9a-f]{2})+");

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
        RANDOM.nextBytes(salt);
        return Sha256.hex(salt);
    }

    static boolean isSalt(String hex) {
        return hex != null && SALT.matcher(hex).matches();
    }
}
