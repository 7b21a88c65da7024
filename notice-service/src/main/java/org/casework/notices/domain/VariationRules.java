package org.casework.notices.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.casework.platform.problem.ProblemException;

/**
 * Variation and cancellation of a penalty notice by the regulator. DPA 2018 Sch 16 para 7: the regulator may vary a
 * penalty notice by a penalty variation notice, which specifies how it is varied (para 7(2)) and may not reduce the
 * period for payment, increase the amount, or otherwise vary it to the person's detriment (para 7(3)). Para 8: the
 * regulator may cancel it; then no further penalty notice may be given in relation to the same failure (para 8(2)(a))
 * and what was paid is repaid (para 8(2)(b)).
 */
public final class VariationRules {

    public static final String VARIATION = "DPA 2018 Sch 16 para 7";
    public static final String NO_DETRIMENT = "DPA 2018 Sch 16 para 7(3)";
    public static final String CANCELLATION = "DPA 2018 Sch 16 para 8";
    public static final String NO_FURTHER_PENALTY = "DPA 2018 Sch 16 para 8(2)(a)";

    private VariationRules() {
    }

    /** Only a penalty notice that has been given, and not cancelled, is varied or cancelled. */
    public static void requireIssuedPenaltyNotice(Notice n, String action) {
        if (n.type != NoticeType.PENALTY_NOTICE || n.status != NoticeStatus.ISSUED) {
            throw ProblemException.conflict("notice-not-" + action, "Not a penalty notice in force",
                    "Only an issued penalty notice can be " + (action.equals("variable") ? "varied" : "cancelled")
                            + "; " + n.reference + " is a " + n.status + " " + n.type)
                    .with("rule", action.equals("variable") ? VARIATION : CANCELLATION);
        }
    }

    /** Para 7(3): never a higher amount, never a shorter period nor an earlier last day for payment. */
    public static void requireNoDetriment(BigDecimal amount, BigDecimal newAmount, LocalDate dueOn, LocalDate newDueOn) {
        if (newAmount != null && newAmount.compareTo(amount) > 0) {
            throw detriment("The amount would rise from " + amount.toPlainString() + " to " + newAmount.toPlainString());
        }
        if (newDueOn != null && dueOn != null && newDueOn.isBefore(dueOn)) {
            throw detriment("The last day for payment would move earlier, from " + dueOn + " to " + newDueOn);
        }
    }

    /** Para 7(2)(b): a variation specifies how the notice is varied, so it must change something. */
    public static void requireChange(BigDecimal amount, BigDecimal newAmount, LocalDate dueOn, LocalDate newDueOn) {
        boolean amountChanges = newAmount != null && newAmount.compareTo(amount) != 0;
        boolean dateChanges = newDueOn != null && !newDueOn.equals(dueOn);
        if (!amountChanges && !dateChanges) {
            throw ProblemException.unprocessable("variation-changes-nothing", "Variation changes nothing",
                    "The variation gives the same amount and the same last day for payment as the notice has now")
                    .with("rule", "DPA 2018 Sch 16 para 7(2)(b)");
        }
    }

    /** Para 8(2)(a): after a cancellation, no further penalty notice for the same failure (a case is one failure). */
    public static void requireNoCancelledPenalty(long cancelledPenaltyNotices, String caseReference) {
        if (cancelledPenaltyNotices > 0) {
            throw ProblemException.conflict("penalty-cancelled", "Penalty notice cancelled",
                    "A penalty notice on case " + caseReference + " was cancelled: no further penalty notice may be "
                            + "given in relation to the same failure").with("rule", NO_FURTHER_PENALTY);
        }
    }

    private static ProblemException detriment(String what) {
        return ProblemException.unprocessable("variation-to-detriment", "Variation to the person's detriment",
                what + ": a penalty variation notice may not increase the amount or reduce the period for payment")
                .with("rule", NO_DETRIMENT);
    }
}
