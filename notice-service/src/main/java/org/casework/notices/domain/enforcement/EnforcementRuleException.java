package org.casework.notices.domain.enforcement;

/**
 * An enforcement notice, or a step of one, that the rules of DPA 2018 s.149-150 do not allow. Carries the
 * problem's slug, its HTTP status (422 for content, 409 for a step in the wrong state), the rule, and the
 * offending field (a JSON path, null for none); {@code rest.EnforcementProblemMapper} answers it.
 */
public class EnforcementRuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String title;
    private final int status;
    private final String rule;
    private final String field;

    public EnforcementRuleException(String code, String title, int status, String rule, String field, String message) {
        super(message);
        this.code = code;
        this.title = title;
        this.status = status;
        this.rule = rule;
        this.field = field;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }
}
