package org.casework.audit.proof;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** SHA-256 and the lowercase hex spelling every API and document of the log uses. */
final class Sha256 {

    private static final HexFormat HEX = HexFormat.of();
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private Sha256() {
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    static byte[] of(byte[] bytes) {
        return digest().digest(bytes);
    }

    static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    static String hexOf(String text) {
        return hex(of(text.getBytes(StandardCharsets.UTF_8)));
    }

    static boolean isHash(String hex) {
        return hex != null && HASH.matcher(hex).matches();
    }

    /** The 32 bytes of a hash; a malformed one is refused rather than hashed as something else. */
    static byte[] bytes(String hashHex) {
        if (!isHash(hashHex)) {
            throw new IllegalArgumentException("not a lowercase hex SHA-256 hash: " + hashHex);
        }
        return HEX.parseHex(hashHex);
    }

    static byte[] hexBytes(String hex) {
        return HEX.parseHex(hex);
    }
}
