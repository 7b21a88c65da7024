package org.casework.notices.domain.penalty;

import java.math.BigDecimal;
import java.util.List;

/**
 * One step of the calculation as it will be shown and recorded.
 *
 * <p>{@code amount} is the running amount after the step, in pounds at scale 2, rounded down to the whole
 * penny. Steps 1 and 2 carry the amount their share represents: step 1 the maximum × seriousness, step 2
 * the maximum × seriousness × turnover adjustment, which is the step 3 starting point.
 *
 * @param chosen  the caseworker's choice, e.g. "52%", "+10%" or "none"
 * @param range   what the rules allow, e.g. "20%–100%", or "not applicable"
 * @param details one line per factor at step 4; empty elsewhere
 */
public record PenaltyStep(int number, String name, String chosen, String range, String reason,
        BigDecimal amount, String explanation, List<String> details) {

    public PenaltyStep {
        details = List.copyOf(details);
    }

    /** Steps a calculation writes: each of the ways a step is written ({@code new PenaltyStep}) is used at most once. */
    public static final int MAX = 10;
}
