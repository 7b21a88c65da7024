package org.casework.platform.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working days in England and Wales, for rules such as the tribunal procedure rules' "if the time for doing
 * any act ends on a day other than a working day, the act is done in time if it is done on the next working
 * day" (Tribunal Procedure (First-tier Tribunal) (General Regulatory Chamber) Rules 2009 r.12(2)). A working
 * day is any day except a Saturday, a Sunday, Christmas Day, Good Friday or a bank holiday under the Banking
 * and Financial Dealings Act 1971 s.1 in England and Wales: the holidays by rule
 * ({@link EnglandAndWalesHolidayRules}) with the proclamations' one-off changes ({@link HolidayChanges}).
 * Pure calendar dates: callers take "today" from {@link LondonCalendar#today}.
 */
public final class EnglandAndWalesCalendar {

    private static final EnglandAndWalesCalendar STANDARD = new EnglandAndWalesCalendar(HolidayChanges.bundled());

    private final HolidayChanges changes;
    private final Map<Integer, List<BankHoliday>> byYear = new ConcurrentHashMap<>();

    public EnglandAndWalesCalendar(HolidayChanges changes) {
        this.changes = changes;
    }

    /** The calendar with the holiday changes shipped in the platform's data file. */
    public static EnglandAndWalesCalendar standard() {
        return STANDARD;
    }

    /** The version of the one-off holiday data this calendar uses. */
    public String dataVersion() {
        return changes.version();
    }

    /** The holidays kept in {@code year}, in date order: the rules' days, moved or added to by proclamation. */
    public List<BankHoliday> holidays(int year) {
        return byYear.computeIfAbsent(year, this::compute);
    }

    public Optional<BankHoliday> holidayOn(LocalDate date) {
        return holidays(date.getYear()).stream().filter(h -> h.date().equals(date)).findFirst();
    }

    public boolean isWorkingDay(LocalDate date) {
        return !EnglandAndWalesHolidayRules.isWeekend(date) && holidayOn(date).isEmpty();
    }

    /** {@code date} itself if it is a working day, else the first working day after it. */
    public LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
        LocalDate d = date;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    private List<BankHoliday> compute(int year) {
        List<BankHoliday> days = new ArrayList<>();
        for (BankHoliday h : EnglandAndWalesHolidayRules.of(year)) {
            // a moved holiday replaces the rule's day: the rule's day becomes an ordinary day
            Optional<HolidayChanges.Moved> move = changes.moved().stream().filter(m -> m.from().equals(h.date())).findFirst();
            days.add(move.map(m -> new BankHoliday(m.to(), m.name())).orElse(h));
        }
        changes.extra().stream().filter(h -> h.date().getYear() == year).forEach(days::add);
        days.sort((a, b) -> a.date().compareTo(b.date()));
        return List.copyOf(days);
    }
}
