package org.casework.platform.ratelimit;

/**
 * A bucket's state after counting one request.
 *
 * @param bucket what was counted
 * @param used requests counted in this window, this one included
 * @param resetSeconds seconds until the window ends (at least 1)
 * @param windowSeconds the window's length
 */
public record Allowance(Bucket bucket, int used, long resetSeconds, long windowSeconds) {

    public boolean allowed() {
        return used <= bucket.quota();
    }

    public int remaining() {
        return Math.max(0, bucket.quota() - used);
    }

    /**
     * The {@code RateLimit-Policy} field (IETF httpapi draft "RateLimit header fields for HTTP", structured-field
     * form): the policy's name, its quota and its window in seconds.
     */
    public String policyField() {
        return "\"" + bucket.policy() + "\";q=" + bucket.quota() + ";w=" + windowSeconds;
    }

    /** The {@code RateLimit} field of the same draft: what remains and when the window resets. */
    public String limitField() {
        return "\"" + bucket.policy() + "\";r=" + remaining() + ";t=" + resetSeconds;
    }
}
