package org.casework.notices.domain.penalty;

import java.math.BigDecimal;

/**
 * A percentage chosen by the caseworker and the reason for it (85 means 85 %, at most 2 decimal places).
 * Used for the turnover adjustment, the effectiveness adjustment and the two reductions; the allowed range
 * depends on the step and is checked by {@link PenaltyCalculator}.
 */
public record PercentChoice(BigDecimal percent, String reason) {
}
