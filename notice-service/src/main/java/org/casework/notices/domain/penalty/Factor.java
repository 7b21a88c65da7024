package org.casework.notices.domain.penalty;

import java.math.BigDecimal;

/**
 * Step 4: one aggravating or mitigating factor. {@code percent} is signed and is a share of the starting
 * point: an aggravating factor is above 0 and at most 100, a mitigating one below 0 and at least -100.
 */
public record Factor(FactorKind kind, String description, BigDecimal percent, String reason) {
}
