package org.casework.platform.events;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.casework.platform.lease.LeaderLease;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox rows, at least once and in order per aggregate, then marks them published. Plain JDBC
 * on one dedicated connection, so it can be tested without the application around it.
 *
 * <h2>One leader</h2>
 * Like the audit sequencer, exactly one relay per database works: the one holding the {@link LeaderLease}. All state
 * is in the table (published or not), so a new leader, or the same one after a restart, resumes where the last
 * stopped: nothing is lost, and nothing is skipped.
 *
 * <h2>Why each aggregate's events leave in order</h2>
 * {@link Outbox} numbers an aggregate's events while holding a per-aggregate lock until commit, so its event n
 * committed (and became visible) before event n + 1 was even written: n has the smaller row id, and any scan that
 * sees n + 1 sees n. A tick reads unpublished rows in id order and sends them in that order, keyed by aggregate
 * (one partition, whose order the idempotent producer keeps). It marks a row published only if the broker
 * acknowledged it and every earlier row of its aggregate in the batch; the rest are sent again, in order, next tick.
 * A consumer may so see an event twice (at least once), and drops the repeat by its id ({@link ProcessedEvents}).
 */
public final class OutboxRelay implements AutoCloseable {

    /** What a tick did: whether this relay leads, how many rows it published, how many it read but left waiting. */
    public record Tick(boolean leader, int published, int waiting) {
    }

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String SCAN = "select id, event_id, aggregate_type, aggregate_id, aggregate_seq, type, "
            + "occurred_at, data::text, traceparent from outbox_event where published_at is null order by id limit ?";

    private final LeaderLease lease;
    private final Clock clock;
    private final int batchSize;
    private final EventPublisher publisher;

    public OutboxRelay(LeaderLease.Connector connector, long lockKey, Clock clock, int batchSize, EventPublisher publisher) {
        this.lease = new LeaderLease(connector, lockKey, LeaderLease.SessionSetup.NONE);
        this.clock = clock;
        this.batchSize = batchSize;
        this.publisher = publisher;
    }

    public boolean isLeader() {
        return lease.held();
    }

    /** Whether the tick read a whole batch and published it (so the next should come at once). */
    public boolean wasFull(Tick tick) {
        return tick.published() >= batchSize;
    }

    /** Takes the lease if it is free and publishes a batch. Never throws; a broker that is down leaves rows waiting. */
    public Tick tick() {
        try {
            if (!lease.held() && !takeLease()) {
                return new Tick(false, 0, 0);
            }
            List<OutboxRow> rows = unpublished();
            if (rows.isEmpty()) {
                return new Tick(true, 0, 0);
            }
            List<Long> done = inOrderPerAggregate(rows, publisher.publish(rows));
            markPublished(done);
            return new Tick(true, done.size(), rows.size() - done.size());
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("outbox relay step failed (%s); it lets go of the lease and starts again", e.getMessage());
            close();
            return new Tick(false, 0, 0);
        }
    }

    /** The acknowledged rows whose every earlier row of the same aggregate (in this batch) was acknowledged too. */
    static List<Long> inOrderPerAggregate(List<OutboxRow> rows, Set<Long> acknowledged) {
        Set<String> stopped = new HashSet<>();
        List<Long> done = new ArrayList<>(rows.size());
        for (OutboxRow row : rows) {
            if (acknowledged.contains(row.id()) && !stopped.contains(row.aggregateKey())) {
                done.add(row.id());
            } else {
                stopped.add(row.aggregateKey());
            }
        }
        return done;
    }

    private boolean takeLease() throws SQLException {
        if (!lease.tryHold()) {
            return false;
        }
        LOG.info("outbox relay leads");
        return true;
    }

    private List<OutboxRow> unpublished() throws SQLException {
        List<OutboxRow> rows = new ArrayList<>();
        try (PreparedStatement s = lease.session().prepareStatement(SCAN)) {
            s.setInt(1, batchSize);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new OutboxRow(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
                            rs.getString(4), rs.getLong(5), rs.getString(6), rs.getTimestamp(7).toInstant(),
                            rs.getString(8), rs.getString(9)));
                }
            }
        }
        return rows;
    }

    private void markPublished(List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        Connection connection = lease.session();
        try (PreparedStatement s = connection.prepareStatement(
                "update outbox_event set published_at = ? where id = any(?)")) {
            s.setTimestamp(1, Timestamp.from(clock.instant()));
            Array array = connection.createArrayOf("bigint", ids.toArray());
            s.setArray(2, array);
            s.executeUpdate();
        }
    }

    /** Lets go of the lease and the producer. */
    @Override
    public void close() {
        publisher.close();
        lease.close();
    }
}
