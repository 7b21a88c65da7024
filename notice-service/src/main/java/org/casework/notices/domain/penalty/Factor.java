package org.casework.notices.domain.penalty;

import java.math.BigDecimal;
import org.casework.notices.domain.Lengths;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Step 4: one aggravating or mitigating factor. {@code percent} is signed and is a share of the starting
 * point: an aggravating factor is above 0 and at most 100, a mitigating one below 0 and at least -100.
 */
/** The texts are as long as CalculationRequest accepts them. */
public record Factor(FactorKind kind, @Schema(maxLength = Lengths.SHORT_TEXT) String description, BigDecimal percent,
        @Schema(maxLength = Lengths.SHORT_TEXT) String reason) {
}
