package org.casework.notifications.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Reminders fall on London calendar days before a deadline's last day. The reference notice of intent was
 * given on 7 Aug 2024 with 21 days for representations "beginning with" that day (DPA 2018 Sch 16 para 3(4)),
 * so its last day is 27 Aug 2024.
 */
class ReminderScheduleTest {

    private static final LocalDate LAST_DAY = LocalDate.of(2024, 8, 27);
    private final ReminderSchedule schedule = new ReminderSchedule(List.of(7, 2));

    @Test
    void nothingIsDueBeforeTheFirstOffsetsDay() {
        assertEquals(Optional.empty(), schedule.dueOn(LocalDate.of(2024, 8, 19), LAST_DAY));
    }

    @Test
    void sevenDaysBeforeTheLastDayTheSevenDayReminderIsDue() {
        assertEquals(Optional.of(7), schedule.dueOn(LocalDate.of(2024, 8, 20), LAST_DAY));
    }

    @Test
    void betweenTheOffsetsTheEarlierReminderIsStillTheDueOneSoItsKeyStopsARepeat() {
        assertEquals(Optional.of(7), schedule.dueOn(LocalDate.of(2024, 8, 24), LAST_DAY));
    }

    @Test
    void twoDaysBeforeTheNearerReminderIsDue() {
        assertEquals(Optional.of(2), schedule.dueOn(LocalDate.of(2024, 8, 25), LAST_DAY));
    }

    @Test
    void onTheLastDayItselfTheNearestReminderStillApplies() {
        assertEquals(Optional.of(2), schedule.dueOn(LAST_DAY, LAST_DAY));
    }

    @Test
    void afterTheLastDayNothingIsReminded() {
        assertEquals(Optional.empty(), schedule.dueOn(LAST_DAY.plusDays(1), LAST_DAY));
    }

    @Test
    void offsetsAreReadInAnyOrderAndNegativeOnesRefused() {
        assertEquals(List.of(2, 7), new ReminderSchedule(List.of(7, 2, 7)).daysBefore());
        assertThrows(IllegalArgumentException.class, () -> new ReminderSchedule(List.of(-1)));
        assertThrows(IllegalArgumentException.class, () -> new ReminderSchedule(List.of()));
    }
}
