package org.casework.notices.domain.penalty;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Steps 4 and 5 of the fining guidance and the two optional reductions that follow. Each starts from the
 * previous step's settled amount and is itself rounded down, floored at zero and capped at the maximum.
 */
final class LaterSteps {

    private LaterSteps() {
    }

    static void addTo(List<PenaltyStep> steps, PenaltyInput input, BigDecimal startingPoint, BigDecimal max) {
        PenaltyStep factors = factors(input.factors(), startingPoint, max);
        steps.add(factors);
        PenaltyStep effectiveness = effectiveness(input.effectiveness(), factors.amount(), max);
        steps.add(effectiveness);
        BigDecimal amount = effectiveness.amount();
        if (input.financialHardship() != null) {
            PercentChoice hardship = input.financialHardship();
            PenaltyStep step = reduction(6, "Financial hardship", hardship, amount, max,
                    "The amount was reduced by " + Texts.percent(hardship.percent())
                            + " for financial hardship because " + Texts.sentenceEnd(hardship.reason()));
            steps.add(step);
            amount = step.amount();
        }
        if (input.settlement() != null) {
            PercentChoice settlement = input.settlement();
            steps.add(reduction(7, "Settlement", settlement, amount, max,
                    "A settlement discount of " + Texts.percent(settlement.percent()) + " was applied because "
                            + Texts.sentenceEnd(settlement.reason())));
        }
    }

    /**
     * Step 4: every factor is a signed share of the starting point, so the amount is the starting point
     * × (100 % + the net of all factors), computed exactly and rounded once. Per-factor lines give the
     * percentages only: pounds per factor, each rounded, would not add up to the rounded total.
     */
    private static PenaltyStep factors(List<Factor> factors, BigDecimal start, BigDecimal max) {
        String name = "Aggravating and mitigating factors";
        String range = "-100% to +100% of the starting point per factor (aggravating above 0%, mitigating below 0%)";
        if (factors.isEmpty()) {
            return new PenaltyStep(4, name, "none", range, "No aggravating or mitigating factors were identified.",
                    start, "No aggravating or mitigating factors were identified, so the amount remains the "
                            + "starting point of " + Texts.money(start) + ".", List.of());
        }
        BigDecimal net = BigDecimal.ZERO;
        int aggravating = 0;
        List<String> details = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (Factor factor : factors) {
            BigDecimal percent = Amounts.normal(factor.percent());
            net = net.add(percent);
            boolean raises = factor.kind() == FactorKind.AGGRAVATING;
            aggravating += raises ? 1 : 0;
            details.add((raises ? "Aggravating" : "Mitigating") + ": " + factor.description().strip() + ", "
                    + Texts.signedPercent(percent) + " of the starting point, because "
                    + Texts.sentenceEnd(factor.reason()));
            reasons.add(factor.description().strip() + ": " + Texts.sentenceEnd(factor.reason()));
        }
        BigDecimal multiplier = Amounts.HUNDRED.add(net);
        Amounts.Settled after = Amounts.settle(Amounts.share(start, multiplier), max);
        String explanation = count(aggravating, "aggravating") + " and " + count(factors.size() - aggravating,
                "mitigating") + " adjust the starting point by a net " + Texts.signedPercent(net) + ": "
                + Texts.money(start) + " × " + Texts.percent(multiplier) + after.result(max) + ".";
        return new PenaltyStep(4, name, Texts.signedPercent(net), range,
                String.join(" ", reasons), after.amount(), explanation, details);
    }

    /** Step 5: a signed adjustment, -100 % to +100 %, so the penalty is effective, proportionate and dissuasive. */
    private static PenaltyStep effectiveness(PercentChoice choice, BigDecimal amount, BigDecimal max) {
        BigDecimal percent = Amounts.normal(choice.percent());
        Amounts.Settled after = Amounts.settle(Amounts.share(amount, Amounts.HUNDRED.add(percent)), max);
        String opening = percent.signum() == 0
                ? "No adjustment (0%) was needed to make the penalty effective, proportionate and dissuasive because "
                : "To make the penalty effective, proportionate and dissuasive, the amount was adjusted by "
                        + Texts.signedPercent(percent) + " because ";
        String explanation = opening + Texts.sentenceEnd(choice.reason()) + (percent.signum() == 0
                ? " The amount remains " + Texts.money(after.amount()) + "."
                : " " + Texts.money(amount) + " × " + Texts.percent(Amounts.HUNDRED.add(percent)) + after.result(max)
                        + ".");
        return new PenaltyStep(5, "Effective, proportionate and dissuasive", Texts.signedPercent(percent),
                "-100% to +100%", choice.reason().strip(), after.amount(), explanation, List.of());
    }

    /** Steps 6 and 7: a reduction of 0 % to 100 %, which can only lower the amount. */
    private static PenaltyStep reduction(int number, String name, PercentChoice choice, BigDecimal amount,
            BigDecimal max, String opening) {
        BigDecimal remaining = Amounts.HUNDRED.subtract(Amounts.normal(choice.percent()));
        Amounts.Settled after = Amounts.settle(Amounts.share(amount, remaining), max);
        String explanation = opening + " " + Texts.money(amount) + " × " + Texts.percent(remaining)
                + after.result(max) + ".";
        return new PenaltyStep(number, name, Texts.percent(choice.percent()), "0%–100%", choice.reason().strip(),
                after.amount(), explanation, List.of());
    }

    private static String count(int n, String kind) {
        return n + " " + kind + " factor" + (n == 1 ? "" : "s");
    }
}
