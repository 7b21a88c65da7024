package org.casework.platform.ratelimit;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Brings this replica's counts and the other replicas' together: on one thread of its own, every
 * {@code casework.rate-limit.sync-every}, it adds what this replica counted since the last time to the database
 * ({@link RateCounter}) and keeps the totals it reads back. Requests never wait for it. If the database cannot be
 * reached, each replica goes on limiting with its own counts (one warning a minute), and sends them once it can.
 */
@Singleton
public class RateCountSync {

    private static final Logger LOG = Logger.getLogger(RateCountSync.class);

    private final RateTally tally = new RateTally();
    private final RateCounter counter;
    private final RateLimitConfig config;
    private final Clock clock;
    private final AtomicLong lastFailureLogged = new AtomicLong();
    private ScheduledExecutorService thread;

    public RateCountSync(RateCounter counter, RateLimitConfig config, Clock clock) {
        this.counter = counter;
        this.config = config;
        this.clock = clock;
    }

    /** Counts one request of {@code bucket} on this replica, at once. */
    public Allowance count(Bucket bucket) {
        return tally.count(bucket, clock.instant(), config.window());
    }

    /** Sends what this replica counted and takes in the totals; answers how many buckets it sent. */
    public int synchronise() {
        Instant now = clock.instant();
        List<RateTally.Unsent> unsent = tally.unsent(now, config.window());
        if (unsent.isEmpty()) {
            return 0;
        }
        Map<String, RateTally.Unsent> byBucket = new HashMap<>();
        List<RateCounter.Delta> deltas = unsent.stream().map(u -> {
            byBucket.put(u.slot().key, u);
            return new RateCounter.Delta(u.slot().key, Instant.ofEpochMilli(u.slot().windowStart), u.delta());
        }).toList();
        try {
            for (RateCounter.Total total : counter.add(deltas)) {
                RateTally.settle(byBucket.get(total.bucket()), total.windowStart().toEpochMilli(), total.used());
            }
        } catch (Exception e) {
            logFailure(e);
        }
        return deltas.size();
    }

    void start(@Observes StartupEvent started) {
        if (!config.enabled()) {
            return;
        }
        thread = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread t = new Thread(task, "rate-count-sync");
            t.setDaemon(true);
            return t;
        });
        long every = config.syncEvery().toMillis();
        thread.scheduleWithFixedDelay(this::synchroniseQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (thread != null) {
            thread.shutdownNow();
        }
    }

    private void synchroniseQuietly() {
        try {
            synchronise();
        } catch (RuntimeException e) {
            logFailure(e);
        }
    }

    /** At most one line a minute: a database that cannot be reached would otherwise log five times a second. */
    private void logFailure(Exception cause) {
        long now = System.currentTimeMillis();
        long last = lastFailureLogged.get();
        if (now - last > 60_000 && lastFailureLogged.compareAndSet(last, now)) {
            LOG.warnf("rate-limit counts not shared with the other replicas this time; each limits on its own counts (%s)",
                    cause.getClass().getSimpleName());
        }
    }
}
