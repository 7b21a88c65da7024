package org.casework.notices.domain.penalty;

import static org.casework.notices.domain.penalty.PenaltyInputs.pounds;
import static org.casework.notices.domain.penalty.PenaltyInputs.referencePenalty;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The five steps of the ICO Fining Guidance (2024) and the reductions, on worked cases. */
class PenaltyCalculatorTest {

    @Test
    @DisplayName("The reference notice of intent: £8.7m × 70% (HIGH) × 100% (turnover £250m–£435m) = £6,090,000.00")
    void theReferenceNoticeOfIntentComesToSixMillionNinetyThousandPounds() {
        PenaltyCalculation result = referencePenalty().turnover("300000000").seriousness(SeriousnessBand.HIGH, "70")
                .adjustment("100").effectiveness("0").calculate();

        assertEquals(pounds("6090000.00"), result.amount());
        assertEquals(2, result.amount().scale());
    }

    @Test
    @DisplayName("The reference penalty: £8.7m × 52% × 85% = £3,845,400.00, every step recorded")
    void theReferencePenaltyComesToThreeMillionEightHundredFortyFiveThousandFourHundredPounds() {
        PenaltyCalculation result = referencePenalty().calculate();

        assertEquals(pounds("3845400.00"), result.amount());
        List<PenaltyStep> steps = result.steps();
        assertEquals(List.of(1, 2, 3, 4, 5), steps.stream().map(PenaltyStep::number).toList());
        assertEquals(List.of("Seriousness", "Turnover adjustment", "Starting point",
                "Aggravating and mitigating factors", "Effective, proportionate and dissuasive"),
                steps.stream().map(PenaltyStep::name).toList());
        PenaltyStep seriousness = steps.get(0);
        assertAll(
                () -> assertEquals("52%", seriousness.chosen()),
                () -> assertEquals("20%–100%", seriousness.range()),
                () -> assertEquals(pounds("4524000.00"), seriousness.amount()),
                () -> assertEquals("The infringement was assessed as of high seriousness, which places the starting "
                        + "point between 20% and 100% of the statutory maximum. 52% was chosen because "
                        + "special-category health data of 82,946 people was exposed. "
                        + "£8,700,000.00 × 52% = £4,524,000.00.", seriousness.explanation()),
                () -> assertEquals("85%", steps.get(1).chosen()),
                () -> assertEquals("50%–100%", steps.get(1).range()),
                () -> assertEquals("a mid-sized supplier in its band", steps.get(1).reason()),
                () -> assertEquals("Starting point: £8,700,000.00 × 52% × 85% = £3,845,400.00.",
                        steps.get(2).explanation()),
                () -> assertEquals(pounds("3845400.00"), steps.get(2).amount()),
                () -> assertEquals("none", steps.get(3).chosen()),
                () -> assertEquals("0%", steps.get(4).chosen()),
                () -> assertEquals("The penalty is £3,845,400.00, within the applicable statutory maximum of "
                        + "£8,700,000.00 (the fixed amount under the standard maximum).", result.summary()));
    }

    @Test
    @DisplayName("A 20% settlement discount on the reference penalty: £3,845,400.00 × 80% = £3,076,320.00 exactly")
    void aSettlementDiscountOfTwentyPercentGivesThreeMillionSeventySixThousandThreeHundredTwentyPounds() {
        PenaltyCalculation result = referencePenalty().settlement("20").calculate();

        assertEquals(pounds("3076320.00"), result.amount());
        PenaltyStep settlement = result.steps().get(result.steps().size() - 1);
        assertEquals(7, settlement.number());
        assertEquals("Settlement", settlement.name());
        assertEquals("20%", settlement.chosen());
        assertTrue(settlement.explanation().endsWith("£3,845,400.00 × 80% = £3,076,320.00."));
    }

    @Test
    @DisplayName("Financial hardship (step 6) comes before the settlement discount (step 7); both are listed only when given")
    void financialHardshipIsAppliedBeforeTheSettlementDiscount() {
        PenaltyCalculation both = referencePenalty().hardship("50").settlement("20").calculate();
        PenaltyCalculation hardshipOnly = referencePenalty().hardship("50").calculate();

        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), both.steps().stream().map(PenaltyStep::number).toList());
        assertEquals(pounds("1922700.00"), both.steps().get(5).amount());
        assertEquals(pounds("1538160.00"), both.amount());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), hardshipOnly.steps().stream().map(PenaltyStep::number).toList());
    }

    @Test
    @DisplayName("Step 4: factors are signed shares of the starting point, listed one line each")
    void aggravatingAndMitigatingFactorsAreSharesOfTheStartingPoint() {
        PenaltyCalculation result = referencePenalty()
                .factor(FactorKind.AGGRAVATING, "Special-category data", "15")
                .factor(FactorKind.MITIGATING, "Prompt notification", "-10").calculate();

        PenaltyStep factors = result.steps().get(3);
        // £3,845,400.00 × (100% + 15% - 10%) = £4,037,670.00
        assertEquals(pounds("4037670.00"), factors.amount());
        assertEquals("+5%", factors.chosen());
        assertEquals(List.of(
                "Aggravating: Special-category data, +15% of the starting point, because shown by the evidence.",
                "Mitigating: Prompt notification, -10% of the starting point, because shown by the evidence."),
                factors.details());
        assertEquals("1 aggravating factor and 1 mitigating factor adjust the starting point by a net +5%: "
                + "£3,845,400.00 × 105% = £4,037,670.00.", factors.explanation());
        assertEquals(pounds("4037670.00"), result.amount());
    }

    @Test
    @DisplayName("Step 5: the effective, proportionate and dissuasive adjustment is signed")
    void theEffectivenessAdjustmentCanRaiseOrLowerTheAmount() {
        assertEquals(pounds("4229940.00"), referencePenalty().effectiveness("10").calculate().amount());
        assertEquals(pounds("3460860.00"), referencePenalty().effectiveness("-10").calculate().amount());
        assertEquals("-10%", referencePenalty().effectiveness("-10").calculate().steps().get(4).chosen());
    }

    @Test
    @DisplayName("Aggravating factors cannot push the amount above the applicable maximum: it is capped and says so")
    void anAmountAboveTheMaximumIsCappedAtTheMaximum() {
        PenaltyCalculation result = referencePenalty().seriousness(SeriousnessBand.HIGH, "100").adjustment("100")
                .factor(FactorKind.AGGRAVATING, "Repeated failure", "20").calculate();

        PenaltyStep factors = result.steps().get(3);
        assertEquals(pounds("8700000.00"), factors.amount());
        assertTrue(factors.explanation().contains("£8,700,000.00 × 120% = £10,440,000.00, which is above the "
                + "statutory maximum, so the amount is capped at £8,700,000.00"), factors.explanation());
        assertEquals(pounds("8700000.00"), result.amount());
        // Step 5 may also push upwards; the cap holds there too.
        assertEquals(pounds("8700000.00"),
                referencePenalty().seriousness(SeriousnessBand.HIGH, "100").adjustment("100").effectiveness("100")
                        .calculate().amount());
    }

    @Test
    @DisplayName("Mitigation of -100% brings the amount to £0.00; beyond that it is floored at zero and says so")
    void mitigationBringsTheAmountToZeroAndNeverBelow() {
        PenaltyCalculation full = referencePenalty().factor(FactorKind.MITIGATING, "Full remediation", "-100")
                .calculate();
        assertEquals(pounds("0.00"), full.amount());

        PenaltyCalculation below = referencePenalty().factor(FactorKind.MITIGATING, "Full remediation", "-100")
                .factor(FactorKind.MITIGATING, "Cooperation", "-50").calculate();
        PenaltyStep factors = below.steps().get(3);
        assertEquals(pounds("0.00"), factors.amount());
        assertTrue(factors.explanation().contains("is below zero, so the amount is floored at £0.00"),
                factors.explanation());
        assertEquals(pounds("0.00"), below.amount());
    }

    @Test
    @DisplayName("Every amount is rounded DOWN to the whole penny: £8.7m × 7.77% × 0.33% = £2,230.767 → £2,230.76")
    void aFractionalPennyIsRoundedDown() {
        PenaltyCalculation result = referencePenalty().turnover("1000000").seriousness(SeriousnessBand.LOWER, "7.77")
                .adjustment("0.33").calculate();

        PenaltyStep start = result.steps().get(2);
        assertEquals(pounds("2230.76"), start.amount());
        assertEquals("Starting point: £8,700,000.00 × 7.77% × 0.33% = £2,230.76 (rounded down to the whole penny).",
                start.explanation());
        // £2,230.76 × 80% = £1,784.608 → £1,784.60, not £1,784.61
        assertEquals(pounds("1784.60"), referencePenalty().turnover("1000000")
                .seriousness(SeriousnessBand.LOWER, "7.77").adjustment("0.33").settlement("20").calculate().amount());
    }

    @Test
    @DisplayName("Above the crossover turnover there is no step 2 adjustment: £1bn × 2% = £20m, × 70% = £14m")
    void aboveTheCrossoverTurnoverTheStartingPointIsASimpleShareOfTheTurnoverMaximum() {
        PenaltyCalculation result = referencePenalty().turnover("1000000000").seriousness(SeriousnessBand.HIGH, "70")
                .adjustment((PercentChoice) null).calculate();

        PenaltyStep adjustment = result.steps().get(1);
        assertEquals("none", adjustment.chosen());
        assertEquals("not applicable", adjustment.range());
        assertEquals(pounds("14000000.00"), adjustment.amount());
        assertEquals("Starting point: £20,000,000.00 × 70% = £14,000,000.00 (no turnover adjustment applies).",
                result.steps().get(2).explanation());
        assertEquals(pounds("14000000.00"), result.amount());
        assertTrue(result.summary().contains("2% of worldwide annual turnover"), result.summary());
    }

    @Test
    @DisplayName("Money is written £3,845,400.00 whatever the default locale")
    void moneyIsWrittenTheUkWayWhateverTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            PenaltyCalculation result = referencePenalty().calculate();
            assertTrue(result.summary().startsWith("The penalty is £3,845,400.00,"), result.summary());
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    @DisplayName("A missing factor list is read as no factors; the input's list is copied, not shared")
    void aMissingFactorListMeansNoFactors() {
        assertEquals(pounds("3845400.00"), referencePenalty().noFactorList().calculate().amount());

        List<Factor> factors = new java.util.ArrayList<>();
        PenaltyInput input = new PenaltyInput(new BigDecimal("300000000"), MaximumTier.STANDARD,
                new SeriousnessChoice(SeriousnessBand.HIGH, new BigDecimal("52"), "serious"),
                new PercentChoice(new BigDecimal("85"), "mid-band"), factors,
                new PercentChoice(BigDecimal.ZERO, "dissuasive"), null, null);
        factors.add(new Factor(FactorKind.AGGRAVATING, "added later", BigDecimal.TEN, "sneaky"));
        assertEquals(pounds("3845400.00"), PenaltyCalculator.calculate(input).amount());
    }

    @Test
    @DisplayName("Percentages written with trailing zeros (52.000) are the same choice as 52")
    void trailingZerosAreNotExtraDecimalPlaces() {
        PenaltyCalculation result = referencePenalty()
                .seriousness(SeriousnessBand.HIGH, "52.000").adjustment("85.0000").calculate();
        assertEquals(pounds("3845400.00"), result.amount());
        assertEquals("52%", result.steps().get(0).chosen());
        assertFalse(result.steps().get(2).explanation().contains("52.0"));
    }
}
