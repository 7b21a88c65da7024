package org.casework.notices.domain.penalty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Predicate;

/**
 * Checks a {@link PenaltyInput} against the fining rules before any arithmetic, so the calculation itself
 * can assume well-formed values. Every refusal is a {@link PenaltyRuleException} naming the field and the
 * allowed band or range; null and absurd values are refused here rather than failing later as a
 * NullPointerException or a runaway BigDecimal computation.
 */
final class InputRules {

    /** Far above any undertaking's turnover; refused before it reaches arithmetic. */
    static final BigDecimal TURNOVER_LIMIT = new BigDecimal("1000000000000000.00");
    private static final BigDecimal MINUS_HUNDRED = new BigDecimal("-100");
    private static final String TWO_DECIMALS = "at most 2 decimal places";

    private InputRules() {
    }

    static void validate(PenaltyInput input) {
        validate(input, PecrMaxima.bundled());
    }

    /** Also the maximum the input's regime and dates lead to, so step 2's band follows the applicable maximum. */
    static void validate(PenaltyInput input, PecrMaxima pecrMaxima) {
        if (input == null) {
            throw new PenaltyRuleException("$", "a penalty input", "A penalty input is required");
        }
        if (input.treatedAsUndertaking()) {
            checkTurnover(input.worldwideTurnover());
        } else {
            checkNoTurnover(input);
        }
        PecrRules.check(input);
        checkSeriousness(input.seriousness());
        if (input.treatedAsUndertaking()) {
            checkTurnoverAdjustment(input, ApplicableMaximum.of(input, pecrMaxima));
        }
        List<Factor> factors = input.factors();
        for (int i = 0; i < factors.size(); i++) {
            checkFactor("factors[" + i + "]", factors.get(i));
        }
        checkChoice("effectiveness", "Step 5", input.effectiveness(), MINUS_HUNDRED,
                "the effective, proportionate and dissuasive adjustment");
        if (input.financialHardship() != null) {
            checkChoice("financialHardship", "Financial hardship", input.financialHardship(), BigDecimal.ZERO,
                    "the financial hardship reduction");
        }
        if (input.settlement() != null) {
            checkChoice("settlement", "Settlement", input.settlement(), BigDecimal.ZERO, "the settlement discount");
        }
    }

    static void checkTier(MaximumTier tier) {
        if (tier == null) {
            throw new PenaltyRuleException("tier", "STANDARD or HIGHER",
                    "The statutory maximum tier (STANDARD or HIGHER) is required");
        }
    }

    static void checkTurnover(BigDecimal turnover) {
        String field = "worldwideTurnover";
        String allowed = "£0.00 to " + Texts.money(TURNOVER_LIMIT) + ", " + TWO_DECIMALS;
        if (turnover == null) {
            throw new PenaltyRuleException(field, allowed,
                    "The undertaking's worldwide annual turnover of the preceding financial year is required");
        }
        if (absurd(turnover) || turnover.signum() < 0 || turnover.compareTo(TURNOVER_LIMIT) > 0) {
            throw new PenaltyRuleException(field, allowed, "The worldwide annual turnover must be between £0.00 and "
                    + Texts.money(TURNOVER_LIMIT) + "; " + Texts.given(turnover, "") + " was given");
        }
        if (!hasAtMostTwoDecimals(turnover)) {
            throw new PenaltyRuleException(field, allowed, "The worldwide annual turnover is in pounds and pence ("
                    + TWO_DECIMALS + "); " + Texts.given(turnover, "") + " was given");
        }
    }

    /** A person that is not an undertaking has no turnover, so neither a turnover nor a step 2 adjustment. */
    private static void checkNoTurnover(PenaltyInput input) {
        if (input.worldwideTurnover() != null) {
            throw new PenaltyRuleException("worldwideTurnover", "none (not an undertaking)",
                    "A person that is not an undertaking has no turnover: leave the worldwide turnover empty, or say it "
                            + "is an undertaking");
        }
        if (input.turnoverAdjustment() != null) {
            throw new PenaltyRuleException("turnoverAdjustment", "none (not an undertaking)",
                    "Step 2: no turnover adjustment applies to a person that is not an undertaking; leave it empty");
        }
    }

    private static void checkSeriousness(SeriousnessChoice choice) {
        String allBands = "LOWER 0%–10%, MEDIUM 10%–20% or HIGH 20%–100%";
        if (choice == null || choice.band() == null) {
            throw new PenaltyRuleException(choice == null ? "seriousness" : "seriousness.band", allBands,
                    "Step 1: the seriousness band (LOWER, MEDIUM or HIGH), a percentage of the maximum within it "
                            + "and a reason are required");
        }
        SeriousnessBand band = choice.band();
        String low = Texts.percent(band.lowPercent());
        String high = Texts.percent(band.highPercent());
        checkPercent("seriousness.percent", "Step 1", choice.percent(), band::contains, low + "–" + high + " (" + band
                + ")", "a " + band + " seriousness must be between " + low + " and " + high + " of the maximum", "");
        checkReason("seriousness.reason", "Step 1", choice.reason(), "the seriousness chosen");
    }

    private static void checkTurnoverAdjustment(PenaltyInput input, ApplicableMaximum applicable) {
        String turnover = Texts.money(input.worldwideTurnover());
        TurnoverBands.Band band = TurnoverBands.forTurnoverUpTo(input.worldwideTurnover(),
                applicable.crossoverTurnover()).orElse(null);
        PercentChoice choice = input.turnoverAdjustment();
        if (band == null) {
            if (choice != null) {
                String crossover = Texts.money(applicable.crossoverTurnover());
                throw new PenaltyRuleException("turnoverAdjustment", "none (turnover above " + crossover + ")",
                        "Step 2: no turnover adjustment applies to a worldwide turnover of " + turnover
                                + ", which is above " + crossover + ", because " + applicable.label()
                                + " is already " + Texts.percent(applicable.maximum().turnoverPercent())
                                + " of turnover; leave the turnover adjustment empty");
            }
            return;
        }
        String allowed = band.percentRange() + " (turnover " + band.turnoverRange() + ")";
        String rule = "for a worldwide turnover of " + turnover + " (band " + band.turnoverRange()
                + ") the turnover adjustment must be between " + Texts.percent(band.lowPercent()) + " and "
                + Texts.percent(band.highPercent());
        if (choice == null) {
            throw new PenaltyRuleException("turnoverAdjustment", allowed, "Step 2: " + rule
                    + "; none was chosen (to make no adjustment, give only a reason)");
        }
        if (choice.percent() == null) {
            // the adjustment is discretionary (Fining Guidance step 2): "no adjustment" is a choice, so it is explained
            checkReason("turnoverAdjustment.reason", "Step 2", choice.reason(), "making no turnover adjustment");
            return;
        }
        checkPercent("turnoverAdjustment.percent", "Step 2", choice.percent(), band::contains, allowed, rule, "");
        checkReason("turnoverAdjustment.reason", "Step 2", choice.reason(), "the turnover adjustment chosen");
    }

    private static void checkFactor(String field, Factor factor) {
        if (factor == null || factor.kind() == null) {
            throw new PenaltyRuleException(factor == null ? field : field + ".kind", "AGGRAVATING or MITIGATING",
                    "Step 4: say whether " + field + " is an AGGRAVATING or a MITIGATING factor");
        }
        if (factor.description() == null || factor.description().isBlank()) {
            throw new PenaltyRuleException(field + ".description", "a non-blank description",
                    "Step 4: " + field + " needs a description of the factor");
        }
        String name = "\"" + factor.description().strip() + "\"";
        if (factor.kind() == FactorKind.AGGRAVATING) {
            checkPercent(field + ".percent", "Step 4", factor.percent(),
                    p -> p.signum() > 0 && p.compareTo(Amounts.HUNDRED) <= 0, "above 0% up to 100% (AGGRAVATING)",
                    "an AGGRAVATING factor must be above 0% and at most 100% of the starting point", " for " + name);
        } else {
            checkPercent(field + ".percent", "Step 4", factor.percent(),
                    p -> p.signum() < 0 && p.compareTo(MINUS_HUNDRED) >= 0, "-100% up to below 0% (MITIGATING)",
                    "a MITIGATING factor must be below 0% and at least -100% of the starting point", " for " + name);
        }
        checkReason(field + ".reason", "Step 4", factor.reason(), "the factor " + name);
    }

    /** Step 5 (from -100 %) and the reductions (from 0 %): all end at 100 %. */
    private static void checkChoice(String field, String step, PercentChoice choice, BigDecimal low, String what) {
        String range = low.signum() < 0 ? Texts.percent(low) + " to +100%" : Texts.percent(low) + "–100%";
        if (choice == null) {
            throw new PenaltyRuleException(field, range, step + ": " + what + " is required (0% is allowed)");
        }
        checkPercent(field + ".percent", step, choice.percent(),
                p -> p.compareTo(low) >= 0 && p.compareTo(Amounts.HUNDRED) <= 0, range,
                what + " must be between " + Texts.percent(low) + " and 100%", "");
        checkReason(field + ".reason", step, choice.reason(), what);
    }

    /**
     * Refuses a missing percentage, one outside its band or range (the message states {@code rule}), and one
     * with more than 2 decimal places. Absurd values are caught before the range test touches them.
     */
    private static void checkPercent(String field, String step, BigDecimal percent, Predicate<BigDecimal> inRange,
            String allowed, String rule, String context) {
        if (percent == null) {
            throw new PenaltyRuleException(field, allowed, step + ": " + rule + "; none was chosen" + context);
        }
        if (absurd(percent) || !inRange.test(percent)) {
            throw new PenaltyRuleException(field, allowed,
                    step + ": " + rule + "; " + Texts.given(percent, "%") + " was chosen" + context);
        }
        if (!hasAtMostTwoDecimals(percent)) {
            throw new PenaltyRuleException(field, TWO_DECIMALS, step + ": percentages may have " + TWO_DECIMALS
                    + "; " + Texts.given(percent, "%") + " was chosen" + context);
        }
    }

    private static void checkReason(String field, String step, String reason, String what) {
        if (reason == null || reason.isBlank()) {
            throw new PenaltyRuleException(field, "a non-blank reason", step + ": a reason is required for " + what
                    + "; the fining guidance is not mechanistic, so every choice must be explained");
        }
    }

    /**
     * More digits than any bounded figure needs (a 1,000,000-digit 52.000…). Checked before any comparison:
     * BigDecimal.compareTo and precision on such a value take seconds, bitLength does not.
     */
    private static boolean absurd(BigDecimal value) {
        return value.unscaledValue().bitLength() > 200;
    }

    /**
     * 52.10 and 52.1000 pass, 52.125 does not. Only called on values already bounded and not absurd; digits
     * that cannot all be trailing zeros (1E-1000000) are refused without arithmetic, otherwise one setScale
     * (a single division) is used rather than stripTrailingZeros, which loops once per trailing zero.
     */
    private static boolean hasAtMostTwoDecimals(BigDecimal value) {
        if (value.scale() <= 2 || value.signum() == 0) {
            return true;
        }
        return value.precision() > value.scale() - 2 && value.setScale(2, RoundingMode.DOWN).compareTo(value) == 0;
    }
}
