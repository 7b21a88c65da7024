package org.casework.notices.domain.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An agreement to take the balance outstanding by instalments ({@link InstalmentPlanRules}). It does not vary the
 * notice (only Sch 16 para 7 does): the penalty stays due on the notice's date, and while the plan is kept the
 * regulator does not refer it for recovery ({@link RecoveryRules}).
 */
@Entity
@Table(name = "instalment_plan")
public class InstalmentPlan {

    /** One instalment: the day it is due and its amount. */
    public record Instalment(LocalDate dueOn, BigDecimal amount) {
    }

    @Id
    public UUID id;

    @Column(name = "notice_id", nullable = false, updatable = false)
    public UUID noticeId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public List<Instalment> instalments = new ArrayList<>();

    /** The balance outstanding when the plan was agreed: what the instalments add up to. */
    @Column(nullable = false, updatable = false, precision = 17, scale = 2)
    public BigDecimal balance;

    /** What had been paid when the plan was agreed: whatever is paid beyond it pays the instalments. */
    @Column(name = "paid_before", nullable = false, updatable = false, precision = 17, scale = 2)
    public BigDecimal paidBefore;

    @Column(name = "agreed_on", nullable = false, updatable = false)
    public LocalDate agreedOn;

    @Column(nullable = false, updatable = false)
    public String reason;

    @Column(name = "agreed_by", nullable = false, updatable = false)
    public String agreedBy;

    /** When it was recorded; a later plan supersedes it. */
    @Column(name = "agreed_at", nullable = false, updatable = false)
    public Instant agreedAt;

    /** When a later plan replaced it; null for the current plan. */
    @Column(name = "superseded_at")
    public Instant supersededAt;
}
