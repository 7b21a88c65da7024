package org.casework.notices.domain;

/**
 * What a notice is. Only a notice of intent leads to representations; information and assessment notices
 * are investigatory steps (DPA 2018 s.142, s.146) that leave the case where it is; the others are final decisions.
 */
public enum NoticeType {
    NOTICE_OF_INTENT("NOI", "Notice of intent"),
    PENALTY_NOTICE("PN", "Penalty notice"),
    REPRIMAND("REP", "Reprimand"),
    WARNING("WRN", "Warning"),
    ENFORCEMENT_NOTICE("EN", "Enforcement notice"),
    NO_FURTHER_ACTION("NFA", "Decision to take no further action"),
    INFORMATION_NOTICE("INF", "Information notice"),
    ASSESSMENT_NOTICE("ASN", "Assessment notice");

    private final String prefix;
    private final String title;

    NoticeType(String prefix, String title) {
        this.prefix = prefix;
        this.title = title;
    }

    public String prefix() {
        return prefix;
    }

    public String title() {
        return title;
    }

    public boolean isFinalDecision() {
        return this != NOTICE_OF_INTENT && !isInvestigatory();
    }

    /** Information and assessment notices: given during an investigation, they decide nothing and move no case. */
    public boolean isInvestigatory() {
        return this == INFORMATION_NOTICE || this == ASSESSMENT_NOTICE;
    }

    /** Penalty notices, enforcement notices and reprimands are published unless there is a good reason not to. */
    public boolean isPublishable() {
        return this == PENALTY_NOTICE || this == ENFORCEMENT_NOTICE || this == REPRIMAND;
    }

    /** Whether the notice states an amount worked out with the fine calculator. */
    public boolean needsCalculation() {
        return this == NOTICE_OF_INTENT || this == PENALTY_NOTICE;
    }
}
