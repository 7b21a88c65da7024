package org.casework.notices.domain.penalty;

import java.math.BigDecimal;
import org.casework.notices.domain.Lengths;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Step 1 as chosen by the caseworker: the band, the percentage of the statutory maximum within it (52 means
 * 52 %, at most 2 decimal places) and why. Checked by {@link PenaltyCalculator}, not here, so that a bad
 * input surfaces as a {@link PenaltyRuleException} naming the field.
 */
public record SeriousnessChoice(SeriousnessBand band, BigDecimal percent,
        @Schema(maxLength = Lengths.SHORT_TEXT) String reason) {
}
