package org.casework.platform.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The audit entries waiting for the sequencer, as the metrics read them: how many, and how long the oldest has
 * waited. A scrape reads both gauges one after the other; the count is kept for a second so that is one query.
 * A failed read is {@code NaN} (Prometheus' "no value"), never an exception in the scrape.
 */
final class AuditBacklog {

    private static final Duration FRESH_FOR = Duration.ofSeconds(1);

    private record Reading(AuditStore.Pending pending, Instant at) {
    }

    private final AuditStore store;
    private final Clock clock;
    private volatile Reading last;

    AuditBacklog(AuditStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    double count() {
        AuditStore.Pending p = read();
        return p == null ? Double.NaN : p.count();
    }

    double oldestAgeSeconds() {
        AuditStore.Pending p = read();
        if (p == null) {
            return Double.NaN;
        }
        return p.oldest() == null ? 0 : Math.max(0, Duration.between(p.oldest(), clock.instant()).toMillis() / 1000.0);
    }

    private AuditStore.Pending read() {
        Instant now = clock.instant();
        Reading r = last;
        if (r == null || !r.at().plus(FRESH_FOR).isAfter(now) || r.at().isAfter(now)) {
            try {
                r = new Reading(store.pending(), now);
            } catch (RuntimeException e) {
                return null;
            }
            last = r;
        }
        return r.pending();
    }
}
