package org.casework.notices.domain.giving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.casework.platform.time.EnglandAndWalesCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * When a notice of the Commissioner is treated as given: DPA 2018 s.141 before s.141A commenced, s.141A (DUAA 2025
 * s.96) from then, with the Interpretation Act 1978 s.7 for post. The commencement day is a test value here.
 */
class GivingRulesTest {

    private static final LocalDate COMMENCED = LocalDate.of(2026, 2, 5);
    private final GivingRules rules = new GivingRules(COMMENCED, EnglandAndWalesCalendar.standard());

    private static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Europe/London")).toInstant();
    }

    private LocalDate given(GivingMethod method, String sentAtLondon) {
        return rules.give(method, london(sentAtLondon)).givenOn();
    }

    @Test
    @DisplayName("s.141A(2)(a): handed over on Friday 4 Dec 2026 at 17:00, given that day")
    void aNoticeHandedOverIsGivenThatDay() {
        Giving g = rules.give(GivingMethod.BY_HAND, london("2026-12-04T17:00"));
        assertEquals(LocalDate.of(2026, 12, 4), g.givenOn());
        assertEquals(LocalDate.of(2026, 12, 4), g.sentOn());
        assertEquals("DPA 2018 s.141A", g.provision());
    }

    @Test
    @DisplayName("s.141A(2)(b): left at the proper address on Saturday 5 Dec 2026, given that Saturday")
    void aNoticeLeftAtTheAddressIsGivenThatDayEvenAtAWeekend() {
        assertEquals(LocalDate.of(2026, 12, 5), given(GivingMethod.LEFT_AT_ADDRESS, "2026-12-05T10:00"));
    }

    @Test
    @DisplayName("s.141A(2)(c), Interpretation Act 1978 s.7: posted on Friday 4 Dec 2026, given on Tuesday 8 Dec")
    void aNoticePostedOnAFridayIsGivenOnTheSecondBusinessDayAfter() {
        assertEquals(LocalDate.of(2026, 12, 8), given(GivingMethod.POST, "2026-12-04T09:00"));
    }

    @Test
    @DisplayName("Interpretation Act 1978 s.7: posted on the summer bank holiday (Mon 31 Aug 2026), given Wed 2 Sep")
    void aNoticePostedOnABankHolidayCountsTheBusinessDaysAfterIt() {
        assertEquals(LocalDate.of(2026, 9, 2), given(GivingMethod.POST, "2026-08-31T12:00"));
        // posted the Friday before: Monday is the bank holiday, so Tuesday and Wednesday are the two business days
        assertEquals(LocalDate.of(2026, 9, 2), given(GivingMethod.POST, "2026-08-28T12:00"));
    }

    @Test
    @DisplayName("Interpretation Act 1978 s.7: posted Thu 24 Dec 2026, past Christmas and the Boxing Day substitute, given Wed 30 Dec")
    void aNoticePostedOnChristmasEveSkipsChristmasAndTheSubstituteDay() {
        assertEquals(LocalDate.of(2026, 12, 30), given(GivingMethod.POST, "2026-12-24T16:00"));
    }

    @Test
    @DisplayName("s.141A(2)(d): emailed on Friday 4 Dec 2026, treated as given 48 hours later, on Sunday 6 Dec")
    void anEmailedNoticeIsGivenFortyEightHoursAfterItIsSent() {
        assertEquals(LocalDate.of(2026, 12, 6), given(GivingMethod.EMAIL, "2026-12-04T10:15"));
    }

    @Test
    @DisplayName("s.141A(2)(d): emailed at 23:30 on Saturday 5 Dec 2026, given on Monday 7 Dec (a weekend does not stop the clock)")
    void anEmailSentLateOnASaturdayIsGivenOnTheMonday() {
        assertEquals(LocalDate.of(2026, 12, 7), given(GivingMethod.EMAIL, "2026-12-05T23:30"));
    }

    @Test
    @DisplayName("s.141A(2)(d): 48 hours are elapsed hours: emailed 23:30 Sat 28 Mar 2026, clocks go forward, given Tue 31 Mar")
    void fortyEightHoursAcrossTheSpringClockChangeEndOnTheLondonDateTheyEnd() {
        assertEquals(LocalDate.of(2026, 3, 31), given(GivingMethod.EMAIL, "2026-03-28T23:30"));
    }

    @Test
    @DisplayName("s.141(5): before s.141A commenced, email needs consent the suite does not record, so it is refused")
    void emailIsRefusedUnderTheOldSection() {
        GivingRuleException e = assertThrows(GivingRuleException.class,
                () -> rules.give(GivingMethod.EMAIL, london("2026-02-04T23:59")));
        assertEquals("giving-method-not-allowed", e.code());
        assertEquals("DPA 2018 s.141", e.rule());
        assertTrue(e.getMessage().contains("s.141(5)"), e.getMessage());
    }

    @Test
    @DisplayName("s.141(2)-(4): by hand, left and post are allowed under the old section, with the same days")
    void theOldSectionGivesByHandLeftAndPostTheSameWay() {
        Giving posted = rules.give(GivingMethod.POST, london("2026-01-30T09:00"));
        assertEquals("DPA 2018 s.141", posted.provision());
        assertEquals(LocalDate.of(2026, 2, 3), posted.givenOn(), "Fri 30 Jan posted: Mon 2, Tue 3 Feb");
        assertEquals(LocalDate.of(2026, 2, 4), given(GivingMethod.BY_HAND, "2026-02-04T15:00"));
        assertEquals(LocalDate.of(2026, 2, 4), given(GivingMethod.LEFT_AT_ADDRESS, "2026-02-04T15:00"));
    }

    @Test
    @DisplayName("DUAA 2025 s.96: the version switches at London midnight on the commencement day")
    void theVersionSwitchesOnTheCommencementDayInLondon() {
        assertEquals(GivingVersion.S141, rules.versionOn(COMMENCED.minusDays(1)));
        assertEquals(GivingVersion.S141A, rules.versionOn(COMMENCED));
        Giving first = rules.give(GivingMethod.EMAIL, london("2026-02-05T00:00"));
        assertEquals("DPA 2018 s.141A", first.provision());
        assertEquals(LocalDate.of(2026, 2, 7), first.givenOn());
        assertThrows(GivingRuleException.class, () -> rules.give(GivingMethod.EMAIL, london("2026-02-04T23:59:59")));
    }
}
