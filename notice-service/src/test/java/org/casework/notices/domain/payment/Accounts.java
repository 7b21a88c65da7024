package org.casework.notices.domain.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeStatus;
import org.casework.notices.domain.NoticeType;
import org.casework.notices.domain.StatutoryPeriods;

/** Penalty notices, payments and plans for the account's unit tests. */
final class Accounts {

    private Accounts() {
    }

    /** A penalty notice given on {@code issuedOn} with 28 days to pay and the right of appeal. */
    static Notice penalty(LocalDate issuedOn, String amount) {
        Notice n = new Notice();
        n.id = UUID.randomUUID();
        n.reference = "PN-2025-000001";
        n.type = NoticeType.PENALTY_NOTICE;
        n.status = NoticeStatus.ISSUED;
        n.amount = new BigDecimal(amount);
        n.issuedOn = issuedOn;
        n.paymentDays = 28;
        n.paymentDueOn = StatutoryPeriods.paymentDueOn(issuedOn, 28);
        n.appealDueOn = StatutoryPeriods.appealDueOn(issuedOn);
        return n;
    }

    static Payment paid(String amount, LocalDate receivedOn) {
        return paid(amount, receivedOn, receivedOn.atStartOfDay().toInstant(java.time.ZoneOffset.UTC).plusSeconds(43200));
    }

    static Payment paid(String amount, LocalDate receivedOn, Instant recordedAt) {
        Payment p = Payment.of(UUID.randomUUID(), new BigDecimal(amount), receivedOn, "BACS-" + UUID.randomUUID());
        p.recordedAt = recordedAt;
        return p;
    }

    static InstalmentPlan plan(Instant agreedAt, InstalmentPlan.Instalment... instalments) {
        return plan(agreedAt, "0.00", instalments);
    }

    static InstalmentPlan plan(Instant agreedAt, String paidBefore, InstalmentPlan.Instalment... instalments) {
        InstalmentPlan plan = new InstalmentPlan();
        plan.paidBefore = new BigDecimal(paidBefore);
        plan.id = UUID.randomUUID();
        plan.instalments = List.of(instalments);
        plan.agreedAt = agreedAt;
        return plan;
    }

    static InstalmentPlan.Instalment instalment(LocalDate dueOn, String amount) {
        return new InstalmentPlan.Instalment(dueOn, new BigDecimal(amount));
    }

    static BigDecimal pounds(String amount) {
        return new BigDecimal(amount);
    }
}
