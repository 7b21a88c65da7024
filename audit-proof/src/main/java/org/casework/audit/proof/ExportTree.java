package org.casework.audit.proof;

import java.util.ArrayList;
import java.util.List;

import org.casework.audit.proof.ExportVerification.Inclusion;
import org.casework.audit.proof.ExportVerification.Reason;

/**
 * The tree an export shows: the range line's subtrees before, the exported leaves, the range line's subtrees
 * after. Recomputes the root the checkpoint must sign, and an inclusion proof from the same nodes.
 */
final class ExportTree {

    /** Where failures go. */
    @FunctionalInterface
    interface Failures {
        void fail(Reason reason, Long seq, long line, String message);
    }

    private final Long firstSeq;
    private final long maxSeq;
    private final long count;
    private final NodeStack leaves;
    private final ExportLine.Range range;
    private final byte[] leafBytes;
    private final Failures failures;

    ExportTree(Long firstSeq, long maxSeq, long count, NodeStack leaves, ExportLine.Range range, byte[] leafBytes,
            Failures failures) {
        this.firstSeq = firstSeq;
        this.maxSeq = maxSeq;
        this.count = count;
        this.leaves = leaves;
        this.range = range;
        this.leafBytes = leafBytes;
        this.failures = failures;
    }

    /** The root from range line + entries, or null when it cannot be computed (the failure is then recorded). */
    String recomputeRoot(long treeSize) {
        if (count == 0) {
            if (treeSize == 0) {
                if (range == null || range.before().isEmpty() && range.after().isEmpty()) {
                    return Merkle.EMPTY_ROOT;
                }
                failures.fail(Reason.RANGE_MISMATCH, null, 0, "a range line for an empty tree");
                return null;
            }
            failures.fail(Reason.ENTRY_MISSING, null, 0, "the export has no entries for a tree of " + treeSize);
            return null;
        }
        if (maxSeq > treeSize) {
            failures.fail(Reason.ENTRY_BEYOND_CHECKPOINT, maxSeq, 0, "entries up to " + maxSeq + " but the checkpoint covers "
                    + treeSize);
            return null;
        }
        if (count != maxSeq - firstSeq + 1) {
            return null; // missing or repeated entries, already reported
        }
        long from = firstSeq - 1;
        List<NodeId> before = Merkle.perfectSubtrees(0, from);
        List<NodeId> after = Merkle.perfectSubtrees(maxSeq, treeSize);
        List<String> beforeHashes = range == null ? List.of() : range.before();
        List<String> afterHashes = range == null ? List.of() : range.after();
        if (range == null && (from > 0 || maxSeq < treeSize)) {
            if (from > 0) {
                failures.fail(Reason.ENTRY_MISSING, 1L, 0, "entries 1 to " + from + " are neither exported nor in a range line");
            }
            if (maxSeq < treeSize) {
                failures.fail(Reason.ENTRY_MISSING, maxSeq + 1, 0, "entries " + (maxSeq + 1) + " to " + treeSize
                        + " are neither exported nor in a range line");
            }
            return null;
        }
        if (before.size() != beforeHashes.size() || after.size() != afterHashes.size()) {
            failures.fail(Reason.RANGE_MISMATCH, null, 0, "entries " + firstSeq + " to " + maxSeq + " of " + treeSize + " need "
                    + before.size() + " subtrees before and " + after.size() + " after; the range line has "
                    + beforeHashes.size() + " and " + afterHashes.size());
            return null;
        }
        NodeStack tree = new NodeStack();
        for (int k = 0; k < before.size(); k++) {
            tree.push(before.get(k).level(), before.get(k).index(), Sha256.bytes(beforeHashes.get(k)), null);
        }
        tree.pushAll(leaves);
        for (int k = 0; k < after.size(); k++) {
            tree.push(after.get(k).level(), after.get(k).index(), Sha256.bytes(afterHashes.get(k)), null);
        }
        return Sha256.hex(tree.fold());
    }

    Inclusion inclusion(Checkpoint signed, boolean rootComputed, long seq, boolean inclusionSeen) {
        if (!inclusionSeen) {
            failures.fail(Reason.ENTRY_NOT_IN_EXPORT, seq, 0, "entry " + seq + " is not in the export");
            return null;
        }
        if (!rootComputed) {
            failures.fail(Reason.INCLUSION_FAILED, seq, 0, "no proof: the export's tree could not be rebuilt");
            return null;
        }
        long from = firstSeq - 1;
        List<NodeId> ids = new ArrayList<>(Merkle.perfectSubtrees(0, from));
        ids.addAll(Merkle.perfectSubtrees(maxSeq, signed.treeSize()));
        List<String> hashes = new ArrayList<>();
        if (range != null) {
            hashes.addAll(range.before());
            hashes.addAll(range.after());
        }
        ExportNodes nodes = new ExportNodes(ids, hashes, from, leafBytes, count);
        long index = seq - 1;
        String leafHash = nodes.node(0, index);
        List<String> proof = TreeProofs.inclusionProof(nodes, index, signed.treeSize());
        boolean verified = Merkle.verifyInclusion(index, signed.treeSize(), leafHash, proof, signed.rootHash());
        if (!verified) {
            failures.fail(Reason.INCLUSION_FAILED, seq, 0, "the inclusion proof of entry " + seq + " does not verify");
        }
        return new Inclusion(seq, index, signed.treeSize(), leafHash, proof, verified);
    }
}
