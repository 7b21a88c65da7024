package org.casework.cases.rest;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.casework.cases.domain.CaseStatus;
import org.casework.cases.repository.CaseSearchCriteria;
import org.casework.cases.repository.CaseSort;
import org.casework.platform.problem.FieldError;
import org.casework.platform.problem.Problem;
import org.casework.platform.problem.ProblemException;
import org.casework.platform.validation.SafeTextValidator;

/** Reads the case list's query parameters, refusing bad ones with a 400 that names the parameter. */
final class CaseListParameters {

    /** The longest text a filter takes, the status list included (the contract states it). */
    static final int MAX_TEXT = 200;

    private CaseListParameters() {
    }

    static CaseSearchCriteria criteria(String status, String assignee, String organisation, String q) {
        return new CaseSearchCriteria(statuses(status), text("assignee", assignee), text("organisation", organisation),
                text("q", q));
    }

    static CaseSort sort(String sort) {
        CaseSort parsed = CaseSort.fromParameter(sort);
        if (parsed == null) {
            throw invalid("sort", "must be one of " + CaseSort.allowed());
        }
        return parsed;
    }

    private static Set<CaseStatus> statuses(String value) {
        Set<CaseStatus> statuses = EnumSet.noneOf(CaseStatus.class);
        if (value == null || value.isBlank()) {
            return statuses;
        }
        if (value.length() > MAX_TEXT) {
            throw invalid("status", "must be at most " + MAX_TEXT + " characters");
        }
        for (String part : value.split(",")) {
            try {
                statuses.add(CaseStatus.valueOf(part.trim()));
            } catch (IllegalArgumentException e) {
                throw invalid("status", "must be a comma-separated list of " + List.of(CaseStatus.values()));
            }
        }
        return statuses;
    }

    private static String text(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT || !SafeTextValidator.isSafe(value, false)) {
            throw invalid(name, "must be at most " + MAX_TEXT + " characters without control characters");
        }
        return value.trim();
    }

    private static ProblemException invalid(String parameter, String message) {
        return new ProblemException(new Problem("invalid-request", "Invalid request", 400,
                "Parameter '" + parameter + "' " + message)
                .with("errors", List.of(new FieldError(parameter, message))));
    }
}
