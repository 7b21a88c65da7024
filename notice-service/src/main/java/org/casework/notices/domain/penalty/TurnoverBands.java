package org.casework.notices.domain.penalty;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Step 2 of the ICO Fining Guidance: the band of turnover adjustment for an undertaking. Each band includes
 * its upper bound (a turnover of exactly £2m is in the first band). The last band ends at the turnover where
 * the percentage maximum equals the fixed maximum; above it no adjustment applies, because the maximum
 * already scales with turnover.
 */
public final class TurnoverBands {

    /**
     * One band: turnover above {@code above} (or from zero, for the first band) up to and including
     * {@code upTo}; the adjustment must lie between {@code lowPercent} and {@code highPercent}, inclusive.
     */
    public record Band(BigDecimal above, BigDecimal upTo, BigDecimal lowPercent, BigDecimal highPercent) {

        /** True when {@code percent} lies inside the band, both ends included. */
        public boolean contains(BigDecimal percent) {
            return percent.compareTo(lowPercent) >= 0 && percent.compareTo(highPercent) <= 0;
        }

        /** "above £250,000,000.00 up to and including £435,000,000.00". */
        public String turnoverRange() {
            String upper = "up to and including " + Texts.money(upTo);
            return above.signum() == 0 ? upper : "above " + Texts.money(above) + " " + upper;
        }

        /** "50%–100%". */
        public String percentRange() {
            return Texts.percent(lowPercent) + "–" + Texts.percent(highPercent);
        }
    }

    private static final List<Band> FIXED_BANDS = List.of(
            band("0", "2000000", "0.2", "0.4"),
            band("2000000", "10000000", "0.4", "2"),
            band("10000000", "50000000", "2", "10"),
            band("50000000", "100000000", "10", "20"),
            band("100000000", "250000000", "20", "50"));

    private static final BigDecimal LAST_FIXED_UPPER = new BigDecimal("250000000.00");

    private TurnoverBands() {
    }

    /**
     * The band for a turnover under a tier, or empty when the turnover is above the tier's crossover
     * turnover (£435m standard, £437.5m higher) and no turnover adjustment applies. Refuses a turnover or
     * tier the calculator would refuse, so it is safe to call on its own.
     */
    public static Optional<Band> forTurnover(BigDecimal turnover, MaximumTier tier) {
        InputRules.checkTier(tier);
        return forTurnoverUpTo(turnover, tier.crossoverTurnover());
    }

    /**
     * The band for a turnover where the maximum starts to scale with turnover above {@code crossover} (for a fixed
     * maximum that never does, such as PECR's before 5 February 2026, a crossover above any turnover).
     */
    static Optional<Band> forTurnoverUpTo(BigDecimal turnover, BigDecimal crossover) {
        InputRules.checkTurnover(turnover);
        for (Band band : FIXED_BANDS) {
            if (turnover.compareTo(band.upTo()) <= 0) {
                return Optional.of(band);
            }
        }
        if (turnover.compareTo(crossover) <= 0) {
            return Optional.of(new Band(LAST_FIXED_UPPER, crossover, new BigDecimal("50"), new BigDecimal("100")));
        }
        return Optional.empty();
    }

    private static Band band(String above, String upTo, String low, String high) {
        return new Band(new BigDecimal(above).setScale(2), new BigDecimal(upTo).setScale(2), new BigDecimal(low),
                new BigDecimal(high));
    }
}
