package org.casework.platform.ratelimit;

import java.sql.SQLException;
import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Forgets callers whose last window ended long ago, so the table holds the active callers only. */
@ApplicationScoped
public class RateWindowsCleanup {

    private static final Logger LOG = Logger.getLogger(RateWindowsCleanup.class);

    private final RateCounter counter;
    private final RateLimitConfig config;
    private final Clock clock;

    public RateWindowsCleanup(RateCounter counter, RateLimitConfig config, Clock clock) {
        this.counter = counter;
        this.config = config;
        this.clock = clock;
    }

    /** Every replica may run it: deleting a row another replica deletes too is harmless. */
    @Scheduled(every = "${casework.rate-limit.cleanup-every:5m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetOldWindows() {
        try {
            counter.forgetWindowsBefore(clock.instant().minus(config.window().multipliedBy(2)));
        } catch (SQLException e) {
            LOG.debugf("old rate-limit windows not removed this time: %s", e.getClass().getSimpleName());
        }
    }
}
