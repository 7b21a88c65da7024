package org.casework.notices.domain.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.casework.notices.domain.Lengths;
import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeStatus;
import org.casework.notices.domain.StatutoryPeriods;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A penalty notice's account on a given day, computed from the notice as it stands (its current amount after any
 * variation or lost settlement discount, its dates, status and appeal flag) and from the payments, the current
 * instalment plan and any referral for recovery. Nothing is stored twice: a variation or cancellation shows at once.
 * <ul>
 * <li>Amount due: the notice's amount; nothing once it is cancelled (Sch 16 para 8), when all paid is refunded.
 * <li>Overdue: a balance remains after the last day for payment, which is the working-day date of the notice's
 * payment date (GRC Rules 2009 r.12(2), applied to payment: {@link StatutoryPeriods#lastDayInTime}). An instalment
 * plan does not move that date (it does not vary the notice); it bars recovery while it is kept. While an appeal
 * is pending the penalty need not be paid, so nothing is overdue then.
 * <li>Interest: only where the notice states a rate; simple interest accrues day by day on the balance overdue at
 * the end of each day, from the day after the working-day payment date ({@link AccountAmounts#interest}).
 * </ul>
 */
public record PenaltyAccount(NoticeStatus status, BigDecimal amountDue, BigDecimal paid, BigDecimal balance,
        BigDecimal refundDue, LocalDate paymentDueOn, LocalDate workingDayPaymentDueOn, boolean overdue,
        LocalDate overdueSince, Interest interest, List<InstalmentState> instalments, boolean planKept,
        boolean appealPending, SettlementState settlement, Recovery recovery) {

    public record Interest(BigDecimal annualPercent, BigDecimal accrued, LocalDate accruesFrom) {
    }

    public record InstalmentState(LocalDate dueOn, LocalDate workingDayDueOn, BigDecimal amount, BigDecimal paid,
            InstalmentStatus status) {
    }

    /** A broken condition of a settlement, by name. */
    public record Broken(@Schema(enumeration = { "APPEAL_WAIVED", "PAID_IN_FULL_IN_TIME" }) String condition,
            @Schema(maxLength = Lengths.WRITTEN) String detail) {

        /** Each condition of a settlement is broken once: an appeal waived, payment in full in time. */
        public static final int MAX = 2;
    }

    public record SettlementState(boolean discountLost, LocalDate discountLostOn, boolean conditionsKept,
            List<Broken> broken) {
    }

    public record Recovery(boolean possible, LocalDate possibleFrom, List<RecoveryBar> barredBecause,
            LocalDate referredOn, String referredBy) {
    }

    public static PenaltyAccount of(Notice n, List<Payment> payments, InstalmentPlan plan, RecoveryReferral referral,
            LocalDate today) {
        boolean cancelled = n.status == NoticeStatus.CANCELLED;
        BigDecimal amountDue = cancelled ? AccountAmounts.ZERO : n.amount.setScale(2);
        BigDecimal paid = AccountAmounts.sum(payments.stream().map(p -> p.amount).toList());
        BigDecimal balance = amountDue.subtract(paid).max(AccountAmounts.ZERO);
        BigDecimal refundDue = paid.subtract(amountDue).max(AccountAmounts.ZERO);
        LocalDate inTime = StatutoryPeriods.lastDayInTime(n.paymentDueOn);
        // while an appeal is pending the penalty need not be paid (DPA 2018 Sch 16 para 9(1)(b)): not overdue
        boolean overdue = !cancelled && !n.appealPending && balance.signum() > 0 && today.isAfter(inTime);

        List<InstalmentState> instalments = cancelled || plan == null ? List.of() : instalments(plan, paid, balance,
        today);
        boolean planKept = !instalments.isEmpty() && balance.signum() > 0
                && instalments.stream().noneMatch(i -> i.status() == InstalmentStatus.OVERDUE);
        Interest interest = n.latePaymentInterestPercent == null ? null
                : new Interest(n.latePaymentInterestPercent, cancelled ? AccountAmounts.ZERO
                        : AccountAmounts.interest(poundDays(amountDue, payments, inTime.plusDays(1), today),
                                n.latePaymentInterestPercent), inTime.plusDays(1));
        List<RecoveryBar> bars = RecoveryRules.bars(n, balance, planKept, referral, today);
        Recovery recovery = new Recovery(bars.isEmpty(), RecoveryRules.possibleFrom(n), bars,
                referral == null ? null : referral.referredOn, referral == null ? null : referral.referredBy);
        return new PenaltyAccount(n.status, amountDue, paid, balance, refundDue, n.paymentDueOn, inTime, overdue,
                overdue ? inTime.plusDays(1) : null, interest, instalments, planKept, n.appealPending,
                settlement(n, amountDue, payments, inTime, today), recovery);
    }

    /**
     * What has been paid beyond what was paid when the plan was agreed (already taken off the balance it divides)
     * pays its instalments, earliest due first. Once nothing is owed (paid, or the amount varied down), no
     * instalment is outstanding.
     */
    private static List<InstalmentState> instalments(InstalmentPlan plan, BigDecimal paid, BigDecimal balance,
            LocalDate today) {
        BigDecimal available = paid.subtract(plan.paidBefore).max(AccountAmounts.ZERO);
        List<InstalmentState> states = new ArrayList<>();
        for (InstalmentPlan.Instalment i : plan.instalments) {
            BigDecimal towards = available.min(i.amount());
            available = available.subtract(towards);
            LocalDate inTime = StatutoryPeriods.lastDayInTime(i.dueOn());
            InstalmentStatus status = towards.compareTo(i.amount()) >= 0 || balance.signum() == 0 ? InstalmentStatus.PAID
                    : today.isAfter(inTime) ? InstalmentStatus.OVERDUE : InstalmentStatus.DUE;
            states.add(new InstalmentState(i.dueOn(), inTime, i.amount(), towards, status));
        }
        return states;
    }

    /** The sum, over each day from {@code from} to {@code until}, of the balance outstanding at the end of that day. */
    static BigDecimal poundDays(BigDecimal amountDue, List<Payment> payments, LocalDate from, LocalDate until) {
        List<Payment> inOrder = payments.stream().sorted(Comparator.comparing((Payment p) -> p.receivedOn)).toList();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal outstanding = amountDue;
        int next = 0;
        for (LocalDate day = from; !day.isAfter(until); day = day.plusDays(1)) {
            while (next < inOrder.size() && !inOrder.get(next).receivedOn.isAfter(day)) {
                outstanding = outstanding.subtract(inOrder.get(next++).amount);
            }
            if (outstanding.signum() > 0) {
                total = total.add(outstanding);
            }
        }
        return total;
    }

    /**
     * A settled penalty's two conditions: the appeal stays waived, and the penalty is paid in full within the payment
     * period. Appealing all the same loses the discount (recorded by the appeal as {@code lostOn}); payment is late
     * once the working-day payment date has passed with less than the amount due received by then.
     */
    private static SettlementState settlement(Notice n, BigDecimal amountDue, List<Payment> payments, LocalDate inTime,
            LocalDate today) {
        if (n.settlement == null) {
            return null;
        }
        List<Broken> broken = new ArrayList<>();
        if (n.settlement.lostOn != null) {
            broken.add(new Broken("APPEAL_WAIVED", "An appeal was lodged on " + n.settlement.lostOn
                    + " although it was waived: the settlement discount is lost"));
        }
        BigDecimal paidInTime = AccountAmounts.sum(payments.stream().filter(p -> !p.receivedOn.isAfter(inTime))
                .map(p -> p.amount).toList());
        if (n.status == NoticeStatus.ISSUED && today.isAfter(inTime) && paidInTime.compareTo(amountDue) < 0) {
            broken.add(new Broken("PAID_IN_FULL_IN_TIME", "By " + inTime + " " + paidInTime.toPlainString()
                    + " of " + amountDue.toPlainString() + " had been paid"));
        }
        return new SettlementState(n.settlement.lostOn != null, n.settlement.lostOn, broken.isEmpty(), broken);
    }
}
