package org.casework.notices.domain;

import java.time.LocalDate;

import org.casework.platform.problem.ProblemException;
import org.casework.platform.time.CalendarMonths;
import org.casework.platform.time.EnglandAndWalesCalendar;

/**
 * The statutory periods of DPA 2018 Sch 16, counted in London calendar days. A period "beginning
 * when the notice is given" counts the day of giving as day 1; one counted in months ends by the corresponding-date
 * rule ({@link CalendarMonths}). The statutory last day of a period for doing an act is kept as the law gives it;
 * {@link #lastDayInTime} gives the working day on which the act is still in time (GRC Rules 2009 r.12(2)).
 */
public final class StatutoryPeriods {

    /** Sch 16 para 3(4): not less than 21 days beginning when the notice of intent is given. */
    public static final int MIN_REPRESENTATION_DAYS = 21;
    /** Sch 16 para 6(2): not less than 28 days beginning when the penalty notice is given. */
    public static final int MIN_PAYMENT_DAYS = 28;
    /** Appeal to the First-tier Tribunal within 28 days of the date the notice was sent (GRC Rules r.22). */
    public static final int APPEAL_DAYS = 28;
    /** Sch 16 para 2(2): a penalty notice within 6 months beginning when the notice of intent is given. */
    public static final int PENALTY_NOTICE_MONTHS = 6;

    private StatutoryPeriods() {
    }

    /** The last day for representations: given 7 Aug 2024 with 21 days, 27 Aug 2024. */
    public static LocalDate representationsDueOn(LocalDate givenOn, int days) {
        requireRepresentationDays(days);
        return givenOn.plusDays(days - 1L);
    }

    public static void requireRepresentationDays(int days) {
        if (days < MIN_REPRESENTATION_DAYS) {
            throw ProblemException.unprocessable("representation-period-too-short", "Representation period too short",
                    "The period for representations must be at least " + MIN_REPRESENTATION_DAYS
                            + " days beginning when the notice of intent is given (DPA 2018 Sch 16 para 3(4)); "
                            + days + " days were set")
                    .with("rule", "DPA 2018 Sch 16 para 3(4)");
        }
    }

    /** The last day a penalty notice may rest on a notice of intent given on {@code noticeOfIntentGivenOn}. */
    public static LocalDate penaltyNoticeDeadline(LocalDate noticeOfIntentGivenOn) {
        return CalendarMonths.lastDayOfMonthsBeginningWith(noticeOfIntentGivenOn, PENALTY_NOTICE_MONTHS);
    }

    /** The last day for payment. */
    public static LocalDate paymentDueOn(LocalDate givenOn, int days) {
        requirePaymentDays(days);
        return givenOn.plusDays(days - 1L);
    }

    public static void requirePaymentDays(int days) {
        if (days < MIN_PAYMENT_DAYS) {
            throw ProblemException.unprocessable("payment-period-too-short", "Payment period too short",
                    "The period for payment must be at least " + MIN_PAYMENT_DAYS
                            + " days beginning when the penalty notice is given (DPA 2018 Sch 16 para 6(2)); "
                            + days + " days were set")
                    .with("rule", "DPA 2018 Sch 16 para 6(2)");
        }
    }

    /** The last day to appeal to the First-tier Tribunal: 28 days after the date the notice is sent. */
    public static LocalDate appealDueOn(LocalDate sentOn) {
        return sentOn.plusDays(APPEAL_DAYS);
    }

    /**
     * The day an act due on {@code statutoryLastDay} is still done in time: the day itself if it is a working day in
     * England and Wales, else the next working day (Tribunal Procedure (First-tier Tribunal) (General Regulatory
     * Chamber) Rules 2009 r.12(2)). The suite applies it to the appeal period, and to the payment period too because
     * the regulator is closed on the same days (issue 13). Null for no date.
     */
    public static LocalDate lastDayInTime(LocalDate statutoryLastDay) {
        return statutoryLastDay == null ? null
                : EnglandAndWalesCalendar.standard().nextWorkingDayOnOrAfter(statutoryLastDay);
    }
}
