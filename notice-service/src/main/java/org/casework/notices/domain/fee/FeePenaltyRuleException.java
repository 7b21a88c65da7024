package org.casework.notices.domain.fee;

/**
 * A fixed penalty's input breaks a rule: which input ({@code field}), the rule, and why. A batch upload reports it
 * against the row and column it came from; a single request answers it as a 422 problem.
 */
public class FeePenaltyRuleException extends RuntimeException {

    private final String field;
    private final String rule;

    public FeePenaltyRuleException(String field, String rule, String message) {
        super(message, null, false, false);
        this.field = field;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}
