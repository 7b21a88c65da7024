package org.casework.notices.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.casework.notices.domain.giving.GivingMethod;
import org.casework.notices.domain.penalty.LegalRegime;
import org.casework.notices.domain.penalty.PecrInfringement;
import org.casework.notices.domain.penalty.PenaltyCalculation;
import org.casework.notices.domain.penalty.PenaltyInput;
import org.casework.platform.problem.ProblemException;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A notice of intent or a final decision about one case. It is drafted, then issued once (its
 * document and dates fixed from then on) or withdrawn. What the law requires before issuing is
 * checked by {@link StatutoryContent} and {@link IssueRules}.
 */
@Entity
@Table(name = "notice")
public class Notice {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true, updatable = false)
    public String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public NoticeType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NoticeStatus status = NoticeStatus.DRAFT;

    @Column(name = "case_id", nullable = false, updatable = false)
    public UUID caseId;

    @Column(name = "case_reference", nullable = false)
    public String caseReference;

    @Column(name = "organisation_id")
    public String organisationId;

    @Column(name = "organisation_name", nullable = false)
    public String organisationName;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Recipient> recipients = new ArrayList<>();

    public String reasons;

    @Column(name = "nature_of_data")
    public String natureOfData;

    @Column(name = "public_summary")
    public String publicSummary;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "calculation_input")
    public PenaltyInput calculationInput;

    @JdbcTypeCode(SqlTypes.JSON)
    public PenaltyCalculation calculation;

    /** The law the penalty is given under, from the calculation (DPA_UK_GDPR when there is none). */
    @Enumerated(EnumType.STRING)
    @Column(name = "legal_regime", nullable = false)
    public LegalRegime legalRegime = LegalRegime.DPA_UK_GDPR;

    /** PECR: the first and last day of the infringement and the regulations contravened ("21,22"). */
    @Column(name = "pecr_infringed_from")
    public LocalDate pecrInfringedFrom;

    @Column(name = "pecr_infringed_to")
    public LocalDate pecrInfringedTo;

    @Column(name = "pecr_regulations")
    public String pecrRegulations;

    /**
     * The indicated (notice of intent) or imposed (penalty notice) amount: the calculation's result, then the current
     * amount due after a variation or a lost settlement discount (the original is kept in {@link #variations}).
     */
    @Column(precision = 17, scale = 2)
    public BigDecimal amount;

    /** For a reprimand to a public body: the fine that would otherwise have been imposed. */
    @Column(name = "notional_fine", precision = 17, scale = 2)
    public BigDecimal notionalFine;

    @Column(name = "representation_days")
    public Integer representationDays;

    @Column(name = "payment_days")
    public Integer paymentDays;

    /** Penalty notice: the annual rate of simple interest on late payment it states, if any (printed on it). */
    @Column(name = "late_payment_interest_percent", precision = 5, scale = 2)
    public BigDecimal latePaymentInterestPercent;

    @Column(name = "notice_of_intent_id")
    public UUID noticeOfIntentId;

    @Embedded
    public Settlement settlement;

    @Embedded
    public DeadlineExtension deadlineExtension;

    @Column(nullable = false)
    public boolean publish = true;

    @Column(name = "withheld_reason")
    public String withheldReason;

    /** The day the decision-maker issued the notice (London): the day it was sent, handed over or posted. */
    @Column(name = "issued_on")
    public LocalDate issuedOn;

    /** How the notice is given (DPA 2018 s.141A(2)); null for a notice issued before the method was recorded. */
    @Enumerated(EnumType.STRING)
    @Column(name = "giving_method")
    public GivingMethod givingMethod;

    /** The provision it was given under, e.g. "DPA 2018 s.141A", as in force on the day it was sent. */
    @Column(name = "giving_provision")
    public String givingProvision;

    /** When it was sent (handed over, left, posted or emailed). */
    @Column(name = "sent_at")
    public Instant sentAt;

    /** The day it is treated as given (London): every statutory period of the notice runs from this day. */
    @Column(name = "given_on")
    public LocalDate givenOn;

    @Column(name = "representations_due_on")
    public LocalDate representationsDueOn;

    @Column(name = "payment_due_on")
    public LocalDate paymentDueOn;

    @Column(name = "appeal_due_on")
    public LocalDate appealDueOn;

    @Column(name = "issued_by")
    public String issuedBy;

    @Column(name = "issued_at")
    public Instant issuedAt;

    /** The Idempotency-Key of the request that issued the notice: repeating it answers the notice again. */
    @Column(name = "issue_key")
    public String issueKey;

    /** For a penalty notice: how many representations were received on its notice of intent (para 5(1)(c)). */
    @Column(name = "representations_received")
    public Integer representationsReceived;

    @Embedded
    public PendingIssue pendingIssue;

    @Column(name = "document_sha256")
    public String documentSha256;

    /**
     * When representation-service confirmed the window of this notice of intent open. A window is
     * opened only once the notice is ISSUED, so an organisation never sees a half-issued notice; until
     * this is set, the reconciliation job keeps opening it.
     */
    @Column(name = "representation_window_opened_at")
    public Instant representationWindowOpenedAt;

    /**
     * True while an appeal against this notice (or an onward appeal) is pending: the penalty need not be
     * paid and recovery is barred (DPA 2018 s.162-163). Kept by the appeal records, read by payments.
     */
    @Column(name = "appeal_pending", nullable = false)
    public boolean appealPending;

    /** Set when the penalty notice is cancelled (Sch 16 para 8, or the tribunal allowing an appeal). */
    @Embedded
    public Cancellation cancellation;

    /**
     * Every variation, oldest first: {@link #amount} and {@link #paymentDueOn} are the current values, the
     * earlier ones are kept here (Sch 16 para 7, s.163(3)). Written by the variations, never through this list.
     */
    @OneToMany(fetch = FetchType.EAGER)
    @JoinColumn(name = "notice_id", insertable = false, updatable = false)
    @OrderBy("variedAt, id")
    @BatchSize(size = 50)
    // a second select, never an outer join: joined, PostgreSQL cannot lock the notice's row in the same select
    // (FOR UPDATE on an outer join), so a locked read would load the row first and lock it after, and two
    // changes waiting on the lock would both write from the same version
    @Fetch(FetchMode.SELECT)
    public List<NoticeVariation> variations = new ArrayList<>();

    /** Enforcement notice: what the organisation has failed or is failing to do (DPA 2018 s.150(1)(a)). */
    @Column(name = "enforcement_failures")
    public String enforcementFailures;

    /** Enforcement notice: stated urgent, with reasons, so steps may fall due sooner (DPA 2018 s.150(8)). */
    @Column(name = "enforcement_urgent", nullable = false)
    public boolean enforcementUrgent;

    @Column(name = "enforcement_urgency_reasons")
    public String enforcementUrgencyReasons;

    /**
     * Enforcement notice: its steps, first first. Written by {@code EnforcementSteps}, never through this list; a
     * second select as for {@link #variations}, so a locked read locks the notice's row before reading them.
     */
    @OneToMany(mappedBy = "notice", fetch = FetchType.EAGER)
    @OrderBy("position")
    @BatchSize(size = 50)
    @Fetch(FetchMode.SELECT)
    public List<org.casework.notices.domain.enforcement.EnforcementStep> enforcementSteps = new ArrayList<>();

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** Information notice: what it requires, in what form, in how many days (DPA 2018 s.142(2)-(3), (7)). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "information_terms")
    public org.casework.notices.domain.investigation.InformationTerms informationTerms;

    /** Assessment notice: what is inspected, when, which documents and people, the s.147(6) check (s.146(2)). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "assessment_terms")
    public org.casework.notices.domain.investigation.AssessmentTerms assessmentTerms;

    /**
     * Information or assessment notice: the day compliance is required, fixed when the notice is given (the last day
     * for the information, or the inspection day); null for other notices.
     */
    @Column(name = "required_by")
    public LocalDate requiredBy;

    /** Information or assessment notice: the record that it was not complied with (DPA 2018 s.155(1)(b)), if any. */
    @Embedded
    public org.casework.notices.domain.investigation.NonComplianceRecord nonCompliance;

    /**
     * Notice of intent or penalty notice under DPA 2018 s.155(1)(b): the notice not complied with (the penalty notice
     * takes its notice of intent's); null for a penalty under s.155(1)(a). See {@link FailureToComplyRules}.
     */
    @Embedded
    public FailureToComply failureToComply;

    /**
     * The day the notice is treated as given, from which its periods run; a notice whose issue predates recording it
     * was given on the day it was issued (the migration that added it says so too).
     */
    public LocalDate dayGiven() {
        return givenOn != null ? givenOn : issuedOn;
    }

    public boolean isDraft() {
        return status == NoticeStatus.DRAFT;
    }

    /** An issued notice of intent whose representation window is not yet confirmed open. */
    public boolean awaitsRepresentationWindow() {
        return type == NoticeType.NOTICE_OF_INTENT && status == NoticeStatus.ISSUED && representationWindowOpenedAt == null;
    }

    public void requireDraft(String action) {
        if (status != NoticeStatus.DRAFT) {
            throw ProblemException.conflict("notice-not-draft", "Notice not a draft",
                    "Notice " + reference + " is " + status + ": it cannot be " + action);
        }
    }

    /** Records the calculation and its result; the amount is always the calculation's. */
    public void applyCalculation(PenaltyInput input, PenaltyCalculation result) {
        calculationInput = input;
        calculation = result;
        amount = result == null ? null : result.amount();
        PecrInfringement pecr = input == null ? null : input.pecr();
        legalRegime = input == null ? LegalRegime.DPA_UK_GDPR : input.legalRegime();
        pecrInfringedFrom = pecr == null ? null : pecr.infringedFrom();
        pecrInfringedTo = pecr == null ? null : pecr.infringedTo();
        pecrRegulations = pecr == null ? null : String.join(",", pecr.regulations());
    }

    /** Every change moves updatedAt forward, so the row is dirty and the version (ETag) rises. */
    public void touch(Instant at) {
        Instant now = at.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        updatedAt = updatedAt == null || now.isAfter(updatedAt) ? now
                : updatedAt.plus(1, java.time.temporal.ChronoUnit.MICROS);
    }
}
