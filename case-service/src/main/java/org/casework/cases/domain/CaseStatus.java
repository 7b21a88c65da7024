package org.casework.cases.domain;

/** Where an investigation stands (DESIGN §3). */
public enum CaseStatus {
    OPEN,
    INVESTIGATING,
    NOTICE_OF_INTENT_ISSUED,
    DECIDED,
    /** A final decision appealed to the First-tier Tribunal (DPA 2018 s.162), not yet determined or withdrawn. */
    APPEALED,
    CLOSED
}
