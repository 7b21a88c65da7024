package org.casework.notices.domain.enforcement;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * DPA 2018 s.150(6): no step due before the end of the appeal period (28 days after the notice is sent, GRC Rules
 * 2009 r.22, in time on the next working day, r.12(2)); s.150(8): urgent, not before the end of 24 hours beginning
 * when the notice is given.
 */
class ComplianceDatesTest {

    private static LocalDate earliest(String givenOn, boolean urgent) {
        return ComplianceDates.earliest(LocalDate.parse(givenOn), urgent);
    }

    @Test
    void s150_6_aStepMayFallDueOnlyTheDayAfterTheLastDayForAnAppeal() {
        // given Fri 31 Jan 2025: appeal by Fri 28 Feb 2025, a working day; the first compliance date is 1 Mar
        assertEquals(LocalDate.of(2025, 3, 1), earliest("2025-01-31", false));
    }

    @Test
    void s150_6_inALeapYearTheAppealPeriodEndsOn29February() {
        assertEquals(LocalDate.of(2024, 3, 1), earliest("2024-02-01", false));
    }

    @Test
    void s150_6_anAppealPeriodEndingOnAWeekendRunsToMondaySoTheFirstDateIsTuesday() {
        // given Sat 3 Feb 2024: 28 days after is Sat 2 Mar, in time on Mon 4 Mar (GRC Rules r.12(2))
        assertEquals(LocalDate.of(2024, 3, 5), earliest("2024-02-03", false));
    }

    @Test
    void s150_6_anAppealPeriodEndingAtChristmasRunsPastTheBankHolidays() {
        // given Thu 27 Nov 2025: 28 days after is Christmas Day; Boxing Day and the weekend follow: in time Mon 29 Dec
        assertEquals(LocalDate.of(2025, 12, 30), earliest("2025-11-27", false));
    }

    @Test
    void s150_6_aDateOnTheLastDayForAnAppealIsRefusedWithTheRuleAndTheStep() {
        List<EnforcementDraft.Step> steps = List.of(new EnforcementDraft.Step("Turn on MFA", LocalDate.of(2025, 3, 1)),
                new EnforcementDraft.Step("Train staff", LocalDate.of(2025, 2, 28)));
        EnforcementRuleException e = assertThrows(EnforcementRuleException.class,
                () -> ComplianceDates.require(steps, false, LocalDate.of(2025, 1, 31)));
        assertEquals("DPA 2018 s.150(6)", e.rule());
        assertEquals("enforcement.steps[1].complianceDate", e.field());
        assertEquals(422, e.status());
        assertDoesNotThrow(() -> ComplianceDates.require(steps.subList(0, 1), false, LocalDate.of(2025, 1, 31)));
    }

    @Test
    void s150_8_anUrgentNoticeMayRequireComplianceFromTheDayAfterItIsGivenAcrossAMonthEnd() {
        assertEquals(LocalDate.of(2025, 2, 1), earliest("2025-01-31", true));
        assertEquals(LocalDate.of(2025, 1, 1), earliest("2024-12-31", true));
        assertEquals(LocalDate.of(2024, 2, 29), earliest("2024-02-28", true));
    }

    @Test
    void s150_8_whenTheClocksGoForwardTheNextDayHas23HoursSoTheFirstDateIsTheDayAfter() {
        // given late on Sat 29 Mar 2025, 24 hours can end after Sun 30 Mar (a 23-hour day in London)
        assertEquals(LocalDate.of(2025, 3, 31), earliest("2025-03-29", true));
        // when the clocks go back the next day has 25 hours: the day after is enough
        assertEquals(LocalDate.of(2025, 10, 26), earliest("2025-10-25", true));
    }

    @Test
    void s150_8_evenAnUrgentStepMayNotFallDueOnTheDayOfGiving() {
        EnforcementRuleException e = assertThrows(EnforcementRuleException.class, () -> ComplianceDates.require(
                List.of(new EnforcementDraft.Step("Stop the processing", LocalDate.of(2025, 1, 31))), true,
                LocalDate.of(2025, 1, 31)));
        assertEquals("DPA 2018 s.150(8)", e.rule());
        assertDoesNotThrow(() -> ComplianceDates.require(
                List.of(new EnforcementDraft.Step("Stop the processing", LocalDate.of(2025, 2, 1))), true,
                LocalDate.of(2025, 1, 31)));
    }
}
