package org.casework.notices.domain.penalty;

import java.math.BigDecimal;
import java.util.List;

/**
 * The result: the applicable maximum, every step in order (1–5 always, 6 financial hardship and 7 settlement
 * when given), the final amount in pounds at scale 2 and a one-sentence summary.
 */
public record PenaltyCalculation(StatutoryMaximum maximum, List<PenaltyStep> steps, BigDecimal amount,
        String summary) {

    public PenaltyCalculation {
        steps = List.copyOf(steps);
    }
}
