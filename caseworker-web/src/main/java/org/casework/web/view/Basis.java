package org.casework.web.view;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

import org.casework.web.support.GovukFormats;

import io.quarkus.qute.TemplateData;

/**
 * The law behind each date and action on a penalty, in words a reader can check: the period, the
 * provision, and why a date moves to the next working day (the tribunal's rules count a period ending on
 * a non-working day as ending on the next one). Pages print these beside the date or form they explain.
 */
@TemplateData(namespace = "basis")
public final class Basis {

    public static final String VARY = "The Commissioner may vary a penalty notice, but never to the organisation’s "
            + "detriment: the amount can only go down and the time to pay only get longer (Data Protection Act 2018, "
            + "Schedule 16, paragraph 7). A variation notice is generated; the original notice is kept unchanged.";
    public static final String CANCEL = "The Commissioner may cancel a penalty notice (Data Protection Act 2018, "
            + "Schedule 16, paragraph 8). Anything paid is then refunded, and no new penalty notice may be given for "
            + "the same failure.";
    public static final String RECOVERY = "A penalty can be recovered only once the period for paying it and the "
            + "period for appealing have both ended, and no appeal is pending (Data Protection Act 2018, Schedule 16, "
            + "paragraph 9).";
    public static final String APPEAL = "The organisation may appeal against the notice and the amount to the "
            + "First-tier Tribunal (Data Protection Act 2018, section 162); the tribunal may allow it, dismiss it or "
            + "substitute another notice or amount (section 163).";
    public static final String INSTALMENTS = "The instalments must add up exactly to the balance outstanding. While "
            + "they are kept, recovery is not started.";
    public static final String HEARING = "The organisation may ask to make its representations orally (Data Protection "
            + "Act 2018, Schedule 16, paragraph 3(5)). A penalty notice cannot be given while a request is undecided "
            + "or a granted hearing has not been held.";

    public static final String LATER_DEADLINE = "A penalty notice resting on this notice of intent must be given "
            + "within 6 months beginning with the day the notice of intent was given (Data Protection Act 2018, "
            + "Schedule 16, paragraph 2(2)). The Commissioner and the organisation may agree a later date "
            + "(paragraph 2(3)), but only while that period is still running: once it has ended there is nothing "
            + "left to extend.";

    private Basis() {
    }

    /**
     * The last day a penalty notice may rest on a notice of intent given on {@code givenOn}: 6 months
     * beginning with that day (Sch 16 para 2(2)), counted as notice-service counts it (platform
     * CalendarMonths): to the day before the corresponding date, or the month's last day where it has none.
     * Shown to explain the date; notice-service decides whether a notice is in time.
     */
    public static LocalDate penaltyNoticeDueBy(LocalDate givenOn) {
        LocalDate later = givenOn.plusMonths(6);
        return later.getDayOfMonth() == givenOn.getDayOfMonth() ? later.minusDays(1) : later;
    }

    /** "4 April 2027: 6 months beginning with the day the notice of intent was given (…paragraph 2(2))." */
    public static String penaltyNoticeStatutory(LocalDate givenOn) {
        return GovukFormats.longDate(penaltyNoticeDueBy(givenOn)) + ": 6 months beginning with the day the notice of intent "
                + "was given (Data Protection Act 2018, Schedule 16, paragraph 2(2)).";
    }

    /** "30 June 2027: a later date agreed with the organisation (…paragraph 2(3))." */
    public static String penaltyNoticeAgreed(LocalDate agreedUntil) {
        return GovukFormats.longDate(agreedUntil) + ": a later date agreed with the organisation (Data Protection Act 2018, "
                + "Schedule 16, paragraph 2(3)).";
    }

    /**
     * "Due by 23 April 2026: the period the penalty notice gives for payment, at least 28 days (…)", with
     * the working day notice-service counts a payment in time when the last day is a weekend or bank holiday.
     */
    public static String payment(LocalDate dueOn, Optional<LocalDate> workingDay) {
        return "Due by " + GovukFormats.longDate(dueOn) + ": the period the penalty notice gives for payment, at least 28 "
                + "days (Data Protection Act 2018, Schedule 16, paragraph 6(2))" + nextWorkingDay(dueOn, workingDay, "a payment", ".");
    }

    /** "24 December 2026: 28 days to appeal to the First-tier Tribunal (…); as that day is a bank holiday, …". */
    public static String appeal(LocalDate dueOn, Optional<LocalDate> workingDay) {
        return GovukFormats.longDate(dueOn) + ": 28 days to appeal to the First-tier Tribunal (Data Protection Act 2018, "
                + "section 162; Tribunal Procedure (First-tier Tribunal) (General Regulatory Chamber) Rules 2009, rule 22)"
                + nextWorkingDay(dueOn, workingDay, "an appeal", " (rule 12).");
    }

    private static String nextWorkingDay(LocalDate dueOn, Optional<LocalDate> workingDay, String what, String end) {
        if (workingDay.isEmpty() || workingDay.get().equals(dueOn)) {
            return ".";
        }
        DayOfWeek day = dueOn.getDayOfWeek();
        String why = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY ? "a weekend" : "a bank holiday";
        return "; as that day is " + why + ", " + what + " is in time on the next working day, "
                + GovukFormats.longDate(workingDay.get()) + end;
    }
}
