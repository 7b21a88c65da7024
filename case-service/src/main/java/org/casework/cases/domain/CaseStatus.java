package org.casework.cases.domain;

/** Where an investigation stands (DESIGN §3). */
public enum CaseStatus {
    OPEN,
    INVESTIGATING,
    NOTICE_OF_INTENT_ISSUED,
    DECIDED,
    CLOSED
}
