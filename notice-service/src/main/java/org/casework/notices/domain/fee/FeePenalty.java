package org.casework.notices.domain.fee;

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

import org.casework.notices.domain.Publication;

/**
 * One fixed penalty for an unpaid data-protection charge (DPA 2018 s.155(1)(c), s.158), in the short form the
 * regulator uses: a notice of intent stating the fixed amount, then a penalty notice, each with the periods of
 * Sch 16 ({@link FeePenaltyRules}). Created many at a time from an upload (see the batch), so rows are written by
 * a JDBC batch; the entity serves the later steps, one penalty at a time.
 */
@Entity
@Table(name = "fee_penalty")
public class FeePenalty {

    @Id
    public UUID id;
    @Column(name = "batch_id", nullable = false, updatable = false)
    public UUID batchId;
    @Column(name = "organisation_id", nullable = false, updatable = false)
    public String organisationId;
    @Column(name = "organisation_name", nullable = false, updatable = false)
    public String organisationName;
    @Column(nullable = false, updatable = false)
    public String reference;
    @Column(nullable = false, updatable = false)
    public short tier;
    @Column(name = "charge_period_start", nullable = false, updatable = false)
    public LocalDate chargePeriodStart;
    @Column(nullable = false, updatable = false, precision = 9, scale = 2)
    public BigDecimal charge;
    @Column(name = "fixed_amount", nullable = false, updatable = false, precision = 9, scale = 2)
    public BigDecimal fixedAmount;
    @Column(name = "aggravated_amount", updatable = false, precision = 9, scale = 2)
    public BigDecimal aggravatedAmount;
    @Column(name = "aggravation_reason", updatable = false)
    public String aggravationReason;
    @Column(name = "statutory_maximum", nullable = false, updatable = false, precision = 9, scale = 2)
    public BigDecimal statutoryMaximum;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FeePenaltyStatus status;
    @Column(name = "notice_of_intent_given_on", nullable = false, updatable = false)
    public LocalDate noticeOfIntentGivenOn;
    @Column(name = "representations_due_on", nullable = false, updatable = false)
    public LocalDate representationsDueOn;
    @Column(name = "penalty_notice_deadline", nullable = false, updatable = false)
    public LocalDate penaltyNoticeDeadline;
    @Column(name = "penalty_notice_given_on")
    public LocalDate penaltyNoticeGivenOn;
    @Column(name = "payment_due_on")
    public LocalDate paymentDueOn;
    @Column(name = "appeal_due_on")
    public LocalDate appealDueOn;
    @Column(name = "fee_paid_on")
    public LocalDate feePaidOn;
    @Column(name = "penalty_paid_on")
    public LocalDate penaltyPaidOn;
    /** Its penalty notice goes on the public register unless withheld with a reason (never its notice of intent). */
    @Column(nullable = false)
    public boolean publish = true;
    @Column(name = "withheld_reason")
    public String withheldReason;
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
    @Column(name = "updated_by", nullable = false)
    public String updatedBy;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public long version;

    /** The amount the notices state: the aggravated amount where set, else the published fixed one. */
    public BigDecimal amount() {
        return aggravatedAmount != null ? aggravatedAmount : fixedAmount;
    }

    /** A notice of intent given on {@code givenOn} for an unpaid charge, on the terms worked out for it. */
    public static FeePenalty noticeOfIntent(UUID batchId, String organisationId, String organisationName,
            String reference, FeePenaltyTerms terms, LocalDate givenOn, Instant at, String by) {
        FeePenalty p = new FeePenalty();
        p.id = UUID.randomUUID();
        p.batchId = batchId;
        p.organisationId = organisationId;
        p.organisationName = organisationName;
        p.reference = reference;
        p.tier = (short) terms.tier().number();
        p.chargePeriodStart = terms.chargePeriodStart();
        p.charge = terms.charge();
        p.fixedAmount = terms.fixedAmount();
        p.aggravatedAmount = terms.aggravatedAmount();
        p.aggravationReason = terms.aggravationReason();
        p.statutoryMaximum = terms.maximum();
        p.status = FeePenaltyStatus.NOTICE_OF_INTENT_GIVEN;
        p.noticeOfIntentGivenOn = givenOn;
        p.representationsDueOn = FeePenaltyRules.representationsDueOn(givenOn);
        p.penaltyNoticeDeadline = FeePenaltyRules.penaltyNoticeDeadline(givenOn);
        p.createdAt = at;
        p.updatedAt = at;
        p.updatedBy = by;
        return p;
    }

    /** Gives the penalty notice today, once the representations period has ended and within 6 months. */
    public void givePenaltyNotice(LocalDate today) {
        FeePenaltyRules.requirePenaltyNoticeAllowed(this, today);
        status = FeePenaltyStatus.PENALTY_NOTICE_GIVEN;
        penaltyNoticeGivenOn = today;
        paymentDueOn = FeePenaltyRules.paymentDueOn(today);
        appealDueOn = FeePenaltyRules.appealDueOn(today);
    }

    /** The fee was paid while the notice of intent ran: the notice of intent is withdrawn. */
    public void feePaid(LocalDate paidOn, LocalDate today) {
        FeePenaltyRules.requireFeePaymentWithdraws(this, paidOn, today);
        status = FeePenaltyStatus.WITHDRAWN;
        feePaidOn = paidOn;
    }

    /** The penalty stated in the penalty notice was paid. */
    public void penaltyPaid(LocalDate paidOn, LocalDate today) {
        FeePenaltyRules.requirePenaltyPayable(this, paidOn, today);
        status = FeePenaltyStatus.PAID;
        penaltyPaidOn = paidOn;
    }

    /**
     * Publishes the penalty notice on the register, or withholds it with the reason (a penalty notice is published
     * unless there is a good reason not to). Any status: a decision taken before the penalty notice is given applies
     * when it is.
     */
    public void setPublication(boolean publish, String withheldReason) {
        Publication.requireReasonToWithhold(publish, withheldReason);
        this.publish = publish;
        this.withheldReason = publish ? null : withheldReason;
    }
}
