package org.casework.notices.domain.penalty;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The statutory maximum of DPA 2018 s.157 for one undertaking: the fixed amount or the turnover share,
 * whichever is higher.
 *
 * @param turnoverAmount turnover × turnoverPercent, rounded down to the penny; null for a person that is not an
 *                       undertaking
 * @param applicable     the maximum that applies: the higher of the two
 * @param turnoverBased  true exactly when turnover × percent is strictly greater than the fixed amount; at
 *                       equality the fixed amount applies
 * @param tier           the tier of s.157; null for a fixed maximum outside s.157 (PECR before 5 February 2026)
 * @param source         the provision the maximum comes from, as printed on the notice
 */
public record StatutoryMaximum(MaximumTier tier, BigDecimal fixedAmount, BigDecimal turnoverPercent,
        BigDecimal turnoverAmount, BigDecimal applicable, boolean turnoverBased, String explanation, String source) {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /**
     * The maximum for a tier and a worldwide turnover. Refuses a turnover the calculator would refuse (null,
     * negative, more than 2 decimal places, above 10^15), so it is safe to call on its own.
     */
    /**
     * The maximum for a person that is not an undertaking: it has no turnover, so only the fixed amount of the
     * tier applies (s.157(2)(b), (5)(b): "in any other case").
     */
    public static StatutoryMaximum notAnUndertaking(MaximumTier tier) {
        InputRules.checkTier(tier);
        String explanation = "The " + tier.label() + " maximum for a person that is not an undertaking is the fixed "
                + "amount of " + Texts.money(tier.fixedAmount()) + ": it has no turnover, so no turnover-based "
                + "maximum applies.";
        return new StatutoryMaximum(tier, tier.fixedAmount(), tier.turnoverPercent(), null, tier.fixedAmount(), false,
                explanation, source(tier));
    }

    public static StatutoryMaximum of(MaximumTier tier, BigDecimal worldwideTurnover) {
        InputRules.checkTier(tier);
        InputRules.checkTurnover(worldwideTurnover);
        BigDecimal exact = Amounts.normal(worldwideTurnover).multiply(tier.turnoverPercent()).divide(HUNDRED);
        // Compared before rounding so that the "strictly greater" rule is exact; the amount itself is
        // rounded down, because a maximum (like every amount here) is never rounded up.
        boolean turnoverBased = exact.compareTo(tier.fixedAmount()) > 0;
        BigDecimal turnoverAmount = exact.setScale(2, RoundingMode.DOWN);
        BigDecimal applicable = turnoverBased ? turnoverAmount : tier.fixedAmount();
        String pct = Texts.percent(tier.turnoverPercent());
        String explanation = "The " + tier.label() + " maximum is " + Texts.money(tier.fixedAmount()) + " or "
                + pct + " of the undertaking's worldwide annual turnover of the preceding financial year, "
                + "whichever is higher. " + pct + " of " + Texts.money(worldwideTurnover) + " is "
                + Texts.money(turnoverAmount) + ", so "
                + (turnoverBased
                        ? "the turnover-based maximum of " + Texts.money(applicable) + " applies."
                        : "the fixed maximum of " + Texts.money(applicable) + " applies.");
        return new StatutoryMaximum(tier, tier.fixedAmount(), tier.turnoverPercent(), turnoverAmount, applicable,
                turnoverBased, explanation, source(tier));
    }

    private static String source(MaximumTier tier) {
        return tier == MaximumTier.HIGHER ? "Data Protection Act 2018 s.157(2)-(4)" : "Data Protection Act 2018 s.157(5)-(6)";
    }
}
