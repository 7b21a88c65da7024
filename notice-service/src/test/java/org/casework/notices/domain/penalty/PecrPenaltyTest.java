package org.casework.notices.domain.penalty;

import static org.casework.notices.domain.penalty.PenaltyInputs.pounds;
import static org.casework.notices.domain.penalty.PenaltyInputs.referencePenalty;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A PECR penalty (PECR reg 31 and Sch 1) is capped at the maximum in force on the days of the infringement: £500,000
 * before 5 February 2026, the higher maximum of DPA 2018 s.157 from then (DUAA 2025 s.115, Sch 13; SI 2026/82
 * reg 2(y)); an infringement spanning the change takes the lower (the cautious reading: SI 2026/82 regs 9 and 11
 * could not be read).
 */
class PecrPenaltyTest {

    @Test
    @DisplayName("Infringement on 4 Feb 2026 (PECR Sch 1 before DUAA s.115): capped at £500,000 whatever the turnover")
    void theDayBeforeCommencementTheFiveHundredThousandCapApplies() {
        PenaltyCalculation c = referencePenalty().pecr("2026-02-04", "2026-02-04", "21").calculate();
        assertEquals(pounds("500000.00"), c.maximum().applicable());
        assertNull(c.maximum().tier());
        assertFalse(c.maximum().turnoverBased());
        // £500,000 × 52 % × 85 %: a fixed maximum never scales with turnover, so step 2 applies at £300m
        assertEquals(pounds("221000.00"), c.amount());
        assertTrue(c.maximum().explanation().contains("regulation 21 of the Privacy and Electronic Communications"),
                c.maximum().explanation());
        assertTrue(c.summary().contains("under the PECR maximum"), c.summary());
    }

    @Test
    @DisplayName("Infringement on 5 Feb 2026 (DUAA s.115, Sch 13; SI 2026/82 reg 2(y)): the s.157 higher maximum, £17.5m")
    void onTheDayOfCommencementTheHigherMaximumApplies() {
        PenaltyCalculation c = referencePenalty().pecr("2026-02-05", "2026-02-05", "22").calculate();
        assertEquals(MaximumTier.HIGHER, c.maximum().tier());
        assertEquals(pounds("17500000.00"), c.maximum().applicable());
        assertEquals(pounds("7735000.00"), c.amount());
        assertTrue(c.maximum().source().contains("SI 2026/82"), c.maximum().source());
    }

    @Test
    @DisplayName("After commencement a £1bn undertaking faces 4 % of turnover (s.157(2)-(4) as applied), no step 2")
    void afterCommencementTheTurnoverMaximumScales() {
        PenaltyCalculation c = referencePenalty().turnover("1000000000.00").adjustment((PercentChoice) null)
                .pecr("2026-03-01", "2026-06-30", "21", "22").calculate();
        assertEquals(pounds("40000000.00"), c.maximum().applicable());
        assertTrue(c.maximum().turnoverBased());
        assertEquals(pounds("20800000.00"), c.amount());
        assertEquals("none", c.steps().get(1).chosen());
    }

    @Test
    @DisplayName("A span across 5 Feb 2026 takes the lower maximum of its days (cautious reading), even at £1bn turnover")
    void aSpanAcrossCommencementTakesTheLowerMaximum() {
        PenaltyCalculation c = referencePenalty().turnover("1000000000.00")
                .pecr("2026-01-10", "2026-03-01", "21").calculate();
        assertEquals(pounds("500000.00"), c.maximum().applicable());
        assertEquals(pounds("221000.00"), c.amount());
        assertTrue(c.maximum().explanation().contains("changed during the infringement"), c.maximum().explanation());
    }

    @Test
    @DisplayName("A person that is not an undertaking after commencement: the fixed higher maximum, £17.5m")
    void aPersonThatIsNotAnUndertakingFacesTheFixedAmount() {
        PenaltyCalculation c = referencePenalty().notAnUndertaking().pecr("2026-04-01", "2026-04-02", "22").calculate();
        assertEquals(pounds("17500000.00"), c.maximum().applicable());
        assertEquals(pounds("9100000.00"), c.amount());
    }

    @Test
    @DisplayName("The DPA regime is unchanged: the chosen tier of s.157 and its source")
    void theDataProtectionRegimeKeepsItsTier() {
        PenaltyCalculation c = referencePenalty().calculate();
        assertEquals(pounds("3845400.00"), c.amount());
        assertEquals("Data Protection Act 2018 s.157(5)-(6)", c.maximum().source());
    }

    @Test
    @DisplayName("Missing or contradictory regime data is refused, naming the field")
    void missingRegimeDataIsRefused() {
        assertRefused(referencePenalty().regime(LegalRegime.PECR).tier(null), "pecr");
        assertRefused(referencePenalty().regime(LegalRegime.PECR), "tier");
        assertRefused(referencePenalty().pecr("2026-03-01", "2026-03-02", "21").regime(LegalRegime.DPA_UK_GDPR)
                .tier(MaximumTier.HIGHER), "pecr");
        assertRefused(referencePenalty().pecr(null, "2026-03-02", "21"), "pecr.infringedFrom");
        assertRefused(referencePenalty().pecr("2026-03-01", null, "21"), "pecr.infringedTo");
        assertRefused(referencePenalty().pecr("2026-03-02", "2026-03-01", "21"), "pecr.infringedTo");
        assertRefused(referencePenalty().pecr("2026-03-01", "2026-03-02"), "pecr.regulations");
        assertRefused(referencePenalty().pecr("2026-03-01", "2026-03-02", "21", "99"), "pecr.regulations[1]");
        assertRefused(referencePenalty().pecr("2026-03-01", "2026-03-02", "22", "22"), "pecr.regulations[1]");
        assertRefused(referencePenalty().pecr("2010-01-01", "2026-03-02", "22"), "pecr.infringedFrom");
        assertDoesNotThrow(() -> referencePenalty().pecr("2026-03-01", "2026-03-02", "5A", "21B", "6").calculate());
    }

    @Test
    @DisplayName("An infringement cannot end after today (London)")
    void anInfringementCannotEndInTheFuture() {
        PenaltyInput input = referencePenalty().pecr("2026-03-01", "2026-12-05", "21").build();
        PenaltyRuleException e = assertThrows(PenaltyRuleException.class,
                () -> PecrRules.checkNotAfter(input, LocalDate.of(2026, 12, 4)));
        assertEquals("pecr.infringedTo", e.field());
        assertDoesNotThrow(() -> PecrRules.checkNotAfter(input, LocalDate.of(2026, 12, 5)));
    }

    @Test
    @DisplayName("A settlement keeps the regime and the PECR details")
    void aSettlementKeepsThePecrDetails() {
        PenaltyInput input = referencePenalty().pecr("2025-03-01", "2025-04-30", "21").build();
        PenaltyInput settled = input.withSettlement(new PercentChoice(pounds("20"), "settled"));
        assertEquals(LegalRegime.PECR, settled.legalRegime());
        assertEquals(input.pecr(), settled.pecr());
        assertEquals(pounds("176800.00"), PenaltyCalculator.calculate(settled).amount());
    }

    private static void assertRefused(PenaltyInputs inputs, String field) {
        PenaltyRuleException e = assertThrows(PenaltyRuleException.class, inputs::calculate);
        assertEquals(field, e.field(), e.getMessage());
    }
}
