package org.casework.platform.events;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * What waits in the outbox, for metrics and alerts: the number of unpublished events and the age of the oldest (a
 * Kafka that is down shows here, never as failed requests). Read from the database, so every replica answers alike,
 * leader or not. Plain getters: registering them as gauges is the metrics set-up's job.
 */
@ApplicationScoped
public class OutboxBacklog {

    /** The backlog at one moment. */
    public record Snapshot(long unpublished, Duration oldestAge) {
    }

    private final DataSource dataSource;
    private final Clock clock;

    public OutboxBacklog(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Events recorded but not yet published. */
    public long unpublished() {
        return snapshot().unpublished();
    }

    /** How long the oldest unpublished event has waited; zero when none waits. */
    public Duration oldestUnpublishedAge() {
        return snapshot().oldestAge();
    }

    public Snapshot snapshot() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "select count(*), min(occurred_at) from outbox_event where published_at is null")) {
            rs.next();
            Timestamp oldest = rs.getTimestamp(2);
            Duration age = oldest == null ? Duration.ZERO : Duration.between(oldest.toInstant(), clock.instant());
            return new Snapshot(rs.getLong(1), age.isNegative() ? Duration.ZERO : age);
        } catch (SQLException e) {
            throw new IllegalStateException("the outbox backlog could not be read", e);
        }
    }
}
