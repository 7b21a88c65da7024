package org.casework.local;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6238 time-based one-time codes as Keycloak checks them: HMAC-SHA1 keyed with the UTF-8 bytes
 * of the stored secret, 30-second steps, 6 digits.
 */
public final class Totp {

    private static final int PERIOD_SECONDS = 30;

    private Totp() {
    }

    public static String code(String secret, Instant at) {
        long step = at.getEpochSecond() / PERIOD_SECONDS;
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is required by every Java runtime", e);
        }
    }

    /** Seconds until the current code expires (a code is used once; the next login waits for a new one). */
    public static long secondsLeft(Instant at) {
        return PERIOD_SECONDS - at.getEpochSecond() % PERIOD_SECONDS;
    }

    /** The secret as base32, for an authenticator app (otpauth URI). */
    public static String base32(String secret) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(alphabet.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(alphabet.charAt((buffer << (5 - bits)) & 31));
        }
        return out.toString();
    }
}
