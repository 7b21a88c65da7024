package org.casework.notices.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An appeal to the First-tier Tribunal against a final decision (DPA 2018 s.162), recorded by the regulator's
 * staff: when it was lodged against the appeal period, the tribunal's outcome (s.163) and any onward appeal.
 */
@Entity
@Table(name = "appeal")
public class Appeal {

    @Id
    public UUID id;

    @Column(name = "notice_id", nullable = false, updatable = false)
    public UUID noticeId;

    @Column(name = "lodged_on", nullable = false)
    public LocalDate lodgedOn;

    /** The statutory last day: 28 days after the notice was sent (GRC Rules 2009 r.22(1)(b)). */
    @Column(name = "appeal_due_on", nullable = false)
    public LocalDate appealDueOn;

    /** The last day in time: the next working day when the last day is not one (GRC Rules 2009 r.12(2)). */
    @Column(name = "working_day_due_on", nullable = false)
    public LocalDate workingDayDueOn;

    @Column(name = "late_appeal_admitted", nullable = false)
    public boolean lateAppealAdmitted;

    @Column(name = "late_appeal_reason")
    public String lateAppealReason;

    @Column(name = "tribunal_reference", nullable = false)
    public String tribunalReference;

    @Column(nullable = false)
    public String grounds;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AppealStatus status = AppealStatus.PENDING;

    /** True when lodging it cost the organisation its settlement discount (it had waived its appeal). */
    @Column(name = "settlement_lost", nullable = false)
    public boolean settlementLost;

    @Column(name = "outcome_decided_on")
    public LocalDate outcomeDecidedOn;

    @Column(name = "outcome_note")
    public String outcomeNote;

    @Column(name = "outcome_amount", precision = 17, scale = 2)
    public BigDecimal outcomeAmount;

    @Column(name = "outcome_payment_days")
    public Integer outcomePaymentDays;

    @Column(name = "outcome_terms")
    public String outcomeTerms;

    @Column(name = "outcome_decided_by")
    public String outcomeDecidedBy;

    @Column(name = "outcome_decided_at")
    public Instant outcomeDecidedAt;

    @Column(name = "onward_lodged_on")
    public LocalDate onwardLodgedOn;

    @Column(name = "onward_court")
    public String onwardCourt;

    @Column(name = "onward_reference")
    public String onwardReference;

    @Column(name = "onward_note")
    public String onwardNote;

    @Column(name = "onward_recorded_by")
    public String onwardRecordedBy;

    @Column(name = "onward_recorded_at")
    public Instant onwardRecordedAt;

    @Column(name = "onward_decided_on")
    public LocalDate onwardDecidedOn;

    @Column(name = "onward_outcome_note")
    public String onwardOutcomeNote;

    @Column(name = "onward_decided_by")
    public String onwardDecidedBy;

    @Column(name = "onward_decided_at")
    public Instant onwardDecidedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;

    @Version
    public long version;

    public boolean onwardPending() {
        return onwardLodgedOn != null && onwardDecidedOn == null;
    }
}
