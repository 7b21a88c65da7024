package org.casework.notices.domain;

import java.math.BigDecimal;
import java.util.Map;

import org.casework.platform.problem.ProblemException;

/** The largest settlement discount allowed at each stage, and the condition that the appeal is waived. */
public record SettlementPolicy(Map<SettlementStage, BigDecimal> maximumDiscount) {

    public void check(SettlementStage stage, BigDecimal discountPercent, boolean appealWaived) {
        if (!appealWaived) {
            throw ProblemException.unprocessable("appeal-not-waived", "Appeal not waived",
                    "A settlement discount is given only for accepting the decision and waiving the right of appeal");
        }
        BigDecimal max = maximumDiscount.get(stage);
        if (max == null) {
            throw ProblemException.unprocessable("settlement-stage-unknown", "Settlement stage not configured",
                    "No settlement discount is configured for stage " + stage);
        }
        if (discountPercent.signum() <= 0 || discountPercent.compareTo(max) > 0) {
            throw ProblemException.unprocessable("settlement-discount-out-of-range", "Settlement discount out of range",
                    "At stage " + stage + " the settlement discount must be more than 0% and at most "
                            + max.stripTrailingZeros().toPlainString() + "%; " + discountPercent.toPlainString()
                            + "% was asked")
                    .with("maximumPercent", max.toPlainString());
        }
    }
}
