package org.casework.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The England and Wales calendar against the bank holidays GOV.UK publishes for england-and-wales
 * (https://www.gov.uk/bank-holidays.json, 2020–2027), and the working-day rule of the tribunal procedure rules
 * (GRC Rules 2009 r.12(2): an act due on a non-working day is in time on the next working day).
 */
class EnglandAndWalesCalendarTest {

    private static final EnglandAndWalesCalendar CALENDAR = EnglandAndWalesCalendar.standard();

    /** GOV.UK's england-and-wales dates, year by year. */
    private static final Map<Integer, List<String>> PUBLISHED = Map.of(
            2020, List.of("01-01", "04-10", "04-13", "05-08", "05-25", "08-31", "12-25", "12-28"),
            2021, List.of("01-01", "04-02", "04-05", "05-03", "05-31", "08-30", "12-27", "12-28"),
            2022, List.of("01-03", "04-15", "04-18", "05-02", "06-02", "06-03", "08-29", "09-19", "12-26", "12-27"),
            2023, List.of("01-02", "04-07", "04-10", "05-01", "05-08", "05-29", "08-28", "12-25", "12-26"),
            2024, List.of("01-01", "03-29", "04-01", "05-06", "05-27", "08-26", "12-25", "12-26"),
            2025, List.of("01-01", "04-18", "04-21", "05-05", "05-26", "08-25", "12-25", "12-26"),
            2026, List.of("01-01", "04-03", "04-06", "05-04", "05-25", "08-31", "12-25", "12-28"),
            2027, List.of("01-01", "03-26", "03-29", "05-03", "05-31", "08-30", "12-27", "12-28"));

    private static LocalDate day(int year, String monthDay) {
        return LocalDate.parse(year + "-" + monthDay);
    }

    @Test
    void theHolidaysOfEachYearFrom2020To2027AreTheOnesGovUkPublishes() {
        PUBLISHED.forEach((year, dates) -> assertEquals(dates.stream().map(d -> day(year, d)).toList(),
                CALENDAR.holidays(year).stream().map(BankHoliday::date).toList(), "bank holidays of " + year));
    }

    @Test
    void everyPublishedHolidayIsNotAWorkingDayAndTheWeekdaysAroundThemAre() {
        PUBLISHED.forEach((year, dates) -> dates.forEach(d -> assertFalse(CALENDAR.isWorkingDay(day(year, d)), year + "-" + d)));
        assertTrue(CALENDAR.isWorkingDay(LocalDate.of(2025, 4, 17)), "Thursday before Good Friday 2025");
        assertTrue(CALENDAR.isWorkingDay(LocalDate.of(2025, 4, 22)), "Tuesday after Easter Monday 2025");
        assertTrue(CALENDAR.isWorkingDay(LocalDate.of(2026, 12, 29)));
    }

    @Test
    void aMovedHolidayReplacesTheRulesDay() {
        // 2020: the early May bank holiday moved from Mon 4 May to Fri 8 May (VE day)
        assertTrue(CALENDAR.isWorkingDay(LocalDate.of(2020, 5, 4)));
        assertEquals("Early May bank holiday (VE day)", CALENDAR.holidayOn(LocalDate.of(2020, 5, 8)).orElseThrow().name());
        // 2022: the spring bank holiday moved from Mon 30 May to Thu 2 June, with Fri 3 June extra
        assertTrue(CALENDAR.isWorkingDay(LocalDate.of(2022, 5, 30)));
        assertFalse(CALENDAR.isWorkingDay(LocalDate.of(2022, 6, 2)));
        assertEquals("Platinum Jubilee bank holiday", CALENDAR.holidayOn(LocalDate.of(2022, 6, 3)).orElseThrow().name());
    }

    @Test
    void oneOffHolidaysComeFromTheVersionedDataFile() {
        assertEquals("2023-05-08", CALENDAR.dataVersion());
        assertFalse(CALENDAR.isWorkingDay(LocalDate.of(2022, 9, 19)), "state funeral of Queen Elizabeth II");
        assertFalse(CALENDAR.isWorkingDay(LocalDate.of(2023, 5, 8)), "coronation of King Charles III");
        EnglandAndWalesCalendar rulesOnly = new EnglandAndWalesCalendar(HolidayChanges.parse(List.of("version 0")));
        assertTrue(rulesOnly.isWorkingDay(LocalDate.of(2023, 5, 8)));
        assertFalse(rulesOnly.isWorkingDay(LocalDate.of(2020, 5, 4)));
    }

    @Test
    void christmasAndNewYearAtAWeekendAreKeptOnSubstituteDays() {
        // 2021: 25 Sat, 26 Sun → Mon 27, Tue 28; 2022: 1 Jan Sat → Mon 3; 25 Sun → Boxing Day Mon 26, Tue 27
        assertEquals("Christmas Day (substitute day)", CALENDAR.holidayOn(LocalDate.of(2021, 12, 27)).orElseThrow().name());
        assertEquals("Boxing Day (substitute day)", CALENDAR.holidayOn(LocalDate.of(2021, 12, 28)).orElseThrow().name());
        assertEquals("New Year’s Day (substitute day)", CALENDAR.holidayOn(LocalDate.of(2022, 1, 3)).orElseThrow().name());
        assertEquals("Boxing Day", CALENDAR.holidayOn(LocalDate.of(2022, 12, 26)).orElseThrow().name());
        assertEquals("Christmas Day (substitute day)", CALENDAR.holidayOn(LocalDate.of(2022, 12, 27)).orElseThrow().name());
    }

    @Test
    void yearsBeyondThePublishedListFollowTheRules() {
        for (int year = 2028; year <= 2030; year++) {
            List<BankHoliday> days = CALENDAR.holidays(year);
            assertEquals(8, days.size(), "eight holidays in " + year);
            days.forEach(h -> assertFalse(EnglandAndWalesHolidayRules.isWeekend(h.date()), h.toString()));
            LocalDate goodFriday = days.stream().filter(h -> h.name().equals("Good Friday")).findFirst().orElseThrow().date();
            assertEquals(DayOfWeek.FRIDAY, goodFriday.getDayOfWeek());
            assertEquals(EnglandAndWalesHolidayRules.easterSunday(year).minusDays(2), goodFriday);
        }
    }

    @Test
    void theNextWorkingDayOnOrAfterSkipsWeekendsAndHolidays() {
        LocalDate wednesday = LocalDate.of(2025, 4, 23);
        assertEquals(wednesday, CALENDAR.nextWorkingDayOnOrAfter(wednesday));
        assertEquals(LocalDate.of(2025, 4, 22), CALENDAR.nextWorkingDayOnOrAfter(LocalDate.of(2025, 4, 18)),
                "Good Friday, Saturday, Sunday, Easter Monday, then Tuesday");
        assertEquals(LocalDate.of(2021, 12, 29), CALENDAR.nextWorkingDayOnOrAfter(LocalDate.of(2021, 12, 25)),
                "Christmas 2021: Sat, Sun, substitute Mon 27 and Tue 28, then Wed 29");
        assertEquals(LocalDate.of(2022, 1, 4), CALENDAR.nextWorkingDayOnOrAfter(LocalDate.of(2022, 1, 1)),
                "New Year 2022: Sat, Sun, substitute Mon 3, then Tue 4");
        assertEquals(LocalDate.of(2022, 6, 6), CALENDAR.nextWorkingDayOnOrAfter(LocalDate.of(2022, 6, 2)));
        assertEquals(LocalDate.of(2026, 3, 2), CALENDAR.nextWorkingDayOnOrAfter(LocalDate.of(2026, 2, 28)));
    }
}
