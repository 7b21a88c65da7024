package org.casework.notices.rest;

import java.math.BigDecimal;
import java.util.List;

import org.casework.notices.domain.penalty.MaximumTier;
import org.casework.notices.domain.penalty.PenaltyCalculation;
import org.casework.notices.domain.penalty.PenaltyStep;
import org.casework.notices.domain.penalty.StatutoryMaximum;
import org.casework.platform.money.Money;

/** A fine calculation as the API answers it: each step with its value, range, reason and explanation. */
public record CalculationView(MaximumView maximum, List<StepView> steps, Money amount, String summary) {

    public record MaximumView(MaximumTier tier, Money fixedAmount, BigDecimal turnoverPercent, Money turnoverAmount,
            Money applicable, boolean turnoverBased, String explanation) {
    }

    public record StepView(int number, String name, String chosen, String range, String reason, Money amount,
            String explanation, List<String> details) {
    }

    public static CalculationView of(PenaltyCalculation c) {
        if (c == null) {
            return null;
        }
        StatutoryMaximum m = c.maximum();
        MaximumView maximum = new MaximumView(m.tier(), money(m.fixedAmount()), m.turnoverPercent(),
                money(m.turnoverAmount()), money(m.applicable()), m.turnoverBased(), m.explanation());
        List<StepView> steps = c.steps().stream().map(CalculationView::step).toList();
        return new CalculationView(maximum, steps, money(c.amount()), c.summary());
    }

    private static StepView step(PenaltyStep s) {
        return new StepView(s.number(), s.name(), s.chosen(), s.range(), s.reason(), money(s.amount()), s.explanation(),
                s.details());
    }

    static Money money(BigDecimal amount) {
        return amount == null ? null : Money.gbp(amount.setScale(2, java.math.RoundingMode.DOWN));
    }
}
