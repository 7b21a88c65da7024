package org.casework.notices.domain.enforcement;

/** Whether the organisation took a step of an enforcement notice, as a caseworker decided it. */
public enum StepStatus {
    PENDING, COMPLIED, NOT_COMPLIED
}
