package org.casework.notices.domain.giving;

/**
 * A way of giving a notice the law in force on the day it is sent does not allow, or a day beyond the working-day
 * calendar. Carries the rule refused under; {@code rest.GivingProblemMapper} answers it with 422.
 */
public class GivingRuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String rule;

    public GivingRuleException(String code, String rule, String message) {
        super(message);
        this.code = code;
        this.rule = rule;
    }

    public String code() {
        return code;
    }

    public String rule() {
        return rule;
    }
}
