package org.casework.notices.domain.penalty;

import static org.casework.notices.domain.penalty.PenaltyGenerators.percents;
import static org.casework.notices.domain.penalty.PenaltyGenerators.reductions;
import static org.casework.notices.domain.penalty.PenaltyGenerators.scenarios;
import static org.casework.notices.domain.penalty.PenaltyGenerators.turnovers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/**
 * Properties of the calculator over 500 generated valid inputs each: the bounds of DPA 2018 s.157, the
 * rounding rule, and that the amount moves the right way when seriousness, turnover or reductions change.
 * Each run draws a fresh seed and logs it ({@link PropertySeed}); a failure is shrunk towards the low end of
 * every generator ({@link PenaltyGenerators}) and reported with that seed, and {@code -Dcasework.seed=N}
 * replays the run.
 */
class PenaltyPropertiesTest {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final int EXAMPLES = 500;
    private static final long SEED = PropertySeed.forRun(PenaltyPropertiesTest.class);

    private static QuickTheory theory() {
        return qt().withExamples(EXAMPLES).withFixedSeed(SEED);
    }

    /**
     * A valid penalty input described by positions rather than raw values, so the same scenario can be
     * recalculated with another turnover or seriousness and stay valid: the turnover adjustment sits at
     * {@code position} (0..1) within whatever step-2 band applies, or is none above the crossover turnover.
     */
    record Scenario(MaximumTier tier, BigDecimal turnover, BigDecimal seriousness, BigDecimal position,
            List<Factor> factors, BigDecimal effectiveness, PercentChoice hardship, PercentChoice settlement) {

        PenaltyInput input() {
            Optional<TurnoverBands.Band> band = TurnoverBands.forTurnover(turnover, tier);
            PercentChoice adjustment = band.map(b -> new PercentChoice(b.lowPercent().add(
                    position.multiply(b.highPercent().subtract(b.lowPercent()))).setScale(2, RoundingMode.DOWN),
                    "same position in the band")).orElse(null);
            return new PenaltyInput(turnover, tier,
                    new SeriousnessChoice(bandOf(seriousness), seriousness, "assessed"), adjustment, factors,
                    new PercentChoice(effectiveness, "dissuasive"), hardship, settlement);
        }

        BigDecimal amount() {
            return PenaltyCalculator.calculate(input()).amount();
        }

        Scenario withTurnover(BigDecimal t) {
            return new Scenario(tier, t, seriousness, position, factors, effectiveness, hardship, settlement);
        }

        Scenario withSeriousness(BigDecimal s) {
            return new Scenario(tier, turnover, s, position, factors, effectiveness, hardship, settlement);
        }

        Scenario withReductions(PercentChoice h, PercentChoice s) {
            return new Scenario(tier, turnover, seriousness, position, factors, effectiveness, h, s);
        }

        private static SeriousnessBand bandOf(BigDecimal percent) {
            for (SeriousnessBand band : SeriousnessBand.values()) {
                if (band.contains(percent)) {
                    return band;
                }
            }
            throw new IllegalArgumentException("no band for " + percent);
        }
    }

    @Test
    @DisplayName("s.157: no step's amount is ever above the applicable statutory maximum")
    void neverAboveTheApplicableMaximum() {
        theory().forAll(scenarios()).checkAssert(scenario -> {
            PenaltyCalculation result = PenaltyCalculator.calculate(scenario.input());
            BigDecimal max = result.maximum().applicable();
            for (PenaltyStep step : result.steps()) {
                assertTrue(step.amount().compareTo(max) <= 0, step.number() + ": " + step.amount() + " > " + max);
            }
        });
    }

    @Test
    @DisplayName("No step's amount is ever negative, and every amount is whole pence at scale 2")
    void neverNegative() {
        theory().forAll(scenarios()).checkAssert(scenario -> {
            for (PenaltyStep step : PenaltyCalculator.calculate(scenario.input()).steps()) {
                assertTrue(step.amount().signum() >= 0, step.number() + ": " + step.amount());
                assertEquals(2, step.amount().scale(), step.number() + ": " + step.amount());
            }
        });
    }

    @Test
    @DisplayName("Rounding rule: the starting point is the exact product rounded down, never up, by less than a penny")
    void theStartingPointIsRoundedDownToThePenny() {
        theory().forAll(scenarios()).checkAssert(scenario -> {
            PenaltyInput input = scenario.input();
            PenaltyCalculation result = PenaltyCalculator.calculate(input);
            BigDecimal adjustment = input.turnoverAdjustment() == null ? HUNDRED
                    : input.turnoverAdjustment().percent();
            BigDecimal exact = result.maximum().applicable().multiply(input.seriousness().percent())
                    .multiply(adjustment).divide(HUNDRED).divide(HUNDRED);
            BigDecimal start = result.steps().get(2).amount();
            assertTrue(start.compareTo(exact) <= 0, start + " > " + exact);
            assertTrue(exact.subtract(start).compareTo(new BigDecimal("0.01")) < 0, exact + " - " + start);
        });
    }

    @Test
    @DisplayName("Step 1: with everything else fixed, a higher seriousness percent never gives a lower amount")
    void monotoneInSeriousness() {
        theory().forAll(scenarios(), percents(), percents()).checkAssert((scenario, a, b) ->
                assertNeverLowerAtTheLarger(a, b, scenario::withSeriousness, "%s%% gives %s but %s%% gives %s"));
    }

    @Test
    @DisplayName("Step 2 and s.157: at the same position within each turnover band, a larger turnover never gives a lower amount")
    void monotoneInTurnover() {
        theory().forAll(scenarios(), turnovers(), turnovers()).checkAssert((scenario, a, b) ->
                assertNeverLowerAtTheLarger(a, b, scenario::withTurnover, "£%s gives %s but £%s gives %s"));
    }

    @Test
    @DisplayName("Financial hardship and settlement only ever reduce: adding either never increases the amount")
    void reductionsNeverIncreaseTheAmount() {
        theory().forAll(scenarios(), reductions(), reductions()).checkAssert((scenario, hardship, settlement) -> {
            BigDecimal none = scenario.withReductions(null, null).amount();
            BigDecimal withHardship = scenario.withReductions(hardship, null).amount();
            BigDecimal withSettlement = scenario.withReductions(null, settlement).amount();
            BigDecimal withBoth = scenario.withReductions(hardship, settlement).amount();
            assertTrue(withHardship.compareTo(none) <= 0, withHardship + " > " + none);
            assertTrue(withSettlement.compareTo(none) <= 0, withSettlement + " > " + none);
            assertTrue(withBoth.compareTo(withHardship) <= 0, withBoth + " > " + withHardship);
            assertTrue(withBoth.compareTo(withSettlement) <= 0, withBoth + " > " + withSettlement);
        });
    }

    /** With everything else fixed, the amount at the larger of {@code a} and {@code b} is never the lower. */
    private static void assertNeverLowerAtTheLarger(BigDecimal a, BigDecimal b, Function<BigDecimal, Scenario> at,
            String failure) {
        BigDecimal small = a.min(b);
        BigDecimal large = a.max(b);
        BigDecimal atSmall = at.apply(small).amount();
        BigDecimal atLarge = at.apply(large).amount();
        assertTrue(atSmall.compareTo(atLarge) <= 0, String.format(failure, small, atSmall, large, atLarge));
    }
}
