package org.casework.notices.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.casework.notices.domain.payment.Payment;
import org.casework.platform.money.Money;

/** A payment received towards a penalty. */
public record PaymentView(UUID id, Money amount, LocalDate receivedOn, String reference, String recordedBy,
        Instant recordedAt) {

    public static PaymentView of(Payment p) {
        return new PaymentView(p.id, Money.gbp(p.amount), p.receivedOn, p.reference, p.recordedBy, p.recordedAt);
    }
}
