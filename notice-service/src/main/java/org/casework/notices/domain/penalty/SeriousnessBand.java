package org.casework.notices.domain.penalty;

import java.math.BigDecimal;

/**
 * Step 1 of the ICO Fining Guidance: the seriousness of the infringement places the starting point within a
 * band of the statutory maximum. Both ends of each band are inclusive, so 10 % is a valid LOWER and a valid
 * MEDIUM choice; the caseworker names the band, which decides which range applies.
 */
public enum SeriousnessBand {
    LOWER(new BigDecimal("0"), new BigDecimal("10"), "lower"),
    MEDIUM(new BigDecimal("10"), new BigDecimal("20"), "medium"),
    HIGH(new BigDecimal("20"), new BigDecimal("100"), "high");

    private final BigDecimal lowPercent;
    private final BigDecimal highPercent;
    private final String label;

    SeriousnessBand(BigDecimal lowPercent, BigDecimal highPercent, String label) {
        this.lowPercent = lowPercent;
        this.highPercent = highPercent;
        this.label = label;
    }

    /** Lowest percentage of the maximum allowed in this band (inclusive). */
    public BigDecimal lowPercent() {
        return lowPercent;
    }

    /** Highest percentage of the maximum allowed in this band (inclusive). */
    public BigDecimal highPercent() {
        return highPercent;
    }

    /** True when {@code percent} lies inside the band, both ends included. */
    public boolean contains(BigDecimal percent) {
        return percent.compareTo(lowPercent) >= 0 && percent.compareTo(highPercent) <= 0;
    }

    /** Lower-case name for use in prose: "of high seriousness". */
    public String label() {
        return label;
    }
}
