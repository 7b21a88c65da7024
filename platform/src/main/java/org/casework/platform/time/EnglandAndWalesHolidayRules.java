package org.casework.platform.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The holidays of England and Wales that recur by rule, before any one-off proclamation
 * ({@link HolidayChanges}). Banking and Financial Dealings Act 1971 Sch 1 para 1: Easter Monday, the last
 * Monday in May, the last Monday in August, 26 December if not a Sunday, 27 December where 25 or 26 December
 * is a Sunday. Proclaimed every year under s.1(3): New Year's Day (or the next Monday), the first Monday in May,
 * and the substitute days for a Christmas or Boxing Day at a weekend. Good Friday and Christmas Day are common-law
 * holidays, not bank holidays, but tribunal rules count them out of working days by name.
 */
public final class EnglandAndWalesHolidayRules {

    private EnglandAndWalesHolidayRules() {
    }

    /** The holidays of {@code year} by rule, in date order, named as GOV.UK names them. */
    public static List<BankHoliday> of(int year) {
        List<BankHoliday> days = new ArrayList<>();
        Set<LocalDate> taken = new TreeSet<>();
        keep(days, taken, LocalDate.of(year, 1, 1), "New Year’s Day");
        LocalDate easter = easterSunday(year);
        days.add(new BankHoliday(easter.minusDays(2), "Good Friday"));
        days.add(new BankHoliday(easter.plusDays(1), "Easter Monday"));
        LocalDate may = LocalDate.of(year, Month.MAY, 1);
        days.add(new BankHoliday(may.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)), "Early May bank holiday"));
        days.add(new BankHoliday(may.with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)), "Spring bank holiday"));
        days.add(new BankHoliday(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)),
                "Summer bank holiday"));
        // A Christmas or Boxing Day on a weekday is kept on the day; one at a weekend moves to the first weekday
        // after it not already a holiday (25 Sun: Boxing Day Mon 26, Christmas Tue 27; 25 Sat: Mon 27, Tue 28).
        LocalDate christmas = LocalDate.of(year, Month.DECEMBER, 25);
        LocalDate boxing = christmas.plusDays(1);
        if (isWeekend(christmas) && !isWeekend(boxing)) {
            taken.add(boxing);
        }
        keep(days, taken, christmas, "Christmas Day");
        keep(days, taken, boxing, "Boxing Day");
        days.sort((a, b) -> a.date().compareTo(b.date()));
        return List.copyOf(days);
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** Keeps the holiday on {@code day}, or on the first weekday after it not yet taken ("substitute day"). */
    private static void keep(List<BankHoliday> days, Set<LocalDate> taken, LocalDate day, String name) {
        LocalDate kept = day;
        while (isWeekend(kept) || (taken.contains(kept) && !kept.equals(day))) {
            kept = kept.plusDays(1);
        }
        taken.add(kept);
        days.add(new BankHoliday(kept, kept.equals(day) ? name : name + " (substitute day)"));
    }

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
