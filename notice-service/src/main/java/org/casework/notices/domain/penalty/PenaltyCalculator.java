package org.casework.notices.domain.penalty;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The statutory fine calculator: the five steps of the ICO Fining Guidance (2024) within the maximum of
 * DPA 2018 s.157, then the optional financial hardship reduction and settlement discount.
 *
 * <p>The guidance is not mechanistic: the caseworker chooses every percentage and gives a reason; this class
 * only checks each choice against its band, does the arithmetic and writes down what it did. Every amount is
 * rounded down to the whole penny, floored at zero and capped at the applicable maximum (see {@link Amounts}).
 */
public final class PenaltyCalculator {

    static final String NOT_APPLICABLE = "not applicable";

    private PenaltyCalculator() {
    }

    /**
     * Calculates the penalty, or refuses the input with a {@link PenaltyRuleException} naming the field and
     * the allowed band. All checks run before any arithmetic.
     */
    public static PenaltyCalculation calculate(PenaltyInput input) {
        return calculate(input, PecrMaxima.bundled());
    }

    /** As {@link #calculate(PenaltyInput)}, with the PECR maxima given (a PECR penalty's cap depends on its dates). */
    public static PenaltyCalculation calculate(PenaltyInput input, PecrMaxima pecrMaxima) {
        InputRules.validate(input, pecrMaxima);
        ApplicableMaximum applicable = ApplicableMaximum.of(input, pecrMaxima);
        StatutoryMaximum maximum = applicable.maximum();
        BigDecimal max = maximum.applicable();
        Optional<TurnoverBands.Band> band = input.treatedAsUndertaking()
                ? TurnoverBands.forTurnoverUpTo(input.worldwideTurnover(), applicable.crossoverTurnover()) : Optional.empty();
        boolean adjusted = band.isPresent() && !input.noTurnoverAdjustmentChosen();

        List<PenaltyStep> steps = new ArrayList<>();
        steps.add(seriousness(input.seriousness(), max));
        // Steps 2 and 3 both come from the exact product maximum × seriousness × adjustment, rounded down
        // once, so a penny lost at step 1 is not lost again.
        BigDecimal seriousShare = Amounts.share(max, input.seriousness().percent());
        Amounts.Settled start = adjusted
                ? Amounts.settle(Amounts.share(seriousShare, input.turnoverAdjustment().percent()), max)
                : Amounts.settle(seriousShare, max);
        if (!input.treatedAsUndertaking()) {
            steps.add(TurnoverSteps.notAnUndertaking(start.amount()));
        } else if (band.isEmpty()) {
            steps.add(noTurnoverAdjustment(input, applicable, start.amount()));
        } else if (!adjusted) {
            steps.add(TurnoverSteps.noAdjustmentChosen(input, band.get(), start.amount()));
        } else {
            steps.add(turnoverAdjustment(input, band.get(), start.amount()));
        }
        steps.add(startingPoint(input, adjusted, start, max));
        LaterSteps.addTo(steps, input, start.amount(), max);

        BigDecimal amount = steps.get(steps.size() - 1).amount();
        String summary = "The penalty is " + Texts.money(amount) + ", within the applicable statutory maximum of "
                + Texts.money(max) + " (" + (maximum.turnoverBased()
                        ? Texts.percent(maximum.turnoverPercent()) + " of worldwide annual turnover"
                        : "the fixed amount") + " under " + applicable.label() + ").";
        return new PenaltyCalculation(maximum, steps, amount, summary);
    }

    private static PenaltyStep seriousness(SeriousnessChoice choice, BigDecimal max) {
        SeriousnessBand band = choice.band();
        String pct = Texts.percent(choice.percent());
        Amounts.Settled share = Amounts.settle(Amounts.share(max, choice.percent()), max);
        String explanation = "The infringement was assessed as of " + band.label() + " seriousness, which places "
                + "the starting point between " + Texts.percent(band.lowPercent()) + " and "
                + Texts.percent(band.highPercent()) + " of the statutory maximum. " + pct + " was chosen because "
                + Texts.sentenceEnd(choice.reason()) + " " + Texts.money(max) + " × " + pct + share.result(max) + ".";
        return new PenaltyStep(1, "Seriousness", pct,
                Texts.percent(band.lowPercent()) + "–" + Texts.percent(band.highPercent()), choice.reason().strip(),
                share.amount(), explanation, List.of());
    }

    private static PenaltyStep turnoverAdjustment(PenaltyInput input, TurnoverBands.Band band, BigDecimal start) {
        PercentChoice choice = input.turnoverAdjustment();
        String pct = Texts.percent(choice.percent());
        String explanation = "The undertaking's worldwide annual turnover of " + Texts.money(input.worldwideTurnover())
                + " is " + band.turnoverRange() + ", so the starting point is adjusted to between "
                + Texts.percent(band.lowPercent()) + " and " + Texts.percent(band.highPercent())
                + " to reflect the size of the undertaking. " + pct + " was chosen because "
                + Texts.sentenceEnd(choice.reason()) + " Applied to the seriousness share, this gives "
                + Texts.money(start) + ", the starting point at step 3.";
        return new PenaltyStep(2, "Turnover adjustment", pct, band.percentRange(), choice.reason().strip(), start,
                explanation, List.of());
    }

    private static PenaltyStep noTurnoverAdjustment(PenaltyInput input, ApplicableMaximum applicable,
            BigDecimal start) {
        String explanation = "The undertaking's worldwide annual turnover of " + Texts.money(input.worldwideTurnover())
                + " is above " + Texts.money(applicable.crossoverTurnover()) + ", so the statutory maximum is already "
                + Texts.percent(applicable.maximum().turnoverPercent()) + " of turnover and no turnover adjustment applies.";
        return new PenaltyStep(2, "Turnover adjustment", "none", NOT_APPLICABLE,
                "The statutory maximum already scales with the undertaking's turnover.", start, explanation, List.of());
    }

    private static PenaltyStep startingPoint(PenaltyInput input, boolean adjusted, Amounts.Settled start,
            BigDecimal max) {
        String chosen = Texts.percent(input.seriousness().percent())
                + (adjusted ? " × " + Texts.percent(input.turnoverAdjustment().percent()) : "");
        String explanation = "Starting point: " + Texts.money(max) + " × " + chosen + start.result(max)
                + (adjusted ? "." : " (no turnover adjustment applies).");
        return new PenaltyStep(3, "Starting point", chosen, NOT_APPLICABLE,
                "Calculated from the seriousness (step 1) and the turnover adjustment (step 2).", start.amount(),
                explanation, List.of());
    }
}
