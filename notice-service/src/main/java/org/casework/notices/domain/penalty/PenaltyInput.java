package org.casework.notices.domain.penalty;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Everything the caseworker decides for one penalty. Deliberately unvalidated: {@link PenaltyCalculator}
 * checks it and refuses with a {@link PenaltyRuleException} that names the offending field.
 *
 * @param worldwideTurnover  the undertaking's worldwide annual turnover of the preceding financial year, pounds;
 *                           null exactly when the person is not an undertaking
 * @param turnoverAdjustment step 2; null exactly when no turnover adjustment applies (turnover above the
 *                           crossover, or not an undertaking); a reason without a percentage is the discretionary
 *                           "no adjustment" (Fining Guidance step 2: the Commissioner decides case by case)
 * @param factors            step 4; null is read as "no factors"
 * @param effectiveness      step 5; required, 0 % allowed
 * @param financialHardship  optional reduction
 * @param settlement         optional discount, applied last
 * @param undertaking        false for a person that is not an undertaking (no turnover: the fixed maximum of
 *                           DPA 2018 s.157 applies); null is read as true
 * @param tier               the tier of DPA 2018 s.157; none under PECR, whose maximum follows from the dates
 * @param regime             the law the penalty is given under; null is read as {@link LegalRegime#DPA_UK_GDPR}
 * @param pecr               under PECR: the infringement period and the regulations contravened; otherwise null
 */
public record PenaltyInput(BigDecimal worldwideTurnover, MaximumTier tier, SeriousnessChoice seriousness,
        PercentChoice turnoverAdjustment, List<Factor> factors, PercentChoice effectiveness,
        PercentChoice financialHardship, PercentChoice settlement, Boolean undertaking, LegalRegime regime,
        PecrInfringement pecr) {

    public PenaltyInput {
        // Copied so a caller cannot change the factors after validation; not List.copyOf, which would throw
        // a NullPointerException on a null element instead of letting validation name "factors[i]".
        factors = factors == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(factors));
    }

    /** An undertaking's input (the usual case). */
    public PenaltyInput(BigDecimal worldwideTurnover, MaximumTier tier, SeriousnessChoice seriousness,
            PercentChoice turnoverAdjustment, List<Factor> factors, PercentChoice effectiveness,
            PercentChoice financialHardship, PercentChoice settlement) {
        this(worldwideTurnover, tier, seriousness, turnoverAdjustment, factors, effectiveness, financialHardship,
                settlement, null);
    }

    /** An input under the data protection legislation (no PECR details). */
    public PenaltyInput(BigDecimal worldwideTurnover, MaximumTier tier, SeriousnessChoice seriousness,
            PercentChoice turnoverAdjustment, List<Factor> factors, PercentChoice effectiveness,
            PercentChoice financialHardship, PercentChoice settlement, Boolean undertaking) {
        this(worldwideTurnover, tier, seriousness, turnoverAdjustment, factors, effectiveness, financialHardship,
                settlement, undertaking, null, null);
    }

    /** The same input with another settlement discount (its regime and PECR details kept). */
    public PenaltyInput withSettlement(PercentChoice newSettlement) {
        return new PenaltyInput(worldwideTurnover, tier, seriousness, turnoverAdjustment, factors, effectiveness,
                financialHardship, newSettlement, undertaking, regime, pecr);
    }

    /** The regime, {@link LegalRegime#DPA_UK_GDPR} when none was given. */
    public LegalRegime legalRegime() {
        return regime == null ? LegalRegime.DPA_UK_GDPR : regime;
    }

    public boolean treatedAsUndertaking() {
        return !Boolean.FALSE.equals(undertaking);
    }

    /** Step 2 as the discretionary "no adjustment": a reason given, no percentage. */
    public boolean noTurnoverAdjustmentChosen() {
        return turnoverAdjustment != null && turnoverAdjustment.percent() == null;
    }
}
