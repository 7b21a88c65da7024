package org.casework.audit.proof;

import java.util.List;

/**
 * What {@link ExportVerifier} found: the export's extent, its checkpoint, how many entries had their details
 * erased (not a failure), the optional inclusion check, and every failure with a named reason. At most
 * {@link #MAX_LISTED} failures are listed; {@code failureCount} counts all of them.
 */
public record ExportVerification(long entries, Long firstSeq, Long lastSeq, Checkpoint checkpoint, String keyId,
        long erasedCount, List<Long> erasedSeqs, Inclusion inclusion, List<Failure> failures, long failureCount) {

    /** The most failures (and erased seqs) listed one by one. */
    public static final int MAX_LISTED = 1000;

    public ExportVerification {
        erasedSeqs = List.copyOf(erasedSeqs);
        failures = List.copyOf(failures);
    }

    public boolean valid() {
        return failureCount == 0;
    }

    /** Whether some failure has this reason. */
    public boolean has(Reason reason) {
        return failures.stream().anyMatch(f -> f.reason() == reason);
    }

    public enum Reason {
        /** A line is not a well-formed entry, checkpoint or range line (or a second checkpoint or range line). */
        MALFORMED_LINE,
        /** The details (with their salt) do not hash to the leaf's detailsHash. */
        DETAILS_CHANGED,
        /** The entry's content and previous hash do not hash to its stated hash. */
        ENTRY_CHANGED,
        /** The entry's previous hash is not the hash of the entry before it. */
        CHAIN_BROKEN,
        /** A seq between the first and the checkpoint's size is neither exported nor covered by the range line. */
        ENTRY_MISSING,
        /** An entry comes after one with a higher or equal seq. */
        OUT_OF_ORDER,
        /** An entry has a seq beyond the checkpoint's tree size. */
        ENTRY_BEYOND_CHECKPOINT,
        /** The range line does not have the subtrees the exported seqs need. */
        RANGE_MISMATCH,
        /** The root recomputed from the entries (and range line) is not the checkpoint's. */
        ROOT_MISMATCH,
        /** The export has no checkpoint line. */
        CHECKPOINT_MISSING,
        /** The checkpoint's signature does not verify with the given public key. */
        BAD_SIGNATURE,
        /** The checkpoint names another key id than the given public key's. */
        KEY_MISMATCH,
        /** The entry asked for an inclusion proof is not in the export. */
        ENTRY_NOT_IN_EXPORT,
        /** The inclusion proof of the entry asked for does not verify against the checkpoint. */
        INCLUSION_FAILED
    }

    /** One failure: its reason, the seq concerned (if any), the export line (0 when none) and a short message. */
    public record Failure(Reason reason, Long seq, long line, String message) {
    }

    /** The inclusion proof computed for one entry and whether it verified against the checkpoint's root. */
    public record Inclusion(long seq, long leafIndex, long treeSize, String leafHash, List<String> proof,
            boolean verified) {
    }
}
