package org.casework.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.casework.audit.proof.CompactRange;
import org.casework.audit.proof.EntryHash;
import org.casework.audit.proof.Merkle;
import org.casework.audit.proof.MerkleNode;
import org.jboss.logging.Logger;

/**
 * Links committed audit entries into the chain (gap-free {@code seq}, previous hash, entry hash) and the
 * Merkle tree, in batches, and signs checkpoints. Plain JDBC on one dedicated connection, so it can be tested
 * without the application around it.
 *
 * <h2>One leader</h2>
 * Exactly one sequencer per database works: the one holding a session-level advisory lock on its own
 * connection. The others stay followers and try again each tick. When the leader's process or connection dies
 * its session ends, PostgreSQL releases the lock and a follower takes over, reloading its state from the
 * tables. Even two leaders could not fork the chain: {@code seq} and {@code entry_id} are unique, so one of
 * them fails, drops its state and re-reads it.
 *
 * <h2>Why no committed entry is ever skipped</h2>
 * An entry's id (or time) is taken before its transaction commits, and transactions commit in any order: a
 * scan for "id greater than the last linked id" would miss an entry whose transaction took a small id and
 * committed after the scan. So the scan does not look at ids; it looks for entries that have no link yet,
 * restricted by a floor that is provably safe:
 * <ul>
 * <li>Each scan is one statement, so one snapshot S. With the rows it reads it returns X = xmin(S): every
 * transaction with an xid below X had ended (committed or rolled back) before S was taken, so each of their
 * committed entries is visible in S.</li>
 * <li>An entry's {@code txid} is its own transaction's xid ({@code pg_current_xact_id()}, the top-level xid
 * even inside a savepoint).</li>
 * <li>If the scan returned fewer rows than its limit, it saw every visible unlinked entry, and this tick
 * links all of them. Then every committed entry with {@code txid < X} is linked, now and forever (later
 * commits all have xids ≥ X), and later scans only need {@code txid >= X} (indexed), still excluding linked
 * entries. If the batch was full the floor stays where it was.</li>
 * </ul>
 * The floor used by a scan is stored on the links it writes ({@code scan_floor}): a new leader resumes from
 * the last one instead of scanning the whole table. Entries a scan sees are linked in id order; the chain's
 * order is the order of linking, which is all the chain promises.
 */
public final class AuditSequencer implements AutoCloseable {

    /** Opens a new connection to the service's database (not from the pool: the lease is held on it). */
    @FunctionalInterface
    public interface Connector {
        Connection connect() throws SQLException;
    }

    /** What a tick did, for metrics: the entries it linked and how long each waited. */
    public record Tick(boolean leader, int linked, List<Duration> lags) {
    }

    private static final Logger LOG = Logger.getLogger(AuditSequencer.class);
    private static final String SCAN = "with w as (select pg_snapshot_xmin(pg_current_snapshot())::text as x) "
            + "select w.x, " + StoredEntry.COLUMNS + " from w left join lateral (select * from audit_entry e "
            + "where e.txid >= cast(? as xid8) and not exists (select 1 from audit_link l where l.entry_id = e.id) "
            + "order by e.id limit ?) e on true";

    private final Connector connector;
    private final long lockKey;
    private final Clock clock;
    private final int batchSize;
    private final CheckpointWriter checkpoints;
    private Connection connection;
    private boolean leader;
    private ChainState state;

    public AuditSequencer(Connector connector, long lockKey, Clock clock, int batchSize, CheckpointWriter checkpoints) {
        this.connector = connector;
        this.lockKey = lockKey;
        this.clock = clock;
        this.batchSize = batchSize;
        this.checkpoints = checkpoints;
    }

    public boolean isLeader() {
        return leader;
    }

    /** Whether the last tick filled its batch (so the next should come at once). */
    public boolean wasFull(Tick tick) {
        return tick.linked() >= batchSize;
    }

    /** Takes the lease if it is free, links what is committed, and checkpoints when due. Never throws. */
    public Tick tick() {
        try {
            if (!leader && !takeLease()) {
                return new Tick(false, 0, List.of());
            }
            Tick tick = linkBatch();
            checkpoints.maybeWrite(connection, state.range(), clock.instant());
            return tick;
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("audit sequencer step failed (%s); it lets go of the lease and starts again", e.getMessage());
            close();
            return new Tick(false, 0, List.of());
        }
    }

    private boolean takeLease() throws SQLException {
        if (connection == null || connection.isClosed()) {
            connection = connector.connect();
            connection.setAutoCommit(true);
        }
        try (PreparedStatement s = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            s.setLong(1, lockKey);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return false;
                }
            }
        }
        state = ChainState.load(connection);
        connection.setAutoCommit(false);
        leader = true;
        LOG.infof("audit sequencer leads: chain at %d, resuming from xid %s", state.lastSeq(), state.floor());
        checkpoints.onLeading(connection, state.range(), clock.instant());
        return true;
    }

    private Tick linkBatch() throws SQLException {
        List<StoredEntry> entries = new ArrayList<>();
        String watermark;
        try (PreparedStatement s = connection.prepareStatement(SCAN)) {
            s.setString(1, state.floor());
            s.setInt(2, batchSize);
            try (ResultSet rs = s.executeQuery()) {
                watermark = null;
                while (rs.next()) {
                    watermark = rs.getString(1);
                    if (rs.getObject(2) != null) {
                        entries.add(StoredEntry.read(rs, 2));
                    }
                }
            }
        }
        Instant now = clock.instant();
        List<Duration> lags = new ArrayList<>(entries.size());
        if (!entries.isEmpty()) {
            ChainState next = link(entries, now, lags::add);
            connection.commit();
            state = next;
        } else {
            connection.rollback();
        }
        if (entries.size() < batchSize) {
            state = state.withFloor(watermark);
        }
        return new Tick(true, entries.size(), lags);
    }

    private ChainState link(List<StoredEntry> entries, Instant now, Consumer<Duration> lag) throws SQLException {
        long seq = state.lastSeq();
        String previous = state.lastHash();
        CompactRange range = CompactRange.of(state.range().size(), state.range().frontier());
        try (PreparedStatement links = connection.prepareStatement("insert into audit_link (seq, entry_id, "
                + "previous_hash, hash, scan_floor, linked_at) values (?, ?, ?, ?, cast(? as xid8), ?)");
                PreparedStatement nodes = connection.prepareStatement(
                        "insert into audit_merkle_node (level, idx, hash) values (?, ?, ?)")) {
            for (StoredEntry entry : entries) {
                seq++;
                String hash = EntryHash.link(previous, entry.leaf(seq));
                links.setLong(1, seq);
                links.setLong(2, entry.id());
                links.setString(3, previous);
                links.setString(4, hash);
                links.setString(5, state.floor());
                links.setObject(6, java.sql.Timestamp.from(now));
                links.addBatch();
                for (MerkleNode node : range.append(Merkle.leafHash(hash))) {
                    nodes.setInt(1, node.level());
                    nodes.setLong(2, node.index());
                    nodes.setString(3, node.hash());
                    nodes.addBatch();
                }
                previous = hash;
                lag.accept(Duration.between(entry.occurredAt(), now));
            }
            links.executeBatch();
            nodes.executeBatch();
        }
        return new ChainState(seq, previous, state.floor(), range);
    }

    /** Lets go of the lease (closing the connection ends the session, which releases the lock). */
    @Override
    public void close() {
        leader = false;
        state = null;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // the connection is already gone, and the lease with it
            }
            connection = null;
        }
    }
}
