package org.casework.notices.domain.investigation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.casework.notices.domain.NoticeType;
import org.casework.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** When an information notice (DPA 2018 s.142) or assessment notice (s.146) may require compliance. */
class InvestigatoryPeriodsTest {

    private static final LocalDate GIVEN = LocalDate.of(2024, 8, 7);

    /** s.142(5): given 7 Aug 2024, an appeal is in time until Wed 4 Sep 2024; the information is due 5 Sep at the earliest. */
    @Test
    void anInformationNoticeMayNotRequireTheInformationBeforeTheAppealPeriodEnds() {
        assertEquals(LocalDate.of(2024, 9, 5), InvestigatoryPeriods.informationDueOn(GIVEN, 30, false));
        ProblemException refused = assertThrows(ProblemException.class,
                () -> InvestigatoryPeriods.informationDueOn(GIVEN, 29, false));
        assertEquals(422, refused.problem().getStatus());
        assertEquals("DPA 2018 s.142(5)", refused.problem().getExtensions().get("rule"));
        assertEquals(30L, refused.problem().getExtensions().get("minimumDays"));
    }

    /** s.142(5) with GRC Rules r.12(2): the appeal's 28th day is Boxing Day 2025, in time on Mon 29 Dec; due 30 Dec. */
    @Test
    void aBankHolidayAtTheEndOfTheAppealPeriodPushesTheEarliestDueDayOn() {
        LocalDate given = LocalDate.of(2025, 11, 28);
        assertEquals(LocalDate.of(2025, 12, 30), InvestigatoryPeriods.informationDueOn(given, 33, false));
        assertThrows(ProblemException.class, () -> InvestigatoryPeriods.informationDueOn(given, 32, false));
    }

    /** s.142(5) at a month end: given 31 Jan 2025, the appeal period ends Fri 28 Feb; due 1 Mar at the earliest. */
    @Test
    void atAMonthEndTheEarliestDueDayIsTheFirstOfTheNextMonth() {
        LocalDate given = LocalDate.of(2025, 1, 31);
        assertEquals(LocalDate.of(2025, 3, 1), InvestigatoryPeriods.informationDueOn(given, 30, false));
        assertThrows(ProblemException.class, () -> InvestigatoryPeriods.informationDueOn(given, 29, false));
    }

    /** s.142(7): urgent with reasons, not before the end of 24 hours beginning when given: the next day at the earliest. */
    @Test
    void anUrgentInformationNoticeGivesAtLeastTwentyFourHours() {
        assertEquals(LocalDate.of(2024, 8, 8), InvestigatoryPeriods.informationDueOn(GIVEN, 2, true));
        ProblemException refused = assertThrows(ProblemException.class,
                () -> InvestigatoryPeriods.informationDueOn(GIVEN, 1, true));
        assertEquals("DPA 2018 s.142(7)", refused.problem().getExtensions().get("rule"));
    }

    /** s.146(6): the inspection may not be before the end of the appeal period. */
    @Test
    void anAssessmentNoticeMayNotRequireAnInspectionBeforeTheAppealPeriodEnds() {
        assertEquals(LocalDate.of(2024, 9, 5), InvestigatoryPeriods.inspectionOn(GIVEN, LocalDate.of(2024, 9, 5), false));
        ProblemException refused = assertThrows(ProblemException.class,
                () -> InvestigatoryPeriods.inspectionOn(GIVEN, LocalDate.of(2024, 9, 4), false));
        assertEquals("DPA 2018 s.146(6)", refused.problem().getExtensions().get("rule"));
        assertEquals("2024-09-05", refused.problem().getExtensions().get("earliestOn"));
    }

    /** s.146(6) over Easter 2026: the 28th day is Good Friday, in time on Tue 7 Apr; the inspection from 8 Apr. */
    @Test
    void easterPushesTheEarliestInspectionDayOn() {
        assertEquals(LocalDate.of(2026, 4, 8),
                InvestigatoryPeriods.earliestCompliance(NoticeType.ASSESSMENT_NOTICE, LocalDate.of(2026, 3, 6), false));
    }

    /** s.146(8): urgent with reasons, not before the end of 7 days beginning when given (7-13 Aug): 14 Aug at the earliest. */
    @Test
    void anUrgentAssessmentNoticeGivesAtLeastSevenDays() {
        assertEquals(LocalDate.of(2024, 8, 14), InvestigatoryPeriods.inspectionOn(GIVEN, LocalDate.of(2024, 8, 14), true));
        ProblemException refused = assertThrows(ProblemException.class,
                () -> InvestigatoryPeriods.inspectionOn(GIVEN, LocalDate.of(2024, 8, 13), true));
        assertEquals("DPA 2018 s.146(8)", refused.problem().getExtensions().get("rule"));
    }

    /** s.146(8) across a month end: given 28 Feb 2025, the 7 days end on 6 Mar; 7 Mar at the earliest. */
    @Test
    void theUrgentSevenDaysCrossAMonthEnd() {
        assertEquals(LocalDate.of(2025, 3, 7),
                InvestigatoryPeriods.earliestCompliance(NoticeType.ASSESSMENT_NOTICE, LocalDate.of(2025, 2, 28), true));
    }
}
