package org.casework.notices.domain.penalty;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.casework.notices.domain.penalty.PenaltyPropertiesTest.Scenario;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Generators of valid calculator inputs. Every one shrinks towards the low end of its range (the first
 * turnover band, the lowest percent, no reductions, no factors), so a failure is reported at its smallest.
 */
final class PenaltyGenerators {

    /** Every step-2 band, the no-adjustment region and the exact boundaries, not just the largest range. */
    static final String[][] TURNOVER_RANGES = {
            { "0", "2000000" }, { "2000000", "10000000" }, { "10000000", "50000000" }, { "50000000", "100000000" },
            { "100000000", "250000000" }, { "250000000", "437500000" }, { "437500000", "10000000000" },
            { "10000000000", "1000000000000000" } };
    static final String[] TURNOVER_BOUNDARIES = { "0", "2000000", "2000000.01", "10000000", "250000000",
            "250000000.01", "435000000", "435000000.01", "437500000", "437500000.01" };

    private PenaltyGenerators() {
    }

    static Gen<Scenario> scenarios() {
        Gen<MaximumTier> tiers = Generate.enumValues(MaximumTier.class);
        Gen<BigDecimal> turnovers = turnovers();
        Gen<BigDecimal> seriousness = percents();
        Gen<BigDecimal> positions = decimals("0", "1", 3);
        Gen<List<Factor>> factors = SourceDSL.lists().of(factors()).ofSizeBetween(0, 4);
        Gen<BigDecimal> effectiveness = decimals("-100", "100", 2);
        Gen<PercentChoice> maybeReduction = reductions().toOptionals(50).map(choice -> choice.orElse(null));
        return in -> new Scenario(tiers.generate(in), turnovers.generate(in), seriousness.generate(in),
                positions.generate(in), factors.generate(in), effectiveness.generate(in),
                maybeReduction.generate(in), maybeReduction.generate(in));
    }

    static Gen<BigDecimal> percents() {
        return decimals("0", "100", 2);
    }

    static Gen<PercentChoice> reductions() {
        return percents().map(p -> new PercentChoice(p, "agreed"));
    }

    /** Each band (and the boundaries) equally likely, so the narrow low bands are drawn as often as the wide. */
    static Gen<BigDecimal> turnovers() {
        List<Pair<Integer, Gen<BigDecimal>>> choices = new ArrayList<>();
        for (String[] range : TURNOVER_RANGES) {
            choices.add(Pair.of(1, decimals(range[0], range[1], 2)));
        }
        choices.add(Pair.of(1, Generate.pick(Arrays.stream(TURNOVER_BOUNDARIES).map(BigDecimal::new).toList())));
        return Generate.frequency(choices);
    }

    private static Gen<Factor> factors() {
        Gen<FactorKind> kinds = Generate.enumValues(FactorKind.class);
        Gen<BigDecimal> aggravating = decimals("0.01", "100", 2);
        Gen<BigDecimal> mitigating = decimals("-100", "-0.01", 2);
        return in -> {
            FactorKind kind = kinds.generate(in);
            BigDecimal percent = (kind == FactorKind.AGGRAVATING ? aggravating : mitigating).generate(in);
            return new Factor(kind, kind + " factor", percent, "shown by the evidence");
        };
    }

    /**
     * Decimals from low to high inclusive at the given scale, shrinking towards {@code low}; one draw in ten is
     * an end of the range, so the edges are tried in every run rather than left to chance.
     */
    static Gen<BigDecimal> decimals(String low, String high, int scale) {
        BigDecimal from = new BigDecimal(low).setScale(scale);
        BigDecimal to = new BigDecimal(high).setScale(scale);
        long fromUnscaled = from.unscaledValue().longValueExact();
        Gen<BigDecimal> within = Generate.longRange(fromUnscaled, to.unscaledValue().longValueExact(), fromUnscaled)
                .map(unscaled -> BigDecimal.valueOf(unscaled, scale));
        return Generate.frequency(List.of(Pair.of(18, within), Pair.of(1, Generate.constant(from)),
                Pair.of(1, Generate.constant(to))));
    }
}
