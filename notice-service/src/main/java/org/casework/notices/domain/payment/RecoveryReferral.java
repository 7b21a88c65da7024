package org.casework.notices.domain.payment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A penalty referred for recovery as a civil debt (DPA 2018 Sch 16 para 9(2)), once the law allows it. */
@Entity
@Table(name = "recovery_referral")
public class RecoveryReferral {

    @Id
    @Column(name = "notice_id")
    public UUID noticeId;

    @Column(name = "referred_on", nullable = false, updatable = false)
    public LocalDate referredOn;

    @Column(nullable = false, updatable = false)
    public String note;

    @Column(name = "referred_by", nullable = false, updatable = false)
    public String referredBy;

    @Column(name = "referred_at", nullable = false, updatable = false)
    public Instant referredAt;
}
