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
}
