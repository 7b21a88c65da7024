package org.casework.notices.domain.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * The money rules of a penalty account, and its one rounding rule. Payments, balances and refunds are sums and
 * differences of pounds and pence, so they are exact and never rounded. Interest is the only amount that needs
 * rounding: it is worked out exactly over the whole period, then rounded once, DOWN to the whole penny. Down,
 * because it is a charge on the organisation and, like the penalty itself (penalty.Amounts), is never rounded up;
 * once, on the total, because rounding each day's interest would add up to pennies the notice never stated.
 */
public final class AccountAmounts {

    public static final BigDecimal ZERO = new BigDecimal("0.00");
    /** Simple interest at an annual rate accrues by the day at 1/365 of it, leap years included. */
    static final BigDecimal DAYS_IN_YEAR = new BigDecimal("365");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private AccountAmounts() {
    }

    public static BigDecimal sum(Collection<BigDecimal> amounts) {
        return amounts.stream().reduce(ZERO, BigDecimal::add).setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Whether a payment or instalment amount is whole pence: at most 2 decimals once trailing zeros go. */
    public static boolean wholePence(BigDecimal amount) {
        return amount.stripTrailingZeros().scale() <= 2;
    }

    /**
     * Simple interest on {@code poundDays} (the sum over the days interest ran of the overdue balance that day) at
     * {@code annualPercent} a year: {@code poundDays × annualPercent / (100 × 365)}, rounded down to the penny.
     */
    static BigDecimal interest(BigDecimal poundDays, BigDecimal annualPercent) {
        return poundDays.multiply(annualPercent).divide(HUNDRED.multiply(DAYS_IN_YEAR), 2, RoundingMode.DOWN);
    }
}
