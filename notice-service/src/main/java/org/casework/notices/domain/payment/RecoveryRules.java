package org.casework.notices.domain.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeStatus;
import org.casework.notices.domain.StatutoryPeriods;
import org.casework.platform.problem.ProblemException;

/**
 * When a penalty may be referred for recovery as a civil debt. DPA 2018 Sch 16 para 9(1): the Commissioner may not
 * take action to recover a penalty unless (a) the period for payment specified in the penalty notice has ended,
 * (b) any appeals against the penalty notice have been decided or otherwise ended, (c) if the notice has been
 * varied, any appeals against the variation have been decided or otherwise ended, and (d) the period for the
 * person to appeal against the penalty, and any variation of it, has ended. Para 9(2): in England and Wales the
 * penalty is then recoverable, if the county court or the High Court so orders, as if payable under its order.
 * The appeal is to the First-tier Tribunal (s.162(1)(d), (3)), which may allow it or substitute another notice
 * (s.163). Both periods end on their working-day date (GRC Rules 2009 r.12(2), applied to payment too: see
 * {@link StatutoryPeriods#lastDayInTime}). Beyond the statute, the regulator does not refer a penalty whose
 * balance it has agreed to take by instalments while the plan is kept, nor one that owes nothing.
 */
public final class RecoveryRules {

    static final String PARA_9_1_A = "DPA 2018 Sch 16 para 9(1)(a)";
    static final String PARA_9_1_B_C = "DPA 2018 Sch 16 para 9(1)(b)-(c); s.162-163";
    static final String PARA_9_1_D = "DPA 2018 Sch 16 para 9(1)(d); s.162(1)(d); GRC Rules 2009 r.22, r.12(2)";
    static final String PARA_9_2 = "DPA 2018 Sch 16 para 9(2)";
    static final String PARA_8 = "DPA 2018 Sch 16 para 8";
    static final String PLAN = "The instalment plan agreed with the organisation (regulator's policy)";

    private RecoveryRules() {
    }

    /**
     * The last day of the appeal period. A settlement's waiver of appeal leaves the notice without a printed appeal
     * date, but the statutory period still runs from the day the notice was sent: it is counted all the same, so a
     * waiver never brings recovery forward.
     */
    public static LocalDate appealPeriodEndsOn(Notice n) {
        LocalDate statutory = n.appealDueOn != null ? n.appealDueOn : StatutoryPeriods.appealDueOn(n.issuedOn);
        return StatutoryPeriods.lastDayInTime(statutory);
    }

    /** The first day recovery is possible as far as the two periods go: the day after both have ended. */
    public static LocalDate possibleFrom(Notice n) {
        LocalDate payment = StatutoryPeriods.lastDayInTime(n.paymentDueOn);
        LocalDate appeal = appealPeriodEndsOn(n);
        return (payment.isAfter(appeal) ? payment : appeal).plusDays(1);
    }

    /** Every reason the penalty cannot be referred on {@code on}; empty when it can. */
    public static List<RecoveryBar> bars(Notice n, BigDecimal balance, boolean planKept, RecoveryReferral referral,
            LocalDate on) {
        List<RecoveryBar> bars = new ArrayList<>();
        if (n.status == NoticeStatus.CANCELLED) {
            bars.add(new RecoveryBar("CANCELLED", PARA_8, "The penalty notice was cancelled: no penalty is owed"));
        } else if (balance.signum() <= 0) {
            bars.add(new RecoveryBar("NOTHING_OWED", PARA_9_2, "The penalty has been paid in full: nothing is owed"));
        }
        LocalDate paymentEnds = StatutoryPeriods.lastDayInTime(n.paymentDueOn);
        if (!on.isAfter(paymentEnds)) {
            bars.add(new RecoveryBar("PAYMENT_PERIOD_RUNNING", PARA_9_1_A,
                    "The period for payment runs until " + paymentEnds + " (working-day date)"));
        }
        LocalDate appealEnds = appealPeriodEndsOn(n);
        if (!on.isAfter(appealEnds)) {
            bars.add(new RecoveryBar("APPEAL_PERIOD_RUNNING", PARA_9_1_D,
                    "The period for appealing to the First-tier Tribunal runs until " + appealEnds + " (working-day date)"));
        }
        if (n.appealPending) {
            bars.add(new RecoveryBar("APPEAL_PENDING", PARA_9_1_B_C,
                    "An appeal against the penalty notice has not been decided or otherwise ended"));
        }
        if (planKept) {
            bars.add(new RecoveryBar("INSTALMENT_PLAN_KEPT", PLAN,
                    "The balance is being paid by agreed instalments and none is overdue"));
        }
        if (referral != null) {
            bars.add(new RecoveryBar("ALREADY_REFERRED", PARA_9_2, "Referred for recovery on " + referral.referredOn));
        }
        return bars;
    }

    /** Refuses a referral the rules bar, naming every bar and its rule (409 recovery-barred). */
    public static void requireRecoverable(List<RecoveryBar> bars) {
        if (!bars.isEmpty()) {
            throw ProblemException.conflict("recovery-barred", "Recovery barred",
                    "The penalty cannot be referred for recovery: " + String.join("; ",
                            bars.stream().map(RecoveryBar::detail).toList()))
                    .with("rule", bars.get(0).rule())
                    .with("barredBecause", bars);
        }
    }
}
