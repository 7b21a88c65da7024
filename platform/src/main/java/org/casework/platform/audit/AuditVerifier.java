package org.casework.platform.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.audit.proof.TreeProofs;

/**
 * Verifies the whole log in one read-only snapshot: every entry, link and details hash, every stored
 * checkpoint (signature and root), the stored Merkle tree's root, and that no checkpoint covers more entries
 * than the log holds. Keyset reads in batches, so memory stays flat however long the log.
 */
@ApplicationScoped
public class AuditVerifier {

    private static final int BATCH = 2000;

    private final AuditStore store;
    private final CheckpointSigner signer;
    private final Clock clock;

    public AuditVerifier(AuditStore store, CheckpointSigner signer, Clock clock) {
        this.store = store;
        this.signer = signer;
        this.clock = clock;
    }

    public ChainVerification verify() {
        try (Connection c = store.connect()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                return walk(c);
            } finally {
                c.rollback();
                c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not verify the audit log", e);
        }
    }

    private ChainVerification walk(Connection c) throws SQLException {
        AuditStore.Pending pending = AuditStore.pending(c);
        long lag = pending.oldest() == null ? 0 : Math.max(0, Duration.between(pending.oldest(), clock.instant()).toMillis());
        ChainWalk walk = new ChainWalk(signer);
        Checkpoints checkpoints = new Checkpoints(c);
        long after = 0;
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
        return walk.finish(pending, lag);
    }

    /** The stored checkpoints in tree-size order, read in batches alongside the entries. */
    private final class Checkpoints {
        private final Connection c;
        private final Deque<SignedCheckpoint> buffer = new ArrayDeque<>();
        private long after = -1;
        private boolean exhausted;

        Checkpoints(Connection c) {
            this.c = c;
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
