package org.casework.notices.domain;

/**
 * An issue refused under four eyes: the issuer had a hand in the case or the notice. Carries which of
 * the exclusions applied, so the refusal can say which rule the issuer falls under.
 */
public class FourEyesException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The exclusions of {@link FourEyes}, each with the words a refusal names it by. */
    public enum Exclusion {
        DRAFTER("four eyes: not the notice's drafter"),
        ASSIGNED("four eyes: not anyone ever assigned to the case"),
        FINDING_AUTHOR("four eyes: not anyone who recorded a finding on the case");

        private final String rule;

        Exclusion(String rule) {
            this.rule = rule;
        }

        public String rule() {
            return rule;
        }
    }

    private final Exclusion exclusion;

    public FourEyesException(Exclusion exclusion, String message) {
        super(message);
        this.exclusion = exclusion;
    }

    public Exclusion exclusion() {
        return exclusion;
    }
}
