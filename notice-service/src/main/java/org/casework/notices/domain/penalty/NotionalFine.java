package org.casework.notices.domain.penalty;

import java.math.BigDecimal;

/**
 * The notional fine recorded on a reprimand (the penalty that would otherwise have been imposed): like any
 * penalty it never exceeds the statutory maximum (DPA 2018 s.157). A reprimand names no tier, so the cap is
 * the higher maximum (s.157(2)-(4)), the most any penalty on the organisation could be: £17,500,000 or 4 % of
 * its worldwide annual turnover, whichever is higher; with no turnover known (not an undertaking) the fixed
 * amount.
 */
public final class NotionalFine {

    static final String FIELD = "notionalFine";

    private NotionalFine() {
    }

    /** The maximum a notional fine may reach for this worldwide turnover (null: none known). */
    public static BigDecimal maximum(BigDecimal worldwideTurnover) {
        return worldwideTurnover == null ? MaximumTier.HIGHER.fixedAmount()
                : StatutoryMaximum.of(MaximumTier.HIGHER, worldwideTurnover).applicable();
    }

    /** Refuses a notional fine above the statutory maximum, naming the maximum. */
    public static void requireWithinMaximum(BigDecimal notionalFine, BigDecimal worldwideTurnover) {
        if (notionalFine == null) {
            return;
        }
        BigDecimal maximum = maximum(worldwideTurnover);
        if (notionalFine.compareTo(maximum) > 0) {
            String basis = worldwideTurnover == null || maximum.compareTo(MaximumTier.HIGHER.fixedAmount()) == 0
                    ? "the fixed higher maximum"
                    : "4% of the worldwide annual turnover of " + Texts.money(worldwideTurnover);
            throw new NotionalFineException("£0.00 to " + Texts.money(maximum),
                    "A notional fine is capped at the statutory maximum like any penalty (DPA 2018 s.157): "
                            + Texts.money(notionalFine) + " is above " + Texts.money(maximum) + ", " + basis);
        }
    }
}
