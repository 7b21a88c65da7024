package org.casework.notices.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.casework.notices.domain.penalty.PenaltyCalculation;
import org.casework.notices.domain.penalty.PenaltyStep;
import org.casework.platform.problem.ProblemException;

/**
 * What an appeal to the First-tier Tribunal needs to be recorded and decided. A person given an information, an
 * assessment, an enforcement or a penalty notice may appeal (DPA 2018 s.162(1)(a)-(d)); the notice of appeal is due 28 days after the notice
 * was sent (GRC Rules 2009 r.22(1)(b)), in time on the next working day when that day is not one (r.12(2)); a late
 * one is admitted only if the tribunal extends time on the reason given (r.22(6), r.5(3)(a)). The tribunal allows
 * the appeal or substitutes its own decision (s.163(3)), or dismisses it (s.163(4)).
 */
public final class AppealRules {

    public static final String RIGHT_OF_APPEAL = "DPA 2018 s.162(1)";
    public static final String APPEAL_PERIOD = "GRC Rules 2009 r.22(1)(b), r.12(2), r.22(6)";
    public static final String DETERMINATION = "DPA 2018 s.163(3)-(4)";

    private AppealRules() {
    }

    /**
     * s.162(1)(a)-(d): of the notices this service gives, information, assessment, enforcement and penalty notices
     * carry a right of appeal (a penalty variation notice, (e), is recorded against its penalty notice).
     */
    public static boolean carriesRightOfAppeal(NoticeType type) {
        return type == NoticeType.PENALTY_NOTICE || type == NoticeType.ENFORCEMENT_NOTICE
                || type == NoticeType.INFORMATION_NOTICE || type == NoticeType.ASSESSMENT_NOTICE;
    }

    /**
     * Whether recording the appeal moves the case DECIDED → APPEALED and back: only for a final decision. An
     * information or assessment notice is given during the investigation and decides nothing; its case is not DECIDED.
     */
    public static boolean movesCase(NoticeType type) {
        return type.isFinalDecision();
    }

    public static void requireAppealable(NoticeType type, NoticeStatus status, String reference) {
        if (!carriesRightOfAppeal(type) || status != NoticeStatus.ISSUED) {
            throw ProblemException.conflict("appeal-not-applicable", "No appeal against this notice",
                    "An appeal is recorded against an issued information, assessment, enforcement or penalty notice; "
                            + reference + " is a "
                            + status + " " + type).with("rule", RIGHT_OF_APPEAL);
        }
    }

    public static void requireNoPendingAppeal(boolean pending, String reference) {
        if (pending) {
            throw ProblemException.conflict("appeal-pending", "An appeal is pending",
                    "An appeal against " + reference + " is already pending; record its outcome first");
        }
    }

    /** The statutory last day: the one printed on the notice, or 28 days after it was given when appeal was waived. */
    public static LocalDate appealDueOn(LocalDate issuedOn, LocalDate printed) {
        return printed != null ? printed : StatutoryPeriods.appealDueOn(issuedOn);
    }

    /** The day of lodging is a real one: not before the notice was given, not in the future. */
    public static void requireLodgedOn(LocalDate today, LocalDate issuedOn, LocalDate lodgedOn) {
        if (lodgedOn.isBefore(issuedOn) || lodgedOn.isAfter(today)) {
            throw ProblemException.unprocessable("appeal-date-invalid", "Appeal date not possible",
                    "lodgedOn must be between the day the notice was given (" + issuedOn + ") and today (" + today + ")");
        }
    }

    /**
     * r.22(1)(b) and r.12(2): in time up to the working-day due date. After it, only when the tribunal admitted the
     * late appeal (r.22(6), r.5(3)(a)), which is recorded with its reason.
     */
    public static void requireInTime(LocalDate lodgedOn, LocalDate workingDayDueOn, boolean lateAdmitted, String reason) {
        if (!lodgedOn.isAfter(workingDayDueOn)) {
            return;
        }
        if (!lateAdmitted || reason == null || reason.isBlank()) {
            throw ProblemException.unprocessable("appeal-out-of-time", "Appeal out of time",
                    "The appeal was lodged on " + lodgedOn + ", after the last day in time, " + workingDayDueOn
                            + ": record it only if the tribunal admitted it late (lateAppealAdmitted) with the reason")
                    .with("rule", APPEAL_PERIOD).with("workingDayDueOn", workingDayDueOn.toString());
        }
    }

    /** The settlement discount was given for waiving the appeal: appealing loses it, once. */
    public static boolean losesSettlement(Settlement settlement) {
        return settlement != null && Boolean.TRUE.equals(settlement.appealWaived) && settlement.lostOn == null;
    }

    /**
     * The amount before the settlement discount: the running amount of the step before step 7 (settlement) of the
     * calculation. Without a settlement step, the calculation's amount.
     */
    public static BigDecimal amountBeforeSettlement(PenaltyCalculation calculation) {
        List<PenaltyStep> steps = calculation.steps();
        for (int i = steps.size() - 1; i > 0; i--) {
            if (steps.get(i).number() == 7) {
                return steps.get(i - 1).amount();
            }
        }
        return calculation.amount();
    }

    public static void requirePending(AppealStatus status) {
        if (status != AppealStatus.PENDING) {
            throw ProblemException.conflict("appeal-decided", "Appeal already decided",
                    "The appeal's outcome is recorded (" + status + "); it is recorded once");
        }
    }

    /** A decision is made after the appeal was lodged and not in the future. */
    public static void requireDecidedOn(LocalDate today, LocalDate lodgedOn, LocalDate decidedOn) {
        if (decidedOn.isBefore(lodgedOn) || decidedOn.isAfter(today)) {
            throw ProblemException.unprocessable("decision-date-invalid", "Decision date not possible",
                    "decidedOn must be between the day the appeal was lodged (" + lodgedOn + ") and today (" + today + ")");
        }
    }

    /**
     * s.163(3): only a substituted decision (VARIED) carries an amount, a payment period or terms, and it carries at
     * least one of them; the other outcomes leave the notice as it is or cancel it.
     */
    public static void requireOutcomeFits(AppealStatus outcome, BigDecimal amount, Integer paymentDays, String terms) {
        boolean substitutes = amount != null || paymentDays != null || (terms != null && !terms.isBlank());
        if (outcome == AppealStatus.PENDING) {
            throw ProblemException.unprocessable("outcome-invalid", "Outcome invalid",
                    "outcome must be DISMISSED, ALLOWED, VARIED or WITHDRAWN");
        }
        if (outcome == AppealStatus.VARIED && !substitutes) {
            throw ProblemException.unprocessable("variation-changes-nothing", "Variation changes nothing",
                    "A VARIED outcome states the tribunal's substituted amount, payment period or terms")
                    .with("rule", DETERMINATION);
        }
        if (outcome != AppealStatus.VARIED && substitutes) {
            throw ProblemException.unprocessable("outcome-fields-not-applicable", "Not applicable to this outcome",
                    "amount, paymentDays and terms are given only with a VARIED outcome").with("rule", DETERMINATION);
        }
    }

    /**
     * s.163(3): the tribunal substitutes a notice the regulator could have given: an amount or payment period only in
     * a penalty notice, never above the applicable statutory maximum (s.157), the period at least 28 days (Sch 16
     * para 6(2)).
     */
    public static void requireSubstitutable(Notice n, BigDecimal amount, Integer paymentDays) {
        if ((amount != null || paymentDays != null) && n.type != NoticeType.PENALTY_NOTICE) {
            throw ProblemException.unprocessable("outcome-fields-not-applicable", "Not applicable to this notice",
                    "An amount or payment period is substituted only in a penalty notice; state the substituted terms of "
                            + n.reference).with("rule", DETERMINATION);
        }
        if (amount != null && n.calculation != null && amount.compareTo(n.calculation.maximum().applicable()) > 0) {
            throw ProblemException.unprocessable("amount-above-maximum", "Above the statutory maximum",
                    "The substituted amount exceeds the applicable statutory maximum, which the regulator could not have "
                            + "imposed").with("rule", "DPA 2018 s.157, s.163(3)");
        }
        if (paymentDays != null) {
            StatutoryPeriods.requirePaymentDays(paymentDays);
        }
    }
}
