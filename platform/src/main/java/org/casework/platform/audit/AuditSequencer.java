package org.casework.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
import org.casework.platform.lease.LeaderLease;
import org.jboss.logging.Logger;

/**
 * Links committed audit entries into the chain (gap-free {@code seq}, previous hash, entry hash) and the
 * Merkle tree, in batches, and signs checkpoints. Plain JDBC on one dedicated connection, so it can be tested
 * without the application around it.
 *
 * <h2>One leader</h2>
 * Exactly one sequencer per database works: the one holding the {@link LeaderLease}. The others stay
 * followers and try again each tick; one that takes over reloads its state from the tables. Even two leaders could not fork the chain: {@code seq} and {@code entry_id} are unique, so one of
 * them fails, drops its state and re-reads it.
 *
 * <h2>Why no committed entry is ever skipped</h2>
 * An entry's id (or time) is taken before its transaction commits, and transactions commit in any order: a
 * scan for "id greater than the last linked id", alone, would miss an entry whose transaction took a small id
 * and committed after the scan. So what makes an entry due is having no link yet, and what lets a scan pass
 * over entries is a <em>floor</em> that is provably safe: every committed entry whose {@code txid} is below it
 * is linked, now and forever.
 * <ul>
 * <li>Each scan is one statement, so one snapshot S. With the rows it reads it returns X = xmin(S): every
 * transaction with an xid below X had ended (committed or rolled back) before S was taken, so each of their
 * committed entries is visible in S and in every later snapshot.</li>
 * <li>An entry's {@code txid} is its own transaction's xid ({@code pg_current_xact_id()}, the top-level xid
 * even inside a savepoint).</li>
 * <li>A scan returns the first unlinked entries it sees, in id order, up to the batch limit, and this tick links
 * all of them. From the floor it asks only for {@code txid >= floor} (indexed): those below are linked.</li>
 * <li>A scan from the floor alone that returned fewer rows than its limit saw every visible unlinked entry.
 * Once they are linked, every committed entry with {@code txid < X} is linked, and later commits all have xids
 * ≥ X: the floor moves to X.</li>
 * <li>A full batch starts a <em>run</em>. Each later scan of the run asks for {@code id > cursor}, the largest
 * id the run has linked, instead of {@code txid >= floor} (entries below the floor are linked, so no answer
 * changes): a primary-key range, so it reads about a batch of rows instead of every entry linked since the
 * floor, which made catching up a backlog quadratic ({@link EntryScan}). The run's scans S1 … Sm, with cursors
 * c1 &lt; … &lt; c(m-1), cover the ids (−∞, c1], (c1, c2], …, (c(m-1), ∞): a full scan Sk returned the first
 * unlinked entries it saw after c(k-1), so once they are linked every entry Sk saw in (c(k-1), ck] is linked;
 * the last, Sm, returned fewer rows than its limit, so all it saw after c(m-1). Take a committed entry with
 * {@code txid < X1}, X1 = xmin(S1), not linked before the run (so {@code txid >= floor}): its transaction had
 * ended before S1, so every scan of the run saw it, the one covering its id too, which linked it. So when Sm's entries
 * are linked, every committed entry below X1 is: the floor moves to X1 and the cursor is dropped. An entry a
 * run's scan could not see, whatever its id, has {@code txid ≥ X1} (had its transaction ended before S1, every
 * scan would see it), so the next scan, from the new floor without a cursor, finds it once it commits.</li>
 * </ul>
 * The floor a scan used is stored on the links it writes ({@code scan_floor}): a new leader resumes from the
 * last one, with no cursor, instead of scanning the whole table. During a run that is the floor from before
 * the run, never X1, which is safe only once the run has ended; the cursor and X1 live in memory only. Entries
 * a scan sees are linked in id order; the chain's order is the order of linking, which is all the chain
 * promises.
 */
public final class AuditSequencer implements AutoCloseable {

    /**
     * What a tick did, for metrics: the entries it linked and how long each waited; {@code after}, the cursor
     * its scan started after during a run of full batches (null for a scan from the floor alone).
     */
    public record Tick(boolean leader, int linked, List<Duration> lags, Long after) {
    }

    private static final Logger LOG = Logger.getLogger(AuditSequencer.class);

    /*
     * Each scan planned for its own floor and cursor: a generic plan cannot know how few entries are at or above the
     * floor, and the one EXPLAIN showed for the scan from the floor walks the whole primary key (PostgreSQL switches
     * to it once it no longer looks dearer than custom ones).
     */
    private static final LeaderLease.SessionSetup CUSTOM_PLANS = session -> {
        try (Statement s = session.createStatement()) {
            s.execute("set plan_cache_mode = force_custom_plan");
        }
    };

    private final LeaderLease lease;
    private final Clock clock;
    private final int batchSize;
    private final CheckpointWriter checkpoints;
    /** The session the lease is held on, while leading; null otherwise. */
    private Connection connection;
    private ChainState state;

    public AuditSequencer(LeaderLease.Connector connector, long lockKey, Clock clock, int batchSize,
            CheckpointWriter checkpoints) {
        this.lease = new LeaderLease(connector, lockKey, CUSTOM_PLANS);
        this.clock = clock;
        this.batchSize = batchSize;
        this.checkpoints = checkpoints;
    }

    public boolean isLeader() {
        return connection != null;
    }

    /** Whether the last tick filled its batch (so the next should come at once). */
    public boolean wasFull(Tick tick) {
        return tick.linked() >= batchSize;
    }

    /** Takes the lease if it is free, links what is committed, and checkpoints when due. Never throws. */
    public Tick tick() {
        try {
            if (connection == null && !takeLease()) {
                return new Tick(false, 0, List.of(), null);
            }
            Tick tick = linkBatch();
            checkpoints.maybeWrite(connection, state.range(), clock.instant());
            return tick;
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("audit sequencer step failed (%s); it lets go of the lease and starts again", e.getMessage());
            close();
            return new Tick(false, 0, List.of(), null);
        }
    }

    private boolean takeLease() throws SQLException {
        if (!lease.tryHold()) {
            return false;
        }
        connection = lease.session();
        state = ChainState.load(connection);
        connection.setAutoCommit(false);
        LOG.infof("audit sequencer leads: chain at %d, resuming from xid %s", state.lastSeq(), state.scan().floor());
        checkpoints.onLeading(connection, state.range(), clock.instant());
        return true;
    }

    private Tick linkBatch() throws SQLException {
        ScanPosition at = state.scan();
        EntryScan scan = EntryScan.run(connection, at, batchSize);
        List<StoredEntry> entries = scan.entries();
        Instant now = clock.instant();
        List<Duration> lags = new ArrayList<>(entries.size());
        if (!entries.isEmpty()) {
            ChainState next = link(entries, now, lags::add);
            connection.commit();
            state = next;
        } else {
            connection.rollback();
        }
        state = state.withScan(at.next(entries.size() >= batchSize, scan.lastId(), scan.watermark()));
        return new Tick(true, entries.size(), lags, at.cursor());
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
                links.setString(5, state.scan().floor());
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
        return new ChainState(seq, previous, state.scan(), range);
    }

    /** Lets go of the lease and forgets the state (a new leader reloads it). */
    @Override
    public void close() {
        connection = null;
        state = null;
        lease.close();
    }
}
