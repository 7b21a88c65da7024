package org.casework.notices.domain.penalty;

/**
 * A penalty input the fining rules do not allow. Carries the JSON path of the offending input (for
 * example {@code "seriousness.percent"} or {@code "factors[1].percent"}; {@code "$"} for the whole input),
 * what would have been allowed there, and a message for the caseworker that names the band or range.
 */
public class PenaltyRuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String allowed;

    public PenaltyRuleException(String field, String allowed, String message) {
        super(message);
        this.field = field;
        this.allowed = allowed;
    }

    /** JSON path of the offending input, e.g. {@code "turnoverAdjustment"}. */
    public String field() {
        return field;
    }

    /** What the rules allow there, e.g. {@code "20%–100% (HIGH)"}. */
    public String allowed() {
        return allowed;
    }
}
