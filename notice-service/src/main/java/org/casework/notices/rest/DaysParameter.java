package org.casework.notices.rest;

import java.util.List;

import org.casework.notices.domain.Deadline;
import org.casework.platform.problem.FieldError;
import org.casework.platform.problem.Problem;
import org.casework.platform.problem.ProblemException;

/** The {@code days} query parameter of the dashboard's date lists: how far ahead of today to look. */
final class DaysParameter {

    static final int DEFAULT = 60;
    static final int MAX = Deadline.LOOK_AHEAD_DAYS;
    /** The digits of {@link #MAX} (an annotation needs a constant): a longer value is refused. */
    static final int MAX_LENGTH = 3;

    private DaysParameter() {
    }

    /** 60 when absent; a whole number from 0 to 366, otherwise a 400 naming the parameter. */
    static int of(String value) {
        if (value == null || value.isEmpty()) {
            return DEFAULT;
        }
        try {
            int d = Integer.parseInt(value);
            if (d >= 0 && d <= MAX) {
                return d;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new ProblemException(new Problem("invalid-request", "Invalid request", 400,
                "Parameter 'days' must be a whole number from 0 to " + MAX)
                .with("errors", List.of(new FieldError("days", "must be a whole number from 0 to " + MAX))));
    }
}
