package org.casework.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.casework.web.support.GivingWords;
import org.junit.jupiter.api.Test;

/** How and when a notice was given, in the words both web UIs show under "Given" (DPA 2018 s.141 / s.141A). */
class GivingWordsTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 12, 4);

    @Test
    void anEmailedNoticeSaysWhenItWasSentAndThatItCountsAsGivenFortyEightHoursLater() {
        assertThat(GivingWords.detail("EMAIL", "DPA 2018 s.141A", FRIDAY, LocalDate.of(2026, 12, 6))).isEqualTo(
                "By email on Sunday 6 December 2026 (sent Friday 4 December; an emailed notice is treated as given 48 "
                        + "hours after it is sent: DPA 2018 s.141A)");
    }

    @Test
    void aNoticePostedInOneYearAndGivenInTheNextNamesBothYears() {
        assertThat(GivingWords.detail("POST", "DPA 2018 s.141A", LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 5)))
                .startsWith("By post on Tuesday 5 January 2027 (posted Thursday 31 December 2026; a posted notice")
                .endsWith("DPA 2018 s.141A and Interpretation Act 1978 s.7)");
    }

    @Test
    void aNoticeHandedOverOrLeftIsGivenThatDayUnderTheProvisionOfItsDay() {
        assertThat(GivingWords.detail("BY_HAND", "DPA 2018 s.141", LocalDate.of(2024, 8, 7), LocalDate.of(2024, 8, 7)))
                .isEqualTo("By hand on Wednesday 7 August 2024 (a notice handed over is given that day: DPA 2018 s.141)");
        assertThat(GivingWords.detail("LEFT_AT_ADDRESS", "DPA 2018 s.141A", FRIDAY, FRIDAY))
                .startsWith("By leaving it at the address on Friday 4 December 2026");
    }

    @Test
    void aNoticeWhoseMethodWasNotRecordedKeepsItsDateAndADraftIsNotYetGiven() {
        assertThat(GivingWords.detail(null, null, LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 5)))
                .isEqualTo("5 October 2026");
        assertThat(GivingWords.detail(null, null, null, null)).isEqualTo("Not yet given");
    }
}
