package org.casework.platform.audit.witness;

/** What one look at a peer's latest checkpoint showed. Every value but the first two is a failed check. */
public enum Outcome {
    /** Signed with the configured key and consistent with every earlier checkpoint witnessed. */
    WITNESSED("audit.checkpoint.witnessed"),
    /** The same tree as last time: nothing new to attest, nothing recorded. */
    UNCHANGED(null),
    /** A smaller tree than one already witnessed: the log's tail was cut off or its database restored. */
    ROLLED_BACK("audit.checkpoint.rolled-back"),
    /** The new root does not extend the witnessed one: history was rewritten (or forked). */
    INCONSISTENT("audit.checkpoint.inconsistent"),
    /** Not signed by the configured key, or not for the log it was asked of. */
    BAD_SIGNATURE("audit.checkpoint.bad-signature");

    private final String action;

    Outcome(String action) {
        this.action = action;
    }

    /** The audit action recorded for it, or null when nothing is recorded. */
    public String action() {
        return action;
    }

    public boolean failed() {
        return this != WITNESSED && this != UNCHANGED;
    }
}
