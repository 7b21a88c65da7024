package org.casework.notices.rest;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.Size;
import org.casework.notices.domain.Lengths;
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
public record CalculationView(MaximumView maximum, @Schema(maxItems = PenaltyStep.MAX) List<StepView> steps,
        Money amount,
        @Schema(maxLength = Lengths.WRITTEN) String summary,
        @Schema(description = "The law the penalty is given under; null on a calculation recorded before regimes were")
        LegalRegime regime,
        @Schema(description = "PECR: the infringement period and regulations contravened; null otherwise")
        PecrInfringement pecr) {

    public record MaximumView(
            @Schema(description = "The tier of DPA 2018 s.157; null for a fixed maximum outside it (PECR before "
                    + "5 February 2026)") MaximumTier tier,
            Money fixedAmount, BigDecimal turnoverPercent, Money turnoverAmount,
            Money applicable, boolean turnoverBased, @Schema(maxLength = Lengths.WRITTEN) String explanation,
            @Schema(description = "The provision the maximum comes from", maxLength = Lengths.WRITTEN) String source) {
    }

    /**
     * A step's own words are the service's; its reason is the caseworker's, and at step 4 every factor's description
     * and reason joined, as are its details (one a factor).
     */
    public record StepView(@Schema(minimum = "1", maximum = "" + PenaltyStep.MAX) int number,
            @Schema(maxLength = Lengths.WRITTEN) String name, @Schema(maxLength = Lengths.WRITTEN) String chosen,
            @Schema(maxLength = Lengths.WRITTEN) String range, @Schema(maxLength = STEP_REASON) String reason,
            Money amount, @Schema(maxLength = Lengths.WRITTEN) String explanation,
            @Schema(maxItems = CalculationRequest.MAX_FACTORS) List<@Size(max = DETAIL) String> details) {
    }

    /** A factor's description and reason with the words and percent around them. */
    static final int DETAIL = 2 * CalculationRequest.MAX_TEXT + Lengths.WRITTEN;
    /** Step 4's reason: each factor's description and reason, joined. */
    static final int STEP_REASON = CalculationRequest.MAX_FACTORS * DETAIL;

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
