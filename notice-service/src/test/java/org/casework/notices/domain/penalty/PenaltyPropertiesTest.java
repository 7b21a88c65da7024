package org.casework.notices.domain.penalty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the calculator over 500 generated valid inputs each: the bounds of DPA 2018 s.157, the
 * rounding rule, and that the amount moves the right way when seriousness, turnover or reductions change.
 * jqwik draws a new random seed every run and prints it with each property's report; a failure is shrunk
 * to a small case and reported with its seed, and is replayed by putting that seed in
 * {@code @Property(seed = "...")} (jqwik also reruns a failed property with its previous seed first).
 */
class PenaltyPropertiesTest {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final int TRIES = 500;

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

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.MIXIN)
    @Label("s.157: no step's amount is ever above the applicable statutory maximum")
    void neverAboveTheApplicableMaximum(@ForAll("scenarios") Scenario scenario) {
        PenaltyCalculation result = PenaltyCalculator.calculate(scenario.input());
        BigDecimal max = result.maximum().applicable();
        for (PenaltyStep step : result.steps()) {
            assertTrue(step.amount().compareTo(max) <= 0, step.number() + ": " + step.amount() + " > " + max);
        }
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.MIXIN)
    @Label("No step's amount is ever negative, and every amount is whole pence at scale 2")
    void neverNegative(@ForAll("scenarios") Scenario scenario) {
        for (PenaltyStep step : PenaltyCalculator.calculate(scenario.input()).steps()) {
            assertTrue(step.amount().signum() >= 0, step.number() + ": " + step.amount());
            assertEquals(2, step.amount().scale(), step.number() + ": " + step.amount());
        }
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.MIXIN)
    @Label("Rounding rule: the starting point is the exact product rounded down, never up, by less than a penny")
    void theStartingPointIsRoundedDownToThePenny(@ForAll("scenarios") Scenario scenario) {
        PenaltyInput input = scenario.input();
        PenaltyCalculation result = PenaltyCalculator.calculate(input);
        BigDecimal adjustment = input.turnoverAdjustment() == null ? HUNDRED : input.turnoverAdjustment().percent();
        BigDecimal exact = result.maximum().applicable().multiply(input.seriousness().percent()).multiply(adjustment)
                .divide(HUNDRED).divide(HUNDRED);
        BigDecimal start = result.steps().get(2).amount();
        assertTrue(start.compareTo(exact) <= 0, start + " > " + exact);
        assertTrue(exact.subtract(start).compareTo(new BigDecimal("0.01")) < 0, exact + " - " + start);
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.MIXIN)
    @Label("Step 1: with everything else fixed, a higher seriousness percent never gives a lower amount")
    void monotoneInSeriousness(@ForAll("scenarios") Scenario scenario, @ForAll("percents") BigDecimal a,
            @ForAll("percents") BigDecimal b) {
        BigDecimal low = a.min(b);
        BigDecimal high = a.max(b);
        BigDecimal lower = scenario.withSeriousness(low).amount();
        BigDecimal higher = scenario.withSeriousness(high).amount();
        assertTrue(lower.compareTo(higher) <= 0, low + "% gives " + lower + " but " + high + "% gives " + higher);
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.MIXIN)
    @Label("Step 2 and s.157: at the same position within each turnover band, a larger turnover never gives a lower amount")
    void monotoneInTurnover(@ForAll("scenarios") Scenario scenario, @ForAll("turnovers") BigDecimal a,
            @ForAll("turnovers") BigDecimal b) {
        BigDecimal small = a.min(b);
        BigDecimal large = a.max(b);
        BigDecimal smaller = scenario.withTurnover(small).amount();
        BigDecimal larger = scenario.withTurnover(large).amount();
        assertTrue(smaller.compareTo(larger) <= 0,
                "£" + small + " gives " + smaller + " but £" + large + " gives " + larger);
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.MIXIN)
    @Label("Financial hardship and settlement only ever reduce: adding either never increases the amount")
    void reductionsNeverIncreaseTheAmount(@ForAll("scenarios") Scenario scenario,
            @ForAll("reductions") PercentChoice hardship, @ForAll("reductions") PercentChoice settlement) {
        BigDecimal none = scenario.withReductions(null, null).amount();
        BigDecimal withHardship = scenario.withReductions(hardship, null).amount();
        BigDecimal withSettlement = scenario.withReductions(null, settlement).amount();
        BigDecimal withBoth = scenario.withReductions(hardship, settlement).amount();
        assertTrue(withHardship.compareTo(none) <= 0, withHardship + " > " + none);
        assertTrue(withSettlement.compareTo(none) <= 0, withSettlement + " > " + none);
        assertTrue(withBoth.compareTo(withHardship) <= 0, withBoth + " > " + withHardship);
        assertTrue(withBoth.compareTo(withSettlement) <= 0, withBoth + " > " + withSettlement);
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        return Combinators.combine(Arbitraries.of(MaximumTier.class), turnovers(), percents(), decimals("0", "1", 3),
                factors().list().ofMaxSize(4), decimals("-100", "100", 2), reductions().injectNull(0.5),
                reductions().injectNull(0.5)).as(Scenario::new);
    }

    @Provide
    Arbitrary<BigDecimal> percents() {
        return decimals("0", "100", 2);
    }

    @Provide
    Arbitrary<PercentChoice> reductions() {
        return percents().map(p -> new PercentChoice(p, "agreed"));
    }

    private static Arbitrary<Factor> factors() {
        return Arbitraries.of(FactorKind.class).flatMap(kind -> (kind == FactorKind.AGGRAVATING
                ? decimals("0.01", "100", 2) : decimals("-100", "-0.01", 2))
                .map(p -> new Factor(kind, kind + " factor", p, "shown by the evidence")));
    }

    /** Every step-2 band, the no-adjustment region and the exact boundaries, not just the largest range. */
    private static final String[][] TURNOVER_RANGES = {
            { "0", "2000000" }, { "2000000", "10000000" }, { "10000000", "50000000" }, { "50000000", "100000000" },
            { "100000000", "250000000" }, { "250000000", "437500000" }, { "437500000", "10000000000" },
            { "10000000000", "1000000000000000" } };
    private static final String[] TURNOVER_BOUNDARIES = { "0", "2000000", "2000000.01", "10000000", "250000000",
            "250000000.01", "435000000", "435000000.01", "437500000", "437500000.01" };

    @Provide
    Arbitrary<BigDecimal> turnovers() {
        List<Arbitrary<BigDecimal>> choices = new java.util.ArrayList<>();
        for (String[] range : TURNOVER_RANGES) {
            choices.add(decimals(range[0], range[1], 2));
        }
        choices.add(Arbitraries.of(TURNOVER_BOUNDARIES).map(BigDecimal::new));
        return Arbitraries.oneOf(choices);
    }

    /** Decimals from low to high inclusive at the given scale; shrinking moves towards {@code low}. */
    private static Arbitrary<BigDecimal> decimals(String low, String high, int scale) {
        return Arbitraries.bigDecimals().between(new BigDecimal(low), new BigDecimal(high)).ofScale(scale)
                .shrinkTowards(new BigDecimal(low));
    }
}
