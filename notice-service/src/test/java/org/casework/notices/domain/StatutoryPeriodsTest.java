package org.casework.notices.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.casework.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class StatutoryPeriodsTest {

    private static final LocalDate GIVEN = LocalDate.of(2024, 8, 7);

    @Test
    void representationsPeriodBeginsOnTheDayTheNoticeIsGiven() {
        // Sch 16 para 3(4): "not less than 21 days beginning when the notice of intent is given"
        assertEquals(LocalDate.of(2024, 8, 27), StatutoryPeriods.representationsDueOn(GIVEN, 21));
        assertEquals(LocalDate.of(2024, 9, 3), StatutoryPeriods.representationsDueOn(GIVEN, 28));
    }

    @Test
    void refusesARepresentationsPeriodUnder21Days() {
        ProblemException e = assertThrows(ProblemException.class, () -> StatutoryPeriods.representationsDueOn(GIVEN, 20));
        assertEquals(422, e.problem().getStatus());
        assertEquals("DPA 2018 Sch 16 para 3(4)", e.problem().getExtensions().get("rule"));
    }

    @Test
    void aPenaltyNoticeMustFollowWithinSixMonthsBeginningWhenTheNoticeOfIntentWasGiven() {
        // Sch 16 para 2(2): given 7 Aug 2024, the six months end on 6 Feb 2025
        assertEquals(LocalDate.of(2025, 2, 6), StatutoryPeriods.penaltyNoticeDeadline(GIVEN));
        assertEquals(LocalDate.of(2024, 2, 28), StatutoryPeriods.penaltyNoticeDeadline(LocalDate.of(2023, 8, 29)));
    }

    @Test
    void theSixMonthsEndByTheCorrespondingDateRuleAtMonthEndsAndInLeapYears() {
        // Dodds v Walker: the day before the same date 6 months later, or the end of a month without that date
        assertEquals(LocalDate.of(2026, 2, 28), StatutoryPeriods.penaltyNoticeDeadline(LocalDate.of(2025, 8, 31)));
        assertEquals(LocalDate.of(2028, 2, 29), StatutoryPeriods.penaltyNoticeDeadline(LocalDate.of(2027, 8, 31)));
        assertEquals(LocalDate.of(2028, 2, 28), StatutoryPeriods.penaltyNoticeDeadline(LocalDate.of(2027, 8, 29)));
        assertEquals(LocalDate.of(2025, 8, 31), StatutoryPeriods.penaltyNoticeDeadline(LocalDate.of(2025, 3, 1)));
        assertEquals(LocalDate.of(2025, 9, 30), StatutoryPeriods.penaltyNoticeDeadline(LocalDate.of(2025, 3, 31)));
    }

    @Test
    void paymentIsDueNotLessThan28DaysBeginningWhenThePenaltyNoticeIsGiven() {
        // Sch 16 para 6(2): penalty notice given 26 Mar 2025, 28 days, last day 22 Apr 2025
        assertEquals(LocalDate.of(2025, 4, 22), StatutoryPeriods.paymentDueOn(LocalDate.of(2025, 3, 26), 28));
        assertEquals(422, assertThrows(ProblemException.class,
                () -> StatutoryPeriods.paymentDueOn(LocalDate.of(2025, 3, 26), 27)).problem().getStatus());
    }

    @Test
    void anAppealIsDue28DaysAfterTheNoticeIsSent() {
        // First-tier Tribunal GRC Rules r.22: within 28 days of the date the notice was sent
        assertEquals(LocalDate.of(2025, 4, 23), StatutoryPeriods.appealDueOn(LocalDate.of(2025, 3, 26)));
    }

    @Test
    void anAppealDueOnANonWorkingDayIsInTimeOnTheNextWorkingDay() {
        // GRC Rules 2009 r.12(2): sent Thu 27 Nov 2025, statutory last day Christmas Day; Boxing Day, the weekend,
        // then Monday 29 Dec 2025
        LocalDate statutory = StatutoryPeriods.appealDueOn(LocalDate.of(2025, 11, 27));
        assertEquals(LocalDate.of(2025, 12, 25), statutory);
        assertEquals(LocalDate.of(2025, 12, 29), StatutoryPeriods.lastDayInTime(statutory));
        // a last day that is a working day stays
        assertEquals(LocalDate.of(2025, 4, 23), StatutoryPeriods.lastDayInTime(LocalDate.of(2025, 4, 23)));
    }

    @Test
    void aPaymentDueOnABankHolidayIsInTimeOnTheNextWorkingDay() {
        // given Tue 4 Aug 2026 with 28 days: the statutory last day is the summer bank holiday, Mon 31 Aug 2026
        LocalDate statutory = StatutoryPeriods.paymentDueOn(LocalDate.of(2026, 8, 4), 28);
        assertEquals(LocalDate.of(2026, 8, 31), statutory);
        assertEquals(LocalDate.of(2026, 9, 1), StatutoryPeriods.lastDayInTime(statutory));
        assertEquals(null, StatutoryPeriods.lastDayInTime(null));
    }
}
