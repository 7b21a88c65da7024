package org.casework.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * The corresponding-date rule (Dodds v Walker [1981] 1 WLR 1027, HL) for periods of months "beginning with" a
 * day: the period ends the day before the same-numbered day N months later, or at the end of that month where it
 * has no such day.
 */
class CalendarMonthsTest {

    private static LocalDate sixMonthsBeginningWith(int y, int m, int d) {
        return CalendarMonths.lastDayOfMonthsBeginningWith(LocalDate.of(y, m, d), 6);
    }

    @Test
    void aPeriodBeginningWithTheFirstOfAMonthEndsOnTheLastDayOfTheSixthMonth() {
        assertEquals(LocalDate.of(2025, 8, 31), sixMonthsBeginningWith(2025, 3, 1));
    }

    @Test
    void aPeriodEndsTheDayBeforeTheCorrespondingDate() {
        assertEquals(LocalDate.of(2025, 2, 6), sixMonthsBeginningWith(2024, 8, 7));
        assertEquals(LocalDate.of(2026, 2, 27), sixMonthsBeginningWith(2025, 8, 28));
    }

    @Test
    void whereTheLaterMonthHasNoCorrespondingDateThePeriodEndsOnItsLastDay() {
        // no 31 Feb 2026: the end of February, not 27 Feb as plusMonths(6).minusDays(1) gave
        assertEquals(LocalDate.of(2026, 2, 28), sixMonthsBeginningWith(2025, 8, 31));
        assertEquals(LocalDate.of(2026, 2, 28), sixMonthsBeginningWith(2025, 8, 30));
        assertEquals(LocalDate.of(2026, 2, 28), sixMonthsBeginningWith(2025, 8, 29));
        // no 31 Sep: the end of September
        assertEquals(LocalDate.of(2025, 9, 30), sixMonthsBeginningWith(2025, 3, 31));
    }

    @Test
    void inALeapYearFebruaryEndsOnThe29th() {
        assertEquals(LocalDate.of(2028, 2, 29), sixMonthsBeginningWith(2027, 8, 31));
        assertEquals(LocalDate.of(2028, 2, 29), sixMonthsBeginningWith(2027, 8, 30));
        // 29 Feb 2028 exists, so the period ends the day before it
        assertEquals(LocalDate.of(2028, 2, 28), sixMonthsBeginningWith(2027, 8, 29));
        assertEquals(LocalDate.of(2024, 2, 28), sixMonthsBeginningWith(2023, 8, 29));
    }

    @Test
    void aPeriodBeginningWith29FebruaryEndsByTheSameRule() {
        assertEquals(LocalDate.of(2028, 8, 28), sixMonthsBeginningWith(2028, 2, 29));
        // twelve months on there is no 29 Feb 2029: the end of February
        assertEquals(LocalDate.of(2029, 2, 28), CalendarMonths.lastDayOfMonthsBeginningWith(LocalDate.of(2028, 2, 29), 12));
    }

    @Test
    void aPeriodRunsAcrossTheYearEnd() {
        assertEquals(LocalDate.of(2026, 4, 30), sixMonthsBeginningWith(2025, 10, 31));
        assertEquals(LocalDate.of(2026, 1, 30), CalendarMonths.lastDayOfMonthsBeginningWith(LocalDate.of(2025, 12, 31), 1));
    }

    @Test
    void refusesAPeriodOfNoMonths() {
        assertThrows(IllegalArgumentException.class, () -> CalendarMonths.lastDayOfMonthsBeginningWith(LocalDate.of(2025, 1, 1), 0));
    }
}
