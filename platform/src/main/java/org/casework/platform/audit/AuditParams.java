package org.casework.platform.audit;

import java.util.List;

import org.casework.platform.problem.FieldError;
import org.casework.platform.problem.Problem;
import org.casework.platform.problem.ProblemException;

/** The audit endpoints' query parameters: sequence numbers and tree sizes, refused with a 400 problem. */
final class AuditParams {

    /** A sequence number or tree size as sent: a bigint has at most 19 digits. */
    static final int NUMBER_LENGTH = 19;
    static final String NUMBER_PATTERN = "^[0-9]+$";

    private AuditParams() {
    }

    /** A whole number ≥ {@code min}; {@code fallback} when absent (null fallback: required). */
    static long number(String name, String value, long min, Long fallback) {
        if (value == null || value.isEmpty()) {
            if (fallback != null) {
                return fallback;
            }
            throw invalid(name, "is required: a whole number of " + min + " or more");
        }
        try {
            long n = Long.parseLong(value);
            if (n >= min) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw invalid(name, "must be a whole number of " + min + " or more");
    }

    static ProblemException invalid(String name, String rule) {
        return new ProblemException(new Problem("invalid-request", "Invalid request", 400,
                "Parameter '" + name + "' " + rule)
                .with("errors", List.of(new FieldError(name, rule))));
    }

    /** A tree size or seq the log does not hold (yet): nothing to prove against. */
    static ProblemException beyondLog(String name, long value, long size) {
        return invalid(name, "must not exceed the log's " + size + " linked entries (asked for " + value + ")");
    }
}
