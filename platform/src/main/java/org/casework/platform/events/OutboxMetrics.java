package org.casework.platform.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

/**
 * The outbox's backlog as gauges, for the dashboard and the {@code CaseworkOutboxLagging} alert
 * (docs/runbook.md): {@code casework_outbox_unpublished} and {@code casework_outbox_oldest_unpublished_age_seconds}.
 * Read at each scrape from the database, so every replica reports the same, leader or not; one query serves both
 * gauges, and a reading is reused for a second so a scrape costs one query. A database that cannot be read reports
 * NaN (no value), never a reassuring zero.
 */
@Singleton
public class OutboxMetrics {

    private static final Duration FRESH_FOR = Duration.ofSeconds(1);

    private record Reading(OutboxBacklog.Snapshot snapshot, Instant at) {
    }

    private final OutboxBacklog backlog;
    private final Clock clock;
    private volatile Reading last;

    public OutboxMetrics(OutboxBacklog backlog, Clock clock) {
        this.backlog = backlog;
        this.clock = clock;
    }

    void register(@Observes StartupEvent event, MeterRegistry registry) {
        Gauge.builder("casework.outbox.unpublished", this, m -> m.read() == null ? Double.NaN : m.read().unpublished())
                .description("Domain events recorded but not yet published to Kafka").register(registry);
        Gauge.builder("casework.outbox.oldest.unpublished.age", this,
                m -> m.read() == null ? Double.NaN : m.read().oldestAge().toMillis() / 1000.0).baseUnit("seconds")
                .description("Age of the oldest domain event not yet published; 0 when none waits").register(registry);
    }

    private OutboxBacklog.Snapshot read() {
        Instant now = clock.instant();
        Reading r = last;
        if (r != null && Duration.between(r.at(), now).compareTo(FRESH_FOR) < 0) {
            return r.snapshot();
        }
        try {
            OutboxBacklog.Snapshot s = backlog.snapshot();
            last = new Reading(s, now);
            return s;
        } catch (IllegalStateException e) {
            return null;
        }
    }
}
