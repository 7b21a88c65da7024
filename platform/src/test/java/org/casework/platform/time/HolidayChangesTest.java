package org.casework.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The versioned data file of one-off proclamations (Banking and Financial Dealings Act 1971 s.1(3)). */
class HolidayChangesTest {

    @Test
    void theBundledFileHasAVersionTheMovesAndTheExtraDays() {
        HolidayChanges changes = HolidayChanges.bundled();
        assertEquals("2023-05-08", changes.version());
        assertEquals(List.of(LocalDate.of(2020, 5, 4), LocalDate.of(2022, 5, 30)),
                changes.moved().stream().map(HolidayChanges.Moved::from).toList());
        assertEquals(3, changes.extra().size());
    }

    @Test
    void refusesAFileWithoutAVersionLine() {
        assertThrows(IllegalArgumentException.class, () -> HolidayChanges.parse(List.of("extra 2022-06-03 Jubilee")));
    }

    @Test
    void refusesAMoveFromADayTheRulesDoNotMakeAHoliday() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HolidayChanges.parse(List.of("version 1", "moved 2020-05-05 2020-05-08 Typo")));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void refusesALineThatDoesNotParse() {
        assertThrows(IllegalArgumentException.class, () -> HolidayChanges.parse(List.of("version 1", "extra 2022-13-01 X")));
        assertThrows(IllegalArgumentException.class, () -> HolidayChanges.parse(List.of("version 1", "holiday 2022-06-03 X")));
        assertThrows(IllegalArgumentException.class, () -> HolidayChanges.parse(List.of("version 1", "extra 2022-06-03")));
    }
}
