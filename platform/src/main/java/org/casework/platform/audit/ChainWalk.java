package org.casework.platform.audit;

import org.casework.audit.proof.CompactRange;
import org.casework.audit.proof.EntryHash;
import org.casework.audit.proof.Merkle;

/**
 * Walks the linked log in seq order and reports the first thing that does not fit: a changed entry (its
 * details no longer match their hash, or its hash no longer matches its content), a removed one (a gap in seq
 * or a broken link), a checkpoint whose root or signature does not match the entries, or a checkpoint of a
 * larger tree than the log holds (a cut-off tail). Pure: fed by {@link AuditVerifier}.
 */
final class ChainWalk {

    private final CheckpointSigner signer;
    private final CompactRange range;
    private String previousHash;
    private int checkpoints;
    private ChainVerification failure;

    ChainWalk(CheckpointSigner signer) {
        this(signer, new CompactRange(), EntryHash.GENESIS);
    }

    /** Resumes after a prefix already verified: its tree (frontier) and last hash. */
    ChainWalk(CheckpointSigner signer, CompactRange verified, String lastHash) {
        this.signer = signer;
        this.range = verified;
        this.previousHash = lastHash;
    }

    /** The prefix walked so far, to resume from next time. */
    AuditVerifier.Verified verified() {
        return failure == null ? new AuditVerifier.Verified(range.size(), previousHash, range.frontier()) : null;
    }

    /** The prefix verified earlier no longer ends where it did: something up to it was changed or removed. */
    ChainVerification prefixChanged(long size) {
        failure = ChainVerification.broken(0, size, "the entries verified earlier (up to " + size
                + ") no longer end with the same hash: verify with full=true to find where");
        return failure;
    }

    /** Feeds the next linked entry; answers false once the log is known to be broken. */
    boolean accept(LinkedEntry linked) {
        if (failure != null) {
            return false;
        }
        long expected = range.size() + 1;
        long seq = linked.seq();
        if (seq != expected) {
            return fail(expected, seq > expected ? "entry " + expected + " is missing (next entry is " + seq + ")"
                    : "entry " + seq + " is out of order");
        }
        if (!previousHash.equals(linked.previousHash())) {
            return fail(seq, "entry " + seq + " does not link to the entry before it");
        }
        if (!linked.entry().detailsMatch()) {
            return fail(seq, "the details of entry " + seq + " were changed after they were written");
        }
        if (!EntryHash.link(previousHash, linked.entry().leaf(seq)).equals(linked.hash())) {
            return fail(seq, "entry " + seq + " was changed after it was written");
        }
        range.append(Merkle.leafHash(linked.hash()));
        previousHash = linked.hash();
        return true;
    }

    /** Checks a checkpoint of exactly the tree walked so far. */
    boolean acceptCheckpoint(SignedCheckpoint checkpoint) {
        if (failure != null) {
            return false;
        }
        if (!signer.verify(checkpoint)) {
            return fail(checkpoint.treeSize(), "the checkpoint of " + checkpoint.treeSize()
                    + " entries does not carry this log's signature");
        }
        if (!range.root().equals(checkpoint.rootHash())) {
            return fail(checkpoint.treeSize(), "the entries no longer have the root hash signed in the checkpoint of "
                    + checkpoint.treeSize() + " entries");
        }
        checkpoints++;
        return true;
    }

    /** A checkpoint signed a larger tree than the log now holds: its tail was cut off. */
    ChainVerification cutOff(SignedCheckpoint checkpoint) {
        if (failure == null) {
            failure = ChainVerification.broken(range.size(), range.size() + 1, "entries " + (range.size() + 1) + " to "
                    + checkpoint.treeSize() + " are missing: a signed checkpoint covers " + checkpoint.treeSize()
                    + " entries");
        }
        return failure;
    }

    /** The stored Merkle nodes must give the same root, or the proofs served from them would be false. */
    ChainVerification storedRoot(String storedRoot) {
        if (failure == null && !range.root().equals(storedRoot)) {
            failure = ChainVerification.broken(range.size(), range.size(), "the stored Merkle tree does not match the entries");
        }
        return failure;
    }

    long size() {
        return range.size();
    }

    ChainVerification finish(AuditStore.Pending pending, long lagMillis) {
        if (failure != null) {
            return failure.withPending(pending.count(), lagMillis);
        }
        return ChainVerification.whole(range.size(), previousHash, range.root(), checkpoints)
                .withPending(pending.count(), lagMillis);
    }

    private boolean fail(long seq, String reason) {
        failure = ChainVerification.broken(range.size(), seq, reason);
        return false;
    }
}
