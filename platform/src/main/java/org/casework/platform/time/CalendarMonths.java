package org.casework.platform.time;

import java.time.LocalDate;

/**
 * Periods counted in calendar months (Interpretation Act 1978 Sch 1: "month" means calendar month) by the
 * corresponding-date rule (Dodds v Walker [1981] 1 WLR 1027, HL): months run to the day bearing the same
 * number in the later month. A period "beginning with" a day counts that day as its first, so it ends the
 * day before the corresponding date; where the later month has no such date (31 Aug + 6 months: no 31 Feb)
 * the period ends on the last day of that month, which {@code plusMonths(n).minusDays(1)} gets a day short.
 */
public final class CalendarMonths {

    private CalendarMonths() {
    }

    /**
     * The last day of a period of {@code months} months beginning with {@code firstDay}: begins 1 Mar, 6 months,
     * ends 31 Aug; begins 31 Aug 2025 ends 28 Feb 2026; begins 31 Aug 2027 ends 29 Feb 2028.
     */
    public static LocalDate lastDayOfMonthsBeginningWith(LocalDate firstDay, int months) {
        if (months < 1) {
            throw new IllegalArgumentException("a period of months needs at least one month: " + months);
        }
        LocalDate later = firstDay.plusMonths(months);
        // plusMonths clamps a missing day to the month's last day; only an exact corresponding date loses a day
        return later.getDayOfMonth() == firstDay.getDayOfMonth() ? later.minusDays(1) : later;
    }
}
