package org.casework.platform.audit;

/**
 * Walks the chain in sequence order and reports the first entry that does not fit: a changed
 * entry (its hash no longer matches its content), a removed one (a gap in the sequence or a
 * broken link), or a cut-off tail (fewer entries than the chain head records).
 */
public final class ChainVerifier {

    private long expectedSeq = 1;
    private String previousHash = HashChain.GENESIS;
    private long checked;
    private ChainVerification failure;

    /** Feeds the next entry; answers false once the chain is known to be broken. */
    public boolean accept(ChainedEntry entry) {
        if (failure != null) {
            return false;
        }
        long seq = entry.record().seq();
        if (seq != expectedSeq) {
            return fail(expectedSeq, seq > expectedSeq
                    ? "entry " + expectedSeq + " is missing (next entry is " + seq + ")"
                    : "entry " + seq + " is out of order");
        }
        if (!previousHash.equals(entry.previousHash())) {
            return fail(seq, "entry " + seq + " does not link to the entry before it");
        }
        String recomputed = HashChain.link(previousHash, entry.record());
        if (!recomputed.equals(entry.hash())) {
            return fail(seq, "entry " + seq + " was changed after it was written");
        }
        previousHash = entry.hash();
        expectedSeq++;
        checked++;
        return true;
    }

    /** Completes the walk against the head (last sequence number and hash) the writer keeps. */
    public ChainVerification finish(long headSeq, String headHash) {
        if (failure != null) {
            return failure;
        }
        long lastSeq = expectedSeq - 1;
        if (headSeq > lastSeq) {
            return ChainVerification.broken(checked, lastSeq + 1,
                    "entries " + (lastSeq + 1) + " to " + headSeq + " are missing");
        }
        if (headSeq < lastSeq) {
            return ChainVerification.broken(checked, headSeq + 1,
                    "entries after " + headSeq + " were not written through the audit trail");
        }
        if (headSeq == lastSeq && headSeq > 0 && !previousHash.equals(headHash)) {
            return ChainVerification.broken(checked, lastSeq, "entry " + lastSeq + " differs from the recorded chain head");
        }
        return ChainVerification.whole(checked, previousHash);
    }

    private boolean fail(long seq, String reason) {
        failure = ChainVerification.broken(checked, seq, reason);
        return false;
    }
}
