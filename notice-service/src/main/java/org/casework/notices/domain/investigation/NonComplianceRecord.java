package org.casework.notices.domain.investigation;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A caseworker's record that the organisation failed to comply with an issued information or assessment notice: what
 * was not done, the day the period for compliance ended, and a note. Recorded once, by {@link NonCompliance}; it is the
 * basis of a penalty for failing to comply with the notice (DPA 2018 s.155(1)(b)).
 */
@Embeddable
public class NonComplianceRecord {

    /** What the organisation failed to do. */
    @Column(name = "non_compliance_failure")
    public String failure;

    /** The last day of the period for compliance (London). */
    @Column(name = "non_compliance_period_ended_on")
    public LocalDate periodEndedOn;

    @Column(name = "non_compliance_note")
    public String note;

    /** The day an appeal against the notice was determined or withdrawn, if one was brought. */
    @Column(name = "non_compliance_appeal_ended_on")
    public LocalDate appealEndedOn;

    @Column(name = "non_compliance_recorded_by")
    public String recordedBy;

    @Column(name = "non_compliance_recorded_at")
    public Instant recordedAt;
}
