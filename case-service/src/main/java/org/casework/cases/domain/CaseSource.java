package org.casework.cases.domain;

/** How the regulator came to investigate. */
public enum CaseSource {
    BREACH_REPORT,
    COMPLAINT,
    REFERRAL,
    OWN_INITIATIVE
}
