package org.casework.notices.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.casework.notices.domain.Lengths;
import org.casework.notices.domain.payment.Payment;
import org.casework.platform.money.Money;
import org.casework.platform.openapi.Produced;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A payment received towards a penalty. */
public record PaymentView(UUID id, Money amount, LocalDate receivedOn,
        @Schema(maxLength = Lengths.EXTERNAL_REFERENCE) String reference,
        @Schema(maxLength = Produced.NAME) String recordedBy,
        Instant recordedAt) {

    public static PaymentView of(Payment p) {
        return new PaymentView(p.id, Money.gbp(p.amount), p.receivedOn, p.reference, p.recordedBy, p.recordedAt);
    }
}
