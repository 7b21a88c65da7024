package org.casework.platform.limits;

/**
 * The one check behind every "at most N of these on one notice" rule. A service's lists state their longest length
 * in its API document (OWASP API4), so the server must hold to it: the caller counts what is held under the row lock
 * of the record they belong to (so the count is exact however many requests arrive at once) and asks here before
 * storing one more. The refusal is a plain exception; {@link RecordLimitMapper} chooses its answer.
 */
public final class RecordLimit {

    private RecordLimit() {
    }

    /**
     * Refuses one more {@code what} (a plural noun: "appeals", "representations") when {@code held} are held already.
     *
     * @throws RecordLimitReachedException when {@code held} has reached {@code limit}
     */
    public static void requireRoom(long held, int limit, String what) {
        if (held >= limit) {
            throw new RecordLimitReachedException(what, limit, held);
        }
    }
}
