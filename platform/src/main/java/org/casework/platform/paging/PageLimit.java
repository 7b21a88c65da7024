package org.casework.platform.paging;

import org.casework.platform.problem.FieldError;
import org.casework.platform.problem.Problem;
import org.casework.platform.problem.ProblemException;

import java.util.List;

/** The {@code ?limit=} rule shared by every list (DESIGN §7): default 50, from 1 to 200. */
public final class PageLimit {

    public static final int DEFAULT = 50;
    public static final int MAX = 200;

    private PageLimit() {
    }

    /** Reads {@code ?limit=} as sent (a query parameter that is not a number is a 400, not a 404). */
    public static int of(String requested) {
        if (requested == null || requested.isEmpty()) {
            return DEFAULT;
        }
        int value;
        try {
            value = Integer.parseInt(requested);
        } catch (NumberFormatException e) {
            throw invalid();
        }
        if (value < 1 || value > MAX) {
            throw invalid();
        }
        return value;
    }

    private static ProblemException invalid() {
        return new ProblemException(new Problem("invalid-request", "Invalid request", 400,
                "Parameter 'limit' must be a whole number from 1 to " + MAX)
                .with("errors", List.of(new FieldError("limit", "must be a whole number from 1 to " + MAX))));
    }
}
