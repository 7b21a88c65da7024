package org.casework.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/**
 * Statutory days are London calendar days (DESIGN §2): a notice given late in the evening of a summer day
 * (BST, UTC+1) is given on the London date, not the UTC one, and a period ends at London midnight in
 * summer and winter, including the days the clocks change.
 */
class LondonCalendarTest {

    @Test
    void halfPastElevenUtcOnASummerEveningIsAlreadyTheNextLondonDay() {
        Clock clock = Clock.fixed(Instant.parse("2026-07-01T23:30:00Z"), ZoneOffset.UTC);

        assertEquals(LocalDate.of(2026, 7, 2), LondonCalendar.today(clock));
    }

    @Test
    void halfPastElevenUtcOnAWinterEveningIsStillTheSameLondonDay() {
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T23:30:00Z"), ZoneOffset.UTC);

        assertEquals(LocalDate.of(2026, 12, 1), LondonCalendar.today(clock));
    }

    @Test
    void aDayEndsAtLondonMidnightInSummerAndInWinter() {
        assertEquals(Instant.parse("2026-07-01T23:00:00Z"), LondonCalendar.endOf(LocalDate.of(2026, 7, 1)));
        assertEquals(Instant.parse("2026-12-02T00:00:00Z"), LondonCalendar.endOf(LocalDate.of(2026, 12, 1)));
    }

    @Test
    void theDaysTheClocksChangeAreTwentyThreeAndTwentyFiveHoursLong() {
        LocalDate springForward = LocalDate.of(2026, 3, 29);
        LocalDate fallBack = LocalDate.of(2026, 10, 25);

        assertEquals(Duration.ofHours(23), Duration.between(LondonCalendar.endOf(springForward.minusDays(1)),
                LondonCalendar.endOf(springForward)));
        assertEquals(Duration.ofHours(25), Duration.between(LondonCalendar.endOf(fallBack.minusDays(1)),
                LondonCalendar.endOf(fallBack)));
    }

    @Test
    void anInstantJustBeforeLondonMidnightBelongsToThatDayAcrossTheChange() {
        assertEquals(LocalDate.of(2026, 10, 25), LondonCalendar.dateOf(Instant.parse("2026-10-25T23:59:59Z")));
        assertEquals(LocalDate.of(2026, 3, 29), LondonCalendar.dateOf(Instant.parse("2026-03-29T22:59:59Z")));
        assertEquals(LocalDate.of(2026, 3, 30), LondonCalendar.dateOf(Instant.parse("2026-03-29T23:00:00Z")));
    }
}
