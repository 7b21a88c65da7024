package org.casework.platform.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.audit.proof.CompactRange;
import org.casework.audit.proof.TreeProofs;

/**
 * Verifies the log in one read-only snapshot: every entry, link and details hash, every stored
 * checkpoint (signature and root), the stored Merkle tree's root, and that no checkpoint covers more entries
 * than the log holds. Keyset reads in batches, so memory stays flat however long the log.
 */
@ApplicationScoped
public class AuditVerifier {

    private static final int BATCH = 2000;

    /** A prefix of the log that verified: where an incremental verification resumes. */
    record Verified(long size, String lastHash, List<String> frontier) {
    }

    private final AtomicReference<Verified> lastVerified = new AtomicReference<>();
    private final AuditStore store;
    private final CheckpointSigner signer;
    private final Clock clock;

    public AuditVerifier(AuditStore store, CheckpointSigner signer, Clock clock) {
        this.store = store;
        this.signer = signer;
        this.clock = clock;
    }

    /**
     * Verifies everything when {@code full}, else only what was linked since the last verification that passed
     * on this replica (the prefix's last hash is checked to still be in place).
     */
    public ChainVerification verify(boolean full) {
        try (Connection c = store.connect()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                return walk(c, full ? null : lastVerified.get());
            } finally {
                c.rollback();
                c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not verify the audit log", e);
        }
    }

    private ChainVerification walk(Connection c, Verified from) throws SQLException {
        AuditStore.Pending pending = AuditStore.pending(c);
        long lag = pending.oldest() == null ? 0 : Math.max(0, Duration.between(pending.oldest(), clock.instant()).toMillis());
        ChainWalk walk = from == null ? new ChainWalk(signer)
                : new ChainWalk(signer, CompactRange.of(from.size(), from.frontier()), from.lastHash());
        Checkpoints checkpoints = new Checkpoints(c, from == null ? -1 : from.size());
        long after = from == null ? 0 : from.size();
        if (from != null && from.size() > 0) {
            List<LinkedEntry> last = AuditStore.page(c, from.size() - 1, from.size(), 1);
            if (last.isEmpty() || !last.get(0).hash().equals(from.lastHash())) {
                walk.prefixChanged(from.size());
                return walk.finish(pending, lag);
            }
        }
        boolean whole = checkpoints.checkUpTo(walk);
        while (whole) {
            List<LinkedEntry> batch = AuditStore.page(c, after, Long.MAX_VALUE, BATCH);
            for (LinkedEntry entry : batch) {
                if (!walk.accept(entry) || !checkpoints.checkUpTo(walk)) {
                    return walk.finish(pending, lag);
                }
            }
            if (batch.size() < BATCH) {
                break;
            }
            after = batch.get(batch.size() - 1).seq();
        }
        SignedCheckpoint beyond = checkpoints.next();
        if (beyond != null) {
            walk.cutOff(beyond);
            return walk.finish(pending, lag);
        }
        try {
            walk.storedRoot(TreeProofs.rootHash(MerkleNodes.on(c), walk.size()));
        } catch (MerkleNodes.MissingNodeException e) {
            walk.storedRoot("missing");
        }
        ChainVerification result = walk.finish(pending, lag);
        if (result.valid()) {
            lastVerified.set(walk.verified());
        }
        return result;
    }

    /** The stored checkpoints in tree-size order, read in batches alongside the entries. */
    private final class Checkpoints {
        private final Connection c;
        private final Deque<SignedCheckpoint> buffer = new ArrayDeque<>();
        private long after;
        private boolean exhausted;

        Checkpoints(Connection c, long after) {
            this.c = c;
            this.after = after;
        }

        SignedCheckpoint next() throws SQLException {
            if (buffer.isEmpty() && !exhausted) {
                List<SignedCheckpoint> more = AuditStore.checkpoints(c, store.log(),
                        "where tree_size > ? order by tree_size limit ?", after, BATCH);
                exhausted = more.size() < BATCH;
                buffer.addAll(more);
                if (!more.isEmpty()) {
                    after = more.get(more.size() - 1).treeSize();
                }
            }
            return buffer.peekFirst();
        }

        /** Checks every checkpoint of the size walked so far. */
        boolean checkUpTo(ChainWalk walk) throws SQLException {
            SignedCheckpoint next = next();
            while (next != null && next.treeSize() == walk.size()) {
                if (!walk.acceptCheckpoint(next)) {
                    return false;
                }
                buffer.removeFirst();
                next = next();
            }
            return true;
        }
    }
}
