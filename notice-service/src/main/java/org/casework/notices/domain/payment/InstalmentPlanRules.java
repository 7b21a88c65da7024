package org.casework.notices.domain.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeStatus;
import org.casework.platform.problem.ProblemException;

/**
 * What an instalment plan must be. It is an agreement to take the balance outstanding in parts, so its
 * instalments add up to that balance exactly (not a penny more or less), fall due in order, and none is due
 * before the day it is agreed on; the notice must still be in force with something owed. The plan does not vary
 * the notice (only Sch 16 para 7 does, never to the person's detriment), so its payment date is unchanged.
 */
public final class InstalmentPlanRules {

    public static final int MAX_INSTALMENTS = 120;

    private InstalmentPlanRules() {
    }

    public static void check(Notice n, BigDecimal balance, List<InstalmentPlan.Instalment> instalments,
            LocalDate agreedOn, LocalDate today) {
        PaymentRules.requireAccount(n);
        if (n.status != NoticeStatus.ISSUED) {
            throw ProblemException.conflict("not-payable", "No penalty to pay",
                    "Notice " + n.reference + " was cancelled: there is no balance to pay by instalments")
                    .with("rule", "DPA 2018 Sch 16 para 8");
        }
        if (balance.signum() <= 0) {
            throw ProblemException.conflict("nothing-owed", "Nothing owed",
                    "The penalty of notice " + n.reference + " has been paid in full: there is nothing to pay by instalments");
        }
        if (agreedOn.isAfter(today) || agreedOn.isBefore(n.issuedOn)) {
            throw ProblemException.unprocessable("plan-agreed-on-invalid", "Agreement date not possible",
                    "A plan is agreed on or after the day the notice was given (" + n.issuedOn + ") and not later than "
                            + "today (" + today + "); " + agreedOn + " was given");
        }
        LocalDate previous = null;
        for (InstalmentPlan.Instalment i : instalments) {
            if (i.amount().signum() <= 0 || !AccountAmounts.wholePence(i.amount())) {
                throw ProblemException.unprocessable("instalment-amount-invalid", "Instalment amount invalid",
                        "Each instalment is more than £0.00 in whole pence; " + i.amount().toPlainString() + " was given");
            }
            if (i.dueOn().isBefore(today)) {
                throw ProblemException.unprocessable("instalment-in-past", "Instalment due in the past",
                        "An instalment due on " + i.dueOn() + " would be late as soon as it is agreed: none may fall "
                                + "before today, " + today);
            }
            if (previous != null && !i.dueOn().isAfter(previous)) {
                throw ProblemException.unprocessable("instalments-not-ascending", "Instalment dates not ascending",
                        "Each instalment falls due after the one before: " + i.dueOn() + " follows " + previous);
            }
            previous = i.dueOn();
        }
        BigDecimal total = AccountAmounts.sum(instalments.stream().map(InstalmentPlan.Instalment::amount).toList());
        if (total.compareTo(balance) != 0) {
            throw ProblemException.unprocessable("instalments-not-balance", "Instalments do not add up to the balance",
                    "The instalments add up to " + total.toPlainString() + "; the balance outstanding is "
                            + balance.toPlainString() + ", and a plan takes exactly that")
                    .with("balance", balance.toPlainString())
                    .with("instalmentsTotal", total.toPlainString());
        }
    }
}
