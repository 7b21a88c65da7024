package org.casework.notices.domain.penalty;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Everything the caseworker decides for one penalty. Deliberately unvalidated: {@link PenaltyCalculator}
 * checks it and refuses with a {@link PenaltyRuleException} that names the offending field.
 *
 * @param worldwideTurnover  the undertaking's worldwide annual turnover of the preceding financial year, pounds
 * @param turnoverAdjustment step 2; must be null exactly when no turnover adjustment applies
 * @param factors            step 4; null is read as "no factors"
 * @param effectiveness      step 5; required, 0 % allowed
 * @param financialHardship  optional reduction
 * @param settlement         optional discount, applied last
 */
public record PenaltyInput(BigDecimal worldwideTurnover, MaximumTier tier, SeriousnessChoice seriousness,
        PercentChoice turnoverAdjustment, List<Factor> factors, PercentChoice effectiveness,
        PercentChoice financialHardship, PercentChoice settlement) {

    public PenaltyInput {
        // Copied so a caller cannot change the factors after validation; not List.copyOf, which would throw
        // a NullPointerException on a null element instead of letting validation name "factors[i]".
        factors = factors == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(factors));
    }
}
