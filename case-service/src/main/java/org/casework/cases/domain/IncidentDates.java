package org.casework.cases.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.casework.platform.problem.FieldError;
import org.casework.platform.problem.Problem;
import org.casework.platform.problem.ProblemException;

/**
 * The order of an incident's dates: it happened, then it was discovered, then it was reported,
 * and none of these lies in the future (London calendar) or before 1900.
 */
public final class IncidentDates {

    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private IncidentDates() {
    }

    public static void check(LocalDate occurredOn, LocalDate discoveredOn, LocalDate reportedOn, LocalDate today) {
        List<FieldError> errors = errors(occurredOn, discoveredOn, reportedOn, today);
        if (!errors.isEmpty()) {
            throw new ProblemException(new Problem("invalid-request", "Invalid request", 400,
                    errors.size() == 1 ? "Field '" + errors.get(0).field() + "' " + errors.get(0).message()
                            : errors.size() + " fields are invalid")
                    .with("errors", errors));
        }
    }

    /** Each date out of order or out of range, with its field; empty when the dates are right (or unknown). */
    public static List<FieldError> errors(LocalDate occurredOn, LocalDate discoveredOn, LocalDate reportedOn,
            LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        inRange("incident.occurredOn", occurredOn, today, errors);
        inRange("incident.discoveredOn", discoveredOn, today, errors);
        inRange("incident.reportedOn", reportedOn, today, errors);
        if (occurredOn != null && discoveredOn != null && discoveredOn.isBefore(occurredOn)) {
            errors.add(new FieldError("incident.discoveredOn", "must not be before the date it happened (occurredOn)"));
        }
        if (discoveredOn != null && reportedOn != null && reportedOn.isBefore(discoveredOn)) {
            errors.add(new FieldError("incident.reportedOn", "must not be before the date it was discovered (discoveredOn)"));
        }
        return errors;
    }

    private static void inRange(String field, LocalDate date, LocalDate today, List<FieldError> errors) {
        if (date == null) {
            return;
        }
        if (date.isAfter(today)) {
            errors.add(new FieldError(field, "must not be in the future (London time)"));
        } else if (date.isBefore(EARLIEST)) {
            errors.add(new FieldError(field, "must be 1900-01-01 or later"));
        }
    }
}
