package org.casework.notices.domain.penalty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import java.util.ArrayList;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the calculator over 500 generated valid inputs each: the bounds of DPA 2018 s.157, the
 * rounding rule, and that the amount moves the right way when seriousness, turnover or reductions change.
 * The generator is seeded, so a failure names its case and repeats on every run.
 */
class PenaltyPropertiesTest {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

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

    private static final int TRIES = 500;

    @ParameterizedTest(name = "case {index}")
    @MethodSource("scenarios")
    @DisplayName("s.157: no step's amount is ever above the applicable statutory maximum")
    void neverAboveTheApplicableMaximum(Scenario scenario) {
        PenaltyCalculation result = PenaltyCalculator.calculate(scenario.input());
        BigDecimal max = result.maximum().applicable();
        for (PenaltyStep step : result.steps()) {
            assertTrue(step.amount().compareTo(max) <= 0, step.number() + ": " + step.amount() + " > " + max);
        }
    }

    @ParameterizedTest(name = "case {index}")
    @MethodSource("scenarios")
    @DisplayName("No step's amount is ever negative, and every amount is whole pence at scale 2")
    void neverNegative(Scenario scenario) {
        for (PenaltyStep step : PenaltyCalculator.calculate(scenario.input()).steps()) {
            assertTrue(step.amount().signum() >= 0, step.number() + ": " + step.amount());
            assertEquals(2, step.amount().scale(), step.number() + ": " + step.amount());
        }
    }

    @ParameterizedTest(name = "case {index}")
    @MethodSource("scenarios")
    @DisplayName("Rounding rule: the starting point is the exact product rounded down, never up, by less than a penny")
    void theStartingPointIsRoundedDownToThePenny(Scenario scenario) {
        PenaltyInput input = scenario.input();
        PenaltyCalculation result = PenaltyCalculator.calculate(input);
        BigDecimal adjustment = input.turnoverAdjustment() == null ? HUNDRED : input.turnoverAdjustment().percent();
        BigDecimal exact = result.maximum().applicable().multiply(input.seriousness().percent()).multiply(adjustment)
                .divide(HUNDRED).divide(HUNDRED);
        BigDecimal start = result.steps().get(2).amount();
        assertTrue(start.compareTo(exact) <= 0, start + " > " + exact);
        assertTrue(exact.subtract(start).compareTo(new BigDecimal("0.01")) < 0, exact + " - " + start);
    }

    @ParameterizedTest(name = "case {index}")
    @MethodSource("scenariosWithTwoPercents")
    @DisplayName("Step 1: with everything else fixed, a higher seriousness percent never gives a lower amount")
    void monotoneInSeriousness(Scenario scenario, BigDecimal a, BigDecimal b) {
        BigDecimal low = a.min(b);
        BigDecimal high = a.max(b);
        BigDecimal lower = scenario.withSeriousness(low).amount();
        BigDecimal higher = scenario.withSeriousness(high).amount();
        assertTrue(lower.compareTo(higher) <= 0, low + "% gives " + lower + " but " + high + "% gives " + higher);
    }

    @ParameterizedTest(name = "case {index}")
    @MethodSource("scenariosWithTwoTurnovers")
    @DisplayName("Step 2 and s.157: at the same position within each turnover band, a larger turnover never gives a lower amount")
    void monotoneInTurnover(Scenario scenario, BigDecimal a, BigDecimal b) {
        BigDecimal small = a.min(b);
        BigDecimal large = a.max(b);
        BigDecimal smaller = scenario.withTurnover(small).amount();
        BigDecimal larger = scenario.withTurnover(large).amount();
        assertTrue(smaller.compareTo(larger) <= 0,
                "£" + small + " gives " + smaller + " but £" + large + " gives " + larger);
    }

    @ParameterizedTest(name = "case {index}")
    @MethodSource("scenariosWithTwoReductions")
    @DisplayName("Financial hardship and settlement only ever reduce: adding either never increases the amount")
    void reductionsNeverIncreaseTheAmount(Scenario scenario, PercentChoice hardship, PercentChoice settlement) {
        BigDecimal none = scenario.withReductions(null, null).amount();
        BigDecimal withHardship = scenario.withReductions(hardship, null).amount();
        BigDecimal withSettlement = scenario.withReductions(null, settlement).amount();
        BigDecimal withBoth = scenario.withReductions(hardship, settlement).amount();
        assertTrue(withHardship.compareTo(none) <= 0, withHardship + " > " + none);
        assertTrue(withSettlement.compareTo(none) <= 0, withSettlement + " > " + none);
        assertTrue(withBoth.compareTo(withHardship) <= 0, withBoth + " > " + withHardship);
        assertTrue(withBoth.compareTo(withSettlement) <= 0, withBoth + " > " + withSettlement);
    }

    static Stream<Arguments> scenarios() {
        Random random = new Random(20240807L);
        return IntStream.range(0, TRIES).mapToObj(i -> Arguments.of(scenario(random)));
    }

    static Stream<Arguments> scenariosWithTwoPercents() {
        Random random = new Random(20250326L);
        return IntStream.range(0, TRIES).mapToObj(i -> Arguments.of(scenario(random), percent(random), percent(random)));
    }

    static Stream<Arguments> scenariosWithTwoTurnovers() {
        Random random = new Random(82946L);
        return IntStream.range(0, TRIES).mapToObj(i -> Arguments.of(scenario(random), turnover(random), turnover(random)));
    }

    static Stream<Arguments> scenariosWithTwoReductions() {
        Random random = new Random(3076320L);
        return IntStream.range(0, TRIES).mapToObj(i -> Arguments.of(scenario(random), reduction(random), reduction(random)));
    }

    private static Scenario scenario(Random r) {
        List<Factor> factors = new ArrayList<>();
        int count = r.nextInt(5);
        for (int i = 0; i < count; i++) {
            FactorKind kind = FactorKind.values()[r.nextInt(FactorKind.values().length)];
            BigDecimal p = kind == FactorKind.AGGRAVATING ? between(r, "0.01", "100", 2) : between(r, "-100", "-0.01", 2);
            factors.add(new Factor(kind, kind + " factor", p, "shown by the evidence"));
        }
        return new Scenario(MaximumTier.values()[r.nextInt(MaximumTier.values().length)], turnover(r), percent(r),
                between(r, "0", "1", 3), factors, between(r, "-100", "100", 2),
                r.nextBoolean() ? null : reduction(r), r.nextBoolean() ? null : reduction(r));
    }

    private static BigDecimal percent(Random r) {
        return between(r, "0", "100", 2);
    }

    private static PercentChoice reduction(Random r) {
        return new PercentChoice(between(r, "0", "100", 2), "agreed");
    }

    /** Every step-2 band, the no-adjustment region and the exact boundaries, not just the largest range. */
    private static final String[][] TURNOVER_RANGES = {
            { "0", "2000000" }, { "2000000", "10000000" }, { "10000000", "50000000" }, { "50000000", "100000000" },
            { "100000000", "250000000" }, { "250000000", "437500000" }, { "437500000", "10000000000" },
            { "10000000000", "1000000000000000" } };
    private static final String[] TURNOVER_BOUNDARIES = { "0", "2000000", "2000000.01", "10000000", "250000000",
            "250000000.01", "435000000", "435000000.01", "437500000", "437500000.01" };

    private static BigDecimal turnover(Random r) {
        int pick = r.nextInt(TURNOVER_RANGES.length + 1);
        if (pick == TURNOVER_RANGES.length) {
            return new BigDecimal(TURNOVER_BOUNDARIES[r.nextInt(TURNOVER_BOUNDARIES.length)]);
        }
        return between(r, TURNOVER_RANGES[pick][0], TURNOVER_RANGES[pick][1], 2);
    }

    /** A uniformly drawn decimal from low to high inclusive, at the given scale. */
    private static BigDecimal between(Random r, String low, String high, int scale) {
        BigDecimal lo = new BigDecimal(low);
        long steps = new BigDecimal(high).subtract(lo).movePointRight(scale).longValueExact();
        long pick = Math.floorMod(r.nextLong(), steps + 1);
        return lo.add(BigDecimal.valueOf(pick, scale));
    }
}
