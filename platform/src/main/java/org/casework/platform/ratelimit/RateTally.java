package org.casework.platform.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * This replica's count of each bucket in its current window, kept in memory so that counting a request takes no lock
 * shared with other callers and no database round trip: a request adds one to its bucket's atomic counter and compares
 * the sum with the quota.
 *
 * <p>The other replicas' requests arrive by {@link #unsent()} and {@link #settle}: every few hundred milliseconds one
 * thread ({@link RateCountSync}) adds what this replica counted since the last time to the bucket's row in the
 * database and learns the total of every replica. So one replica's count is exact, and the count across replicas lags
 * by at most one synchronisation: with {@code n} replicas a caller can get at most what the other {@code n - 1}
 * admitted in that interval beyond the quota, a few requests against quotas of hundreds a minute.
 */
final class RateTally {

    /** One bucket in one window, on this replica. */
    static final class Slot {
        final String key;
        final long windowStart;
        /** Every request this replica counted in the window; only grows. */
        final AtomicInteger counted = new AtomicInteger();
        /** How many of {@link #counted} the database has (written by the synchronising thread only). */
        volatile int sent;
        /** The other replicas' requests in the window, as of the last synchronisation. */
        volatile int others;

        Slot(String key, long windowStart) {
            this.key = key;
            this.windowStart = windowStart;
        }
    }

    /** What one synchronisation sends for a slot, and the count it was taken at. */
    record Unsent(Slot slot, int countedThen) {

        int delta() {
            return countedThen - slot.sent;
        }
    }

    private final Map<String, Slot> slots = new ConcurrentHashMap<>();

    /** Counts one request against {@code bucket} at {@code now}, in fixed windows of length {@code window}. */
    Allowance count(Bucket bucket, Instant now, Duration window) {
        long windowMillis = window.toMillis();
        long start = Math.floorDiv(now.toEpochMilli(), windowMillis) * windowMillis;
        Slot slot = slots.get(bucket.key());
        if (slot == null || slot.windowStart < start) {
            // A new window starts from nothing; what the last one counted no longer limits anyone.
            slot = slots.compute(bucket.key(), (key, old) -> old == null || old.windowStart < start ? new Slot(key, start) : old);
        }
        int used = slot.others + slot.counted.incrementAndGet();
        long reset = Math.max(1, Duration.ofMillis(slot.windowStart + windowMillis - now.toEpochMilli()).toSeconds());
        return new Allowance(bucket, used, reset, window.toSeconds());
    }

    /** The slots with requests the database does not have yet, and forgets windows that ended before {@code now}. */
    List<Unsent> unsent(Instant now, Duration window) {
        long current = Math.floorDiv(now.toEpochMilli(), window.toMillis()) * window.toMillis();
        List<Unsent> unsent = new ArrayList<>();
        for (Slot slot : slots.values()) {
            if (slot.windowStart < current) {
                slots.remove(slot.key, slot);
                continue;
            }
            int counted = slot.counted.get();
            if (counted > slot.sent) {
                unsent.add(new Unsent(slot, counted));
            }
        }
        return unsent;
    }

    /**
     * Records that the database added {@code unsent} to the bucket's row and now counts {@code total} in the window
     * starting at {@code windowStart}, every replica together.
     */
    static void settle(Unsent unsent, long windowStart, int total) {
        Slot slot = unsent.slot();
        slot.sent = unsent.countedThen();
        if (windowStart == slot.windowStart) {
            slot.others = Math.max(0, total - unsent.countedThen());
        }
    }

    int size() {
        return slots.size();
    }
}
