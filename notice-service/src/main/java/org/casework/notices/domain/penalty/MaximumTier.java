package org.casework.notices.domain.penalty;

import java.math.BigDecimal;

/**
 * The two statutory maxima of DPA 2018 s.157: a fixed amount or a share of the undertaking's worldwide
 * annual turnover of the preceding financial year, whichever is higher.
 */
public enum MaximumTier {
    /** s.157(5)-(6): £8,700,000 or 2 % of turnover. */
    STANDARD(new BigDecimal("8700000.00"), new BigDecimal("2"), "standard"),
    /** s.157(2)-(4): £17,500,000 or 4 % of turnover. */
    HIGHER(new BigDecimal("17500000.00"), new BigDecimal("4"), "higher");

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final BigDecimal fixedAmount;
    private final BigDecimal turnoverPercent;
    private final String label;

    MaximumTier(BigDecimal fixedAmount, BigDecimal turnoverPercent, String label) {
        this.fixedAmount = fixedAmount;
        this.turnoverPercent = turnoverPercent;
        this.label = label;
    }

    /** The fixed maximum in pounds, scale 2. */
    public BigDecimal fixedAmount() {
        return fixedAmount;
    }

    /** The turnover-based maximum as a percentage (2 means 2 %). */
    public BigDecimal turnoverPercent() {
        return turnoverPercent;
    }

    /**
     * The turnover at which both maxima are equal (£435m standard, £437.5m higher). Up to and including it
     * the fixed amount applies and step 2 adjusts for turnover; above it the maximum itself scales with
     * turnover, so step 2 no longer applies.
     */
    public BigDecimal crossoverTurnover() {
        return fixedAmount.multiply(HUNDRED).divide(turnoverPercent).setScale(2);
    }

    /** Lower-case name for use in prose: "the standard maximum". */
    public String label() {
        return label;
    }
}
