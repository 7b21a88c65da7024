package org.casework.notices.domain.fee;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * DPA 2018 s.158(3): the most the Commissioner may specify as a fixed penalty for failing to pay the charge is 150 %
 * of the highest charge payable under the charges regulations, disregarding any discount. The highest charge is
 * data by date ({@link Charges}): £4,350.00 while it was £2,900; £5,644.50 from 17 February 2025.
 */
public final class StatutoryMaximum {

    public static final String RULE = "DPA 2018 s.158(3)";
    private static final BigDecimal SHARE = new BigDecimal("1.5");

    private StatutoryMaximum() {
    }

    /** The maximum on one day. */
    public static BigDecimal on(LocalDate day) {
        return Charges.ratesOn(day).highest().multiply(SHARE).setScale(2, RoundingMode.UNNECESSARY);
    }

    /**
     * The maximum one penalty may reach. The Act does not say which day's highest charge caps a penalty for a charge
     * period that began before the charges rose; the cautious reading takes the lower of the maximum when the charge
     * period began (when the failure to pay began) and the maximum on the day the notice of intent is given.
     */
    public static BigDecimal forPenalty(LocalDate chargePeriodStart, LocalDate givenOn) {
        return on(chargePeriodStart).min(on(givenOn));
    }
}
