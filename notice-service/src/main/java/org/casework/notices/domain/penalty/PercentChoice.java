package org.casework.notices.domain.penalty;

import java.math.BigDecimal;
import org.casework.notices.domain.Lengths;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A percentage chosen by the caseworker and the reason for it (85 means 85 %, at most 2 decimal places).
 * Used for the turnover adjustment, the effectiveness adjustment and the two reductions; the allowed range
 * depends on the step and is checked by {@link PenaltyCalculator}.
 */
public record PercentChoice(BigDecimal percent, @Schema(maxLength = Lengths.SHORT_TEXT) String reason) {
}
