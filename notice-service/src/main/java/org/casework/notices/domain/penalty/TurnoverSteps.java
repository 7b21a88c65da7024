package org.casework.notices.domain.penalty;

import java.math.BigDecimal;
import java.util.List;

/**
 * Step 2 where no turnover adjustment is made although the maximum is a fixed amount: the Fining Guidance
 * makes the adjustment discretionary ("the Commissioner will decide whether to exercise discretion to
 * reduce the starting amount ... on a case-by-case basis"), and a person that is not an undertaking has
 * no turnover to adjust for (the fixed maximum of DPA 2018 s.157 applies).
 */
final class TurnoverSteps {

    private TurnoverSteps() {
    }

    static PenaltyStep noAdjustmentChosen(PenaltyInput input, TurnoverBands.Band band, BigDecimal start) {
        PercentChoice choice = input.turnoverAdjustment();
        String explanation = "The undertaking's worldwide annual turnover of " + Texts.money(input.worldwideTurnover())
                + " is " + band.turnoverRange() + ", where the starting point may be adjusted to between "
                + Texts.percent(band.lowPercent()) + " and " + Texts.percent(band.highPercent())
                + " to reflect the size of the undertaking. No adjustment was made because "
                + Texts.sentenceEnd(choice.reason()) + " The seriousness share of " + Texts.money(start)
                + " is the starting point at step 3.";
        return new PenaltyStep(2, "Turnover adjustment", "none", band.percentRange(), choice.reason().strip(), start,
                explanation, List.of());
    }

    static PenaltyStep notAnUndertaking(BigDecimal start) {
        String explanation = "The person is not an undertaking, so it has no turnover: the fixed maximum applies "
                + "and no turnover adjustment is made. The seriousness share of " + Texts.money(start)
                + " is the starting point at step 3.";
        return new PenaltyStep(2, "Turnover adjustment", "none", PenaltyCalculator.NOT_APPLICABLE,
                "The person is not an undertaking and has no turnover.", start, explanation, List.of());
    }
}
