package org.casework.notices.domain.penalty;

import static org.casework.notices.domain.penalty.PenaltyInputs.referencePenalty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Fining Guidance step 2 ("Accounting for turnover (where the controller or processor is part of an
 * undertaking)"): the Commissioner decides case by case whether to adjust for turnover, so "no adjustment"
 * is a choice, explained like any other; a person that is not an undertaking has no turnover, and the
 * fixed maximum of DPA 2018 s.157 applies ("in any other case").
 */
class TurnoverStepTest {

    private static BigDecimal pounds(String value) {
        return new BigDecimal(value);
    }

    @Test
    @DisplayName("Step 2 is discretionary: no adjustment with a reason leaves £8.7m × 52% = £4,524,000.00 as the starting point")
    void noTurnoverAdjustmentWithAReasonKeepsTheSeriousnessShare() {
        PenaltyCalculation result = referencePenalty()
                .adjustment(new PercentChoice(null, "the group's size is already reflected in its high seriousness"))
                .calculate();
        PenaltyStep step2 = result.steps().get(1);
        assertEquals("none", step2.chosen());
        assertEquals("50%–100%", step2.range());
        assertEquals("the group's size is already reflected in its high seriousness", step2.reason());
        assertTrue(step2.explanation().contains("No adjustment was made because the group's size"), step2.explanation());
        assertEquals(pounds("4524000.00"), step2.amount());
        assertEquals(pounds("4524000.00"), result.steps().get(2).amount());
        assertEquals(pounds("4524000.00"), result.amount());
    }

    @Test
    @DisplayName("Step 2: no adjustment without a reason is refused, the guidance not being mechanistic")
    void noTurnoverAdjustmentWithoutAReasonIsRefused() {
        PenaltyRuleException e = assertThrows(PenaltyRuleException.class,
                () -> referencePenalty().adjustment(new PercentChoice(null, " ")).calculate());
        assertEquals("turnoverAdjustment.reason", e.field());
    }

    @Test
    @DisplayName("A person that is not an undertaking: the fixed £8.7m maximum, no step 2: £8.7m × 52% = £4,524,000.00")
    void aPersonThatIsNotAnUndertakingFacesTheFixedMaximum() {
        PenaltyCalculation result = referencePenalty().notAnUndertaking().calculate();
        assertEquals(pounds("8700000.00"), result.maximum().applicable());
        assertFalse(result.maximum().turnoverBased());
        assertNull(result.maximum().turnoverAmount());
        assertTrue(result.maximum().explanation().contains("not an undertaking"), result.maximum().explanation());
        assertEquals("none", result.steps().get(1).chosen());
        assertEquals(pounds("4524000.00"), result.amount());
        assertEquals(pounds("17500000.00"), referencePenalty().notAnUndertaking().tier(MaximumTier.HIGHER)
                .calculate().maximum().applicable());
    }

    @Test
    @DisplayName("A person that is not an undertaking has no turnover and no turnover adjustment: either is refused")
    void aPersonThatIsNotAnUndertakingIsRefusedATurnoverOrAnAdjustment() {
        PenaltyRuleException turnover = assertThrows(PenaltyRuleException.class,
                () -> referencePenalty().undertaking(Boolean.FALSE).adjustment((PercentChoice) null).calculate());
        assertEquals("worldwideTurnover", turnover.field());
        PenaltyRuleException adjustment = assertThrows(PenaltyRuleException.class,
                () -> referencePenalty().notAnUndertaking().adjustment("85").calculate());
        assertEquals("turnoverAdjustment", adjustment.field());
    }

    @Test
    @DisplayName("An undertaking still needs its turnover: leaving it out is refused, not read as 'not an undertaking'")
    void anUndertakingWithoutTurnoverIsStillRefused() {
        assertEquals("worldwideTurnover", assertThrows(PenaltyRuleException.class,
                () -> referencePenalty().undertaking(Boolean.TRUE).turnover((BigDecimal) null).calculate()).field());
    }
}
