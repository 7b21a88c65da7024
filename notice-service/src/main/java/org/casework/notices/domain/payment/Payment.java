package org.casework.notices.domain.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Money received towards a penalty: never changed once recorded (a mistake is put right by a refund, not an edit). */
@Entity
@Table(name = "payment")
public class Payment {

    @Id
    public UUID id;

    @Column(name = "notice_id", nullable = false, updatable = false)
    public UUID noticeId;

    @Column(nullable = false, updatable = false, precision = 17, scale = 2)
    public BigDecimal amount;

    @Column(name = "received_on", nullable = false, updatable = false)
    public LocalDate receivedOn;

    @Column(nullable = false, updatable = false)
    public String reference;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;

    public static Payment of(UUID noticeId, BigDecimal amount, LocalDate receivedOn, String reference) {
        Payment p = new Payment();
        p.id = UUID.randomUUID();
        p.noticeId = noticeId;
        p.amount = amount;
        p.receivedOn = receivedOn;
        p.reference = reference;
        return p;
    }
}
