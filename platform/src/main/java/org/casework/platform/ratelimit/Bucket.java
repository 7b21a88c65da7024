package org.casework.platform.ratelimit;

/**
 * What one request is counted against: the caller (a person's or client's token subject, or an anonymous caller's
 * network address) and the class of operation, with that class's quota.
 *
 * @param key the row the count is kept in, e.g. {@code person:<sub>:read}
 * @param policy the policy's name in the RateLimit header fields ({@code read} or {@code change})
 * @param quota requests allowed in a window
 */
public record Bucket(String key, String policy, int quota) {

    /** Callers' subjects and addresses are bounded before they reach the table. */
    static final int MAX_KEY_LENGTH = 300;

    public Bucket {
        if (key.length() > MAX_KEY_LENGTH) {
            key = key.substring(0, MAX_KEY_LENGTH);
        }
    }
}
