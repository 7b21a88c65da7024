package org.casework.notices.rest;

import java.math.BigDecimal;
import java.util.List;

import org.casework.notices.domain.penalty.LegalRegime;
import org.casework.notices.domain.penalty.MaximumTier;
import org.casework.notices.domain.penalty.PecrInfringement;
import org.casework.notices.domain.penalty.PenaltyCalculation;
import org.casework.notices.domain.penalty.PenaltyInput;
import org.casework.notices.domain.penalty.PenaltyStep;
import org.casework.notices.domain.penalty.StatutoryMaximum;
import org.casework.platform.money.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A fine calculation as the API answers it: each step with its value, range, reason and explanation. */
public record CalculationView(MaximumView maximum, List<StepView> steps, Money amount, String summary,
        @Schema(description = "The law the penalty is given under; null on a calculation recorded before regimes were")
        LegalRegime regime,
        @Schema(description = "PECR: the infringement period and regulations contravened; null otherwise")
        PecrInfringement pecr) {

    public record MaximumView(
            @Schema(description = "The tier of DPA 2018 s.157; null for a fixed maximum outside it (PECR before "
                    + "5 February 2026)") MaximumTier tier,
            Money fixedAmount, BigDecimal turnoverPercent, Money turnoverAmount,
            Money applicable, boolean turnoverBased, String explanation,
            @Schema(description = "The provision the maximum comes from") String source) {
    }

    public record StepView(int number, String name, String chosen, String range, String reason, Money amount,
            String explanation, List<String> details) {
    }

    public static CalculationView of(PenaltyCalculation c) {
        return of(c, null);
    }

    /** With the input's regime and PECR details. */
    public static CalculationView of(PenaltyCalculation c, PenaltyInput input) {
        if (c == null) {
            return null;
        }
        StatutoryMaximum m = c.maximum();
        MaximumView maximum = new MaximumView(m.tier(), money(m.fixedAmount()), m.turnoverPercent(),
                money(m.turnoverAmount()), money(m.applicable()), m.turnoverBased(), m.explanation(), m.source());
        List<StepView> steps = c.steps().stream().map(CalculationView::step).toList();
        return new CalculationView(maximum, steps, money(c.amount()), c.summary(),
                input == null ? null : input.legalRegime(), input == null ? null : input.pecr());
    }

    private static StepView step(PenaltyStep s) {
        return new StepView(s.number(), s.name(), s.chosen(), s.range(), s.reason(), money(s.amount()), s.explanation(),
                s.details());
    }

    static Money money(BigDecimal amount) {
        return amount == null ? null : Money.gbp(amount.setScale(2, java.math.RoundingMode.DOWN));
    }
}
