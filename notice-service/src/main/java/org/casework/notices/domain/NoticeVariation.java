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

import org.hibernate.annotations.Immutable;

/**
 * One variation of a penalty notice, by the regulator (a penalty variation notice, DPA 2018 Sch 16 para 7) or by
 * the tribunal substituting its decision (s.163(3)). It keeps the values before and after: the notice itself holds
 * only the current ones. Never changed once written (the database refuses it).
 */
@Entity
@Immutable
@Table(name = "notice_variation")
public class NoticeVariation {

    @Id
    public UUID id;

    @Column(name = "notice_id", nullable = false)
    public UUID noticeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ChangeSource source;

    @Column(name = "appeal_id")
    public UUID appealId;

    @Column(name = "amount_before", precision = 17, scale = 2)
    public BigDecimal amountBefore;

    @Column(name = "amount_after", precision = 17, scale = 2)
    public BigDecimal amountAfter;

    @Column(name = "payment_days_before")
    public Integer paymentDaysBefore;

    @Column(name = "payment_days_after")
    public Integer paymentDaysAfter;

    @Column(name = "payment_due_on_before")
    public LocalDate paymentDueOnBefore;

    @Column(name = "payment_due_on_after")
    public LocalDate paymentDueOnAfter;

    public String terms;

    @Column(nullable = false)
    public String reasons;

    @Column(name = "document_sha256", nullable = false)
    public String documentSha256;

    @Column(name = "varied_by", nullable = false)
    public String variedBy;

    @Column(name = "varied_at", nullable = false)
    public Instant variedAt;
}
