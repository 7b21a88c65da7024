package org.casework.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The penalty-notice date the notice page explains, counted as notice-service counts it. */
class BasisTest {

    /** Sch 16 para 2(2): 6 months beginning with the day given end the day before the corresponding date. */
    @Test
    void sixMonthsBeginningWithTheDayEndTheDayBeforeTheCorrespondingDate() {
        assertThat(Basis.penaltyNoticeDueBy(LocalDate.of(2026, 10, 5))).isEqualTo(LocalDate.of(2027, 4, 4));
        assertThat(Basis.penaltyNoticeDueBy(LocalDate.of(2026, 3, 1))).isEqualTo(LocalDate.of(2026, 8, 31));
    }

    /** Sch 16 para 2(2): where the later month has no corresponding date, the period ends on its last day. */
    @Test
    void withoutACorrespondingDateThePeriodEndsOnTheLastDayOfTheMonth() {
        assertThat(Basis.penaltyNoticeDueBy(LocalDate.of(2025, 8, 31))).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(Basis.penaltyNoticeDueBy(LocalDate.of(2027, 8, 31))).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void theDatesAreExplainedInWordsWithTheirParagraphs() {
        assertThat(Basis.penaltyNoticeStatutory(LocalDate.of(2026, 10, 5))).isEqualTo("4 April 2027: 6 months beginning "
                + "with the day the notice of intent was given (Data Protection Act 2018, Schedule 16, paragraph 2(2)).");
        assertThat(Basis.penaltyNoticeAgreed(LocalDate.of(2027, 6, 30))).isEqualTo("30 June 2027: a later date agreed "
                + "with the organisation (Data Protection Act 2018, Schedule 16, paragraph 2(3)).");
    }
}
