package org.casework.notices.domain.penalty;

import static org.casework.notices.domain.penalty.PenaltyInputs.referencePenalty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Inputs the fining rules do not allow are refused with the field, the allowed range and a plain message. */
class PenaltyRefusalsTest {

    private static PenaltyRuleException refused(UnaryOperator<PenaltyInputs> change) {
        return assertThrows(PenaltyRuleException.class, () -> change.apply(referencePenalty()).calculate());
    }

    @Test
    @DisplayName("Step 1: a HIGH seriousness of 15% is outside 20%–100% and the message names the band")
    void aSeriousnessOutsideItsBandIsRefused() {
        PenaltyRuleException e = refused(p -> p.seriousness(SeriousnessBand.HIGH, "15"));
        assertEquals("seriousness.percent", e.field());
        assertEquals("20%–100% (HIGH)", e.allowed());
        assertEquals("Step 1: a HIGH seriousness must be between 20% and 100% of the maximum; 15% was chosen",
                e.getMessage());
    }

    @Test
    @DisplayName("Step 1: 10% is inside both LOWER and MEDIUM (bands include both ends) but not inside HIGH")
    void seriousnessBandsIncludeBothEnds() {
        referencePenalty().seriousness(SeriousnessBand.LOWER, "10").calculate();
        referencePenalty().seriousness(SeriousnessBand.MEDIUM, "10").calculate();
        referencePenalty().seriousness(SeriousnessBand.LOWER, "0").calculate();
        assertEquals("10%–20% (MEDIUM)", refused(p -> p.seriousness(SeriousnessBand.MEDIUM, "20.01")).allowed());
    }

    @Test
    @DisplayName("Step 2: 40% for a £300m turnover is outside 50%–100% and the message names the turnover band")
    void anAdjustmentOutsideItsBandIsRefused() {
        PenaltyRuleException e = refused(p -> p.adjustment("40"));
        assertEquals("turnoverAdjustment.percent", e.field());
        assertEquals("50%–100% (turnover above £250,000,000.00 up to and including £435,000,000.00)", e.allowed());
        assertEquals("Step 2: for a worldwide turnover of £300,000,000.00 (band above £250,000,000.00 up to and "
                + "including £435,000,000.00) the turnover adjustment must be between 50% and 100%; 40% was chosen",
                e.getMessage());
    }

    @Test
    @DisplayName("Step 2: a turnover adjustment for a £1bn STANDARD undertaking is refused; the maximum already scales")
    void anAdjustmentWhereNoneAppliesIsRefused() {
        PenaltyRuleException e = refused(p -> p.turnover("1000000000").adjustment("100"));
        assertEquals("turnoverAdjustment", e.field());
        assertEquals("none (turnover above £435,000,000.00)", e.allowed());
        assertTrue(e.getMessage().startsWith("Step 2: no turnover adjustment applies to a worldwide turnover of "
                + "£1,000,000,000.00, which is above £435,000,000.00"), e.getMessage());
    }

    @Test
    @DisplayName("Step 2: a missing turnover adjustment where one applies is refused, naming the band")
    void aMissingAdjustmentWhereOneAppliesIsRefused() {
        PenaltyRuleException e = refused(p -> p.turnover("5000000").adjustment((PercentChoice) null));
        assertEquals("turnoverAdjustment", e.field());
        assertEquals("0.4%–2% (turnover above £2,000,000.00 up to and including £10,000,000.00)", e.allowed());
        assertTrue(e.getMessage().contains("must be between 0.4% and 2%; none was chosen"), e.getMessage());
    }

    @Test
    @DisplayName("Step 4: an AGGRAVATING factor with a negative percent is refused at factors[i].percent")
    void anAggravatingFactorWithANegativePercentIsRefused() {
        PenaltyRuleException e = refused(p -> p.factor(FactorKind.MITIGATING, "Cooperation", "-5")
                .factor(FactorKind.AGGRAVATING, "Sensitive data", "-10"));
        assertEquals("factors[1].percent", e.field());
        assertEquals("above 0% up to 100% (AGGRAVATING)", e.allowed());
        assertEquals("Step 4: an AGGRAVATING factor must be above 0% and at most 100% of the starting point; "
                + "-10% was chosen for \"Sensitive data\"", e.getMessage());
    }

    @ParameterizedTest(name = "a MITIGATING factor of {0}% is refused")
    @ValueSource(strings = { "0", "5", "-100.01" })
    void aMitigatingFactorMustBeBelowZeroAndAtLeastMinusOneHundred(String percent) {
        PenaltyRuleException e = refused(p -> p.factor(FactorKind.MITIGATING, "Cooperation", percent));
        assertEquals("factors[0].percent", e.field());
        assertEquals("-100% up to below 0% (MITIGATING)", e.allowed());
    }

    @Test
    @DisplayName("Percentages may have at most 2 decimal places: 52.125% is refused")
    void aPercentWithThreeDecimalsIsRefused() {
        PenaltyRuleException e = refused(p -> p.seriousness(SeriousnessBand.HIGH, "52.125"));
        assertEquals("seriousness.percent", e.field());
        assertEquals("at most 2 decimal places", e.allowed());
        assertEquals("Step 1: percentages may have at most 2 decimal places; 52.125% was chosen", e.getMessage());
        assertEquals("settlement.percent", refused(p -> p.settlement("20.001")).field());
    }

    @Test
    @DisplayName("The guidance is not mechanistic: a blank reason is refused wherever it appears")
    void aBlankReasonIsRefused() {
        PenaltyRuleException e = refused(p -> p.seriousness(
                new SeriousnessChoice(SeriousnessBand.HIGH, new BigDecimal("52"), "   ")));
        assertEquals("seriousness.reason", e.field());
        assertEquals("a non-blank reason", e.allowed());
        assertTrue(e.getMessage().startsWith("Step 1: a reason is required"), e.getMessage());

        assertEquals("turnoverAdjustment.reason",
                refused(p -> p.adjustment(new PercentChoice(new BigDecimal("85"), ""))).field());
        assertEquals("factors[0].reason", refused(p -> p.factor(
                new Factor(FactorKind.AGGRAVATING, "Sensitive data", BigDecimal.TEN, null))).field());
        assertEquals("effectiveness.reason",
                refused(p -> p.effectiveness(new PercentChoice(BigDecimal.ZERO, "\t"))).field());
        assertEquals("financialHardship.reason",
                refused(p -> p.hardship(new PercentChoice(BigDecimal.TEN, " "))).field());
        assertEquals("settlement.reason", refused(p -> p.settlement(new PercentChoice(BigDecimal.TEN, null))).field());
    }

    @Test
    @DisplayName("Missing values are refused with the field named, never a NullPointerException")
    void missingValuesAreRefusedNotThrownAsNullPointers() {
        assertEquals("$", assertThrows(PenaltyRuleException.class, () -> PenaltyCalculator.calculate(null)).field());
        assertEquals("worldwideTurnover", refused(p -> p.turnover((BigDecimal) null)).field());
        assertEquals("tier", refused(p -> p.tier(null)).field());
        assertEquals("seriousness", refused(p -> p.seriousness(null)).field());
        assertEquals("seriousness.band", refused(p -> p.seriousness(null, "52")).field());
        assertEquals("seriousness.percent", refused(p -> p.seriousness(SeriousnessBand.HIGH, null)).field());
        // a reason without a percent is the discretionary "no adjustment" (TurnoverStepTest); without either it is refused
        assertEquals("turnoverAdjustment.reason", refused(p -> p.adjustment(new PercentChoice(null, null))).field());
        assertEquals("factors[0]", refused(p -> p.factor(null)).field());
        assertEquals("factors[0].kind", refused(p -> p.factor(null, "Sensitive data", "10")).field());
        assertEquals("factors[0].description", refused(p -> p.factor(FactorKind.AGGRAVATING, " ", "10")).field());
        assertEquals("factors[0].percent", refused(p -> p.factor(FactorKind.AGGRAVATING, "Sensitive data", null))
                .field());
        assertEquals("effectiveness", refused(p -> p.effectiveness((PercentChoice) null)).field());
        assertEquals("effectiveness.percent", refused(p -> p.effectiveness(new PercentChoice(null, "x"))).field());
        assertEquals("settlement.percent", refused(p -> p.settlement(new PercentChoice(null, "agreed"))).field());
    }

    @ParameterizedTest(name = "a turnover of {0} is refused")
    @ValueSource(strings = { "-0.01", "1000000000000000.01", "1E+30", "1E+1000000", "300000000.005" })
    void implausibleTurnoversAreRefusedBeforeAnyArithmetic(String turnover) {
        PenaltyRuleException e = refused(p -> p.turnover(turnover));
        assertEquals("worldwideTurnover", e.field());
        assertTrue(e.getMessage().length() < 200, e.getMessage());
    }

    @Test
    @DisplayName("Absurd percentages are refused quickly and written briefly in the message")
    void absurdPercentagesAreRefusedWithoutExpandingThem() {
        PenaltyRuleException e = refused(p -> p.effectiveness("1E+1000000"));
        assertEquals("effectiveness.percent", e.field());
        assertEquals("-100% to +100%", e.allowed());
        assertEquals("Step 5: the effective, proportionate and dissuasive adjustment must be between -100% and 100%; "
                + "1E+1000000% was chosen", e.getMessage());
        assertEquals("seriousness.percent", refused(p -> p.seriousness(SeriousnessBand.HIGH, "1E-1000000")).field());
        // 2^4000 / 10^1203 ≈ 13.1: inside MEDIUM, but written with 1,204 digits; refused before any comparison.
        BigDecimal manyDigits = new BigDecimal(BigInteger.ONE.shiftLeft(4000), 1203);
        PenaltyRuleException digits = refused(p -> p.seriousness(
                new SeriousnessChoice(SeriousnessBand.MEDIUM, manyDigits, "assessed")));
        assertEquals("seriousness.percent", digits.field());
        assertEquals("Step 1: a MEDIUM seriousness must be between 10% and 20% of the maximum; a number of about "
                + "1204 digits was chosen", digits.getMessage());
        assertEquals("0%–100%", refused(p -> p.hardship("100.01")).allowed());
        assertEquals("0%–100%", refused(p -> p.settlement("-1")).allowed());
    }

    @Test
    @DisplayName("The maximum and the bands refuse bad input on their own too")
    void theMaximumAndTheBandsRefuseBadInputOnTheirOwn() {
        assertEquals("worldwideTurnover", assertThrows(PenaltyRuleException.class,
                () -> StatutoryMaximum.of(MaximumTier.STANDARD, null)).field());
        assertEquals("tier", assertThrows(PenaltyRuleException.class,
                () -> TurnoverBands.forTurnover(BigDecimal.ONE, null)).field());
    }
}
