package org.casework.platform.audit.witness;

/** The outcome of checking one checkpoint, and for a failure why (no personal data: sizes, hashes, key ids). */
public record Verdict(Outcome outcome, String reason) {

    static Verdict of(Outcome outcome) {
        return new Verdict(outcome, null);
    }

    static Verdict failed(Outcome outcome, String reason) {
        return new Verdict(outcome, reason);
    }
}
