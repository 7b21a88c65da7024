package org.casework.notices.domain.fee;

import java.time.LocalDate;

import org.casework.notices.domain.StatutoryPeriods;
import org.casework.platform.problem.ProblemException;

/**
 * The steps of a fixed penalty for an unpaid charge under DPA 2018 Sch 16, in London calendar days, with the
 * shortest periods the Schedule allows (the regulator's short form): representations for 21 days beginning when
 * the notice of intent is given (para 3(4)); no penalty notice until that period has ended (para 4) nor after
 * 6 months beginning with that day (para 2(2)); payment within 28 days beginning when the penalty notice is given
 * (para 6(2)); appeal as for any penalty notice (s.162(1)(d)).
 */
public final class FeePenaltyRules {

    static final String PERIOD_RULE = "DPA 2018 Sch 16 para 3(4), para 4";

    private FeePenaltyRules() {
    }

    public static LocalDate representationsDueOn(LocalDate givenOn) {
        return StatutoryPeriods.representationsDueOn(givenOn, StatutoryPeriods.MIN_REPRESENTATION_DAYS);
    }

    public static LocalDate penaltyNoticeDeadline(LocalDate givenOn) {
        return StatutoryPeriods.penaltyNoticeDeadline(givenOn);
    }

    public static LocalDate paymentDueOn(LocalDate penaltyNoticeGivenOn) {
        return StatutoryPeriods.paymentDueOn(penaltyNoticeGivenOn, StatutoryPeriods.MIN_PAYMENT_DAYS);
    }

    public static LocalDate appealDueOn(LocalDate penaltyNoticeGivenOn) {
        return StatutoryPeriods.appealDueOn(penaltyNoticeGivenOn);
    }

    static void requirePenaltyNoticeAllowed(FeePenalty p, LocalDate today) {
        requireStatus(p, FeePenaltyStatus.NOTICE_OF_INTENT_GIVEN, "give a penalty notice");
        if (!today.isAfter(p.representationsDueOn)) {
            throw ProblemException.conflict("representation-period-running", "Representation period still running",
                    "The organisation may make representations until " + p.representationsDueOn + " (21 days beginning "
                            + "when the notice of intent was given on " + p.noticeOfIntentGivenOn + ", " + PERIOD_RULE
                            + "); a penalty notice can be given from " + p.representationsDueOn.plusDays(1))
                    .with("rule", PERIOD_RULE).with("representationsDueOn", p.representationsDueOn.toString());
        }
        if (today.isAfter(p.penaltyNoticeDeadline)) {
            throw ProblemException.unprocessable("penalty-notice-deadline-passed", "Penalty notice deadline passed",
                    "A penalty notice resting on the notice of intent of " + p.noticeOfIntentGivenOn + " had to be "
                            + "given by " + p.penaltyNoticeDeadline + " (DPA 2018 Sch 16 para 2(2))")
                    .with("rule", "DPA 2018 Sch 16 para 2(2)");
        }
    }

    static void requireFeePaymentWithdraws(FeePenalty p, LocalDate paidOn, LocalDate today) {
        requireStatus(p, FeePenaltyStatus.NOTICE_OF_INTENT_GIVEN, "withdraw it for the fee paid");
        requireDay("paidOn", paidOn, p.chargePeriodStart, today, "the charge period began");
    }

    static void requirePenaltyPayable(FeePenalty p, LocalDate paidOn, LocalDate today) {
        requireStatus(p, FeePenaltyStatus.PENALTY_NOTICE_GIVEN, "record the penalty paid");
        requireDay("paidOn", paidOn, p.penaltyNoticeGivenOn, today, "the penalty notice was given");
    }

    private static void requireStatus(FeePenalty p, FeePenaltyStatus needed, String what) {
        if (p.status != needed) {
            throw ProblemException.conflict("fee-penalty-status", "Not possible in this status", "Cannot " + what
                    + ": the penalty is " + p.status + ", and this needs " + needed)
                    .with("currentStatus", p.status.name());
        }
    }

    private static void requireDay(String field, LocalDate day, LocalDate from, LocalDate today, String fromWhat) {
        if (day.isAfter(today) || day.isBefore(from)) {
            throw ProblemException.unprocessable("date-out-of-range", "Date not possible", field + " must be from the "
                    + "day " + fromWhat + " (" + from + ") to today (" + today + "); " + day + " was given");
        }
    }
}
