package org.casework.notices.domain.penalty;

import static org.casework.notices.domain.penalty.PenaltyInputs.pounds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The PECR maximum by the day of the infringement (PECR reg 31 and Sch 1): £500,000 from 26 May 2011 (Sch 1 as amended
 * by SI 2011/1208, applying DPA 1998 s.55A; SI 2010/31 reg 2), the higher maximum of DPA 2018 s.157 from 5 February 2026
 * (Sch 1 substituted by DUAA 2025 s.115 and Sch 13, commenced by SI 2026/82 reg 2(y)).
 */
class PecrMaximaTest {

    private static final LocalDate COMMENCEMENT = LocalDate.of(2026, 2, 5);
    private final PecrMaxima bundled = PecrMaxima.bundled();

    @Test
    @DisplayName("The shipped data file parses, with its version")
    void theBundledFileIsValid() {
        assertEquals("2026-02-05", bundled.version());
    }

    @Test
    @DisplayName("PECR Sch 1 (SI 2011/1208; SI 2010/31 reg 2): on 4 Feb 2026, the day before DUAA s.115 commenced, £500,000 fixed")
    void theDayBeforeCommencementTheMaximumIsFiveHundredThousand() {
        PecrMaxima.Maximum m = bundled.on(COMMENCEMENT.minusDays(1));
        assertEquals(pounds("500000.00"), m.fixedAmount());
        assertNull(m.turnoverPercent());
        assertNull(m.tier());
        assertTrue(m.source().contains("SI 2010/31"), m.source());
    }

    @Test
    @DisplayName("DUAA 2025 s.115, Sch 13; SI 2026/82 reg 2(y): on 5 Feb 2026 the higher maximum of DPA 2018 s.157")
    void onTheDayOfCommencementTheHigherMaximumApplies() {
        PecrMaxima.Maximum m = bundled.on(COMMENCEMENT);
        assertEquals(MaximumTier.HIGHER, m.tier());
        assertEquals(pounds("17500000.00"), m.fixedAmount());
        assertEquals(0, new java.math.BigDecimal("4").compareTo(m.turnoverPercent()));
        assertTrue(m.source().contains("SI 2026/82 reg 2(y)"), m.source());
    }

    @Test
    @DisplayName("After commencement the s.157 higher maximum continues to apply")
    void afterCommencementTheHigherMaximumApplies() {
        assertEquals(MaximumTier.HIGHER, bundled.on(LocalDate.of(2026, 11, 30)).tier());
    }

    @Test
    @DisplayName("SI 2011/1208: no PECR monetary penalty for a day before 26 May 2011")
    void noPenaltyBeforeMonetaryPenaltiesApplied() {
        assertEquals(pounds("500000.00"), bundled.on(LocalDate.of(2011, 5, 26)).fixedAmount());
        PenaltyRuleException e = assertThrows(PenaltyRuleException.class, () -> bundled.on(LocalDate.of(2011, 5, 25)));
        assertEquals("pecr.infringedFrom", e.field());
        assertTrue(e.getMessage().contains("2011-05-26"), e.getMessage());
    }

    @Test
    @DisplayName("An infringement spanning 5 Feb 2026 meets both maxima, oldest first")
    void aSpanAcrossCommencementMeetsBothMaxima() {
        List<PecrMaxima.Maximum> during = bundled.during(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 3, 1));
        assertEquals(2, during.size());
        assertNull(during.get(0).tier());
        assertEquals(MaximumTier.HIGHER, during.get(1).tier());
        assertEquals(1, bundled.during(LocalDate.of(2025, 1, 1), COMMENCEMENT.minusDays(1)).size());
        assertEquals(1, bundled.during(COMMENCEMENT, COMMENCEMENT).size());
        assertEquals(2, bundled.during(COMMENCEMENT.minusDays(1), COMMENCEMENT).size());
    }

    @Test
    @DisplayName("A data file is refused at load: bad line, duplicate day, bad amount, a percent not of s.157, no version")
    void badDataIsRefused() {
        String ok = "maximum 2011-05-26 500000.00 - source";
        assertRefused(List.of("version 1", "maximum 2011-05-26 500000.00 -"), "line 2");
        assertRefused(List.of("version 1", ok, "maximum 2011-05-26 400000.00 - other"), "appears twice");
        assertRefused(List.of("version 1", "maximum 2011-05-26 -5 - source"), "more than £0");
        assertRefused(List.of("version 1", "maximum 2011-05-26 500000.001 - source"), "more than £0");
        assertRefused(List.of("version 1", "maximum 2026-02-05 17500000.00 5 source"), "not a maximum of DPA 2018 s.157");
        assertRefused(List.of("version 1", "maximum 2026-02-30 17500000.00 4 source"), "line 2");
        assertRefused(List.of(ok), "no version");
        assertRefused(List.of("version 1"), "no maxima");
        PecrMaxima parsed = PecrMaxima.parse(List.of("# comment", "version 1", ok,
                "maximum 2026-02-05 8700000.00 2 standard"));
        assertEquals(MaximumTier.STANDARD, parsed.on(LocalDate.of(2030, 1, 1)).tier());
    }

    private static void assertRefused(List<String> lines, String why) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PecrMaxima.parse(lines));
        assertTrue(e.getMessage().contains(why), e.getMessage());
    }
}
