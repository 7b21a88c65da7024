package org.casework.web.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A penalty's account ({@code GET /notices/{id}/account}): what is due, paid and owed, the instalments,
 * the payments, and whether recovery may be started. A cancelled penalty is due nothing and owes back
 * what was paid ({@code refundDue}).
 */
public record Account(String noticeId, String status, Money amountDue, Money paid, Money balance, Money refundDue,
        Optional<LocalDate> paymentDueOn, Optional<LocalDate> workingDayPaymentDueOn, boolean overdue,
        Optional<LocalDate> overdueSince, Optional<Interest> interest, List<Instalment> instalments,
        List<Payment> payments, boolean appealPending, Optional<SettlementState> settlement, Optional<Recovery> recovery) {

    public Account {
        paymentDueOn = Lists.orEmpty(paymentDueOn);
        workingDayPaymentDueOn = Lists.orEmpty(workingDayPaymentDueOn);
        overdueSince = Lists.orEmpty(overdueSince);
        interest = Lists.orEmpty(interest);
        instalments = Lists.orEmpty(instalments);
        payments = Lists.orEmpty(payments);
        settlement = Lists.orEmpty(settlement);
        recovery = Lists.orEmpty(recovery);
    }

    public boolean isCancelled() {
        return "CANCELLED".equals(status);
    }

    public boolean owesSomething() {
        return balance.amount().signum() > 0;
    }

    public boolean hasPaid() {
        return paid.amount().signum() > 0;
    }

    public boolean refundOwed() {
        return refundDue.amount().signum() > 0;
    }

    /** A payment period ending on a weekend or bank holiday: payment is in time on the next working day. */
    public boolean workingDayDiffers() {
        return workingDayPaymentDueOn.isPresent() && !workingDayPaymentDueOn.equals(paymentDueOn);
    }

    public record Interest(java.math.BigDecimal annualPercent, Money accrued) {
    }

    public record Instalment(LocalDate dueOn, Money amount, String status) {
    }

    public record Payment(String id, Money amount, LocalDate receivedOn, String reference, Optional<Instant> recordedAt) {

        public Payment {
            recordedAt = Lists.orEmpty(recordedAt);
        }
    }

    /** The settlement's conditions (paid in full in time; appeal waived) and any broken. */
    public record SettlementState(List<String> broken) {

        public SettlementState {
            broken = Lists.orEmpty(broken);
        }
    }

    public record Recovery(boolean possible, Optional<LocalDate> possibleFrom, List<String> barredBecause,
            Optional<LocalDate> referredOn) {

        public Recovery {
            possibleFrom = Lists.orEmpty(possibleFrom);
            barredBecause = Lists.orEmpty(barredBecause);
            referredOn = Lists.orEmpty(referredOn);
        }
    }
}
