package org.casework.notices.domain.penalty;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one rounding rule and the two bounds every step's amount obeys: rounded DOWN to the whole penny (a
 * penalty is never rounded up), never below zero, never above the applicable statutory maximum.
 */
final class Amounts {

    static final BigDecimal HUNDRED = new BigDecimal("100");
    static final BigDecimal ZERO = new BigDecimal("0.00");

    /** A settled amount, the exact value it came from, and what the rules did to it. */
    record Settled(BigDecimal exact, BigDecimal amount, boolean capped, boolean floored) {

        /**
         * The end of a calculation sentence, from the "=" on, without the full stop: says when the amount
         * was rounded down, capped at the maximum or floored at zero.
         */
        String result(BigDecimal maximum) {
            if (floored) {
                return " is below zero, so the amount is floored at " + Texts.money(ZERO);
            }
            if (capped) {
                return " = " + Texts.money(exact.setScale(2, RoundingMode.DOWN))
                        + ", which is above the statutory maximum, so the amount is capped at " + Texts.money(maximum);
            }
            boolean rounded = amount.compareTo(exact) != 0;
            return " = " + Texts.money(amount) + (rounded ? " (rounded down to the whole penny)" : "");
        }
    }

    private Amounts() {
    }

    /**
     * A validated value (bounded, at most 2 decimals) at a scale from 0 to 2, so that text and arithmetic
     * never carry the thousands of trailing zeros (52.000…, 0E+1000000) a caller may have sent.
     */
    static BigDecimal normal(BigDecimal value) {
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        if (value.scale() > 2) {
            return value.setScale(2, RoundingMode.DOWN);
        }
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /** {@code base × percent / 100} exactly; percentages have at most 2 decimals, so this never rounds. */
    static BigDecimal share(BigDecimal base, BigDecimal percent) {
        return base.multiply(normal(percent)).divide(HUNDRED);
    }

    /** Applies the floor, the cap and the rounding rule to an exact amount. */
    static Settled settle(BigDecimal exact, BigDecimal maximum) {
        if (exact.signum() < 0) {
            return new Settled(exact, ZERO, false, true);
        }
        if (exact.compareTo(maximum) > 0) {
            return new Settled(exact, maximum, true, false);
        }
        return new Settled(exact, exact.setScale(2, RoundingMode.DOWN), false, false);
    }
}
