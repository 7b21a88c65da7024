package org.casework.representations.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.casework.platform.problem.FieldError;
import org.casework.platform.problem.Problem;
import org.casework.platform.problem.ProblemException;
import org.casework.platform.security.Roles;

/**
 * A decision on a request to make oral representations (DPA 2018 Sch 16 para 3(5)): a grant says when (London
 * wall-clock time), where or by which video link, and who attends; a refusal gives its reasons. Both give reasons,
 * as the organisation sees them.
 */
public record HearingDecision(boolean granted, LocalDateTime heldAt, String place, String videoLink,
        List<String> attendees, String reason) {

    /**
     * Sch 16 para 3(5) leaves it to the Commissioner whether oral representations are appropriate: a decision-maker
     * decides, never the caseworker who ran the investigation alone.
     */
    public static void requireMayDecide(Set<String> roles) {
        if (!roles.contains(Roles.DECISION_MAKER)) {
            throw ProblemException.forbidden("decision-maker-required",
                    "Only a decision-maker decides whether a hearing is granted (DPA 2018 Sch 16 para 3(5))");
        }
    }

    /** The content a decision must have; {@code now} is London wall-clock time, as {@code heldAt} is. */
    public void requireComplete(LocalDateTime now) {
        if (reason == null || reason.isBlank()) {
            throw invalid("reason", "is required: the organisation is told why");
        }
        if (!granted) {
            if (heldAt != null || place != null || videoLink != null || (attendees != null && !attendees.isEmpty())) {
                throw invalid("granted", "is false: a refusal has no time, place, video link or attendees");
            }
            return;
        }
        if (heldAt == null) {
            throw invalid("heldAt", "is required when the hearing is granted (Sch 16 para 3(5): the time)");
        }
        if (blank(place) && blank(videoLink)) {
            throw invalid("place", "or videoLink is required when the hearing is granted (Sch 16 para 3(5): "
                    + "the arrangements)");
        }
        if (heldAt.isBefore(now)) {
            throw ProblemException.unprocessable("hearing-time-past", "Hearing time in the past",
                    "A hearing cannot be granted for " + heldAt + ", which has passed (London time now " + now.withNano(0) + ")")
                    .with("heldAt", heldAt.toString());
        }
    }

    public List<String> attendeesOrNone() {
        return attendees == null ? List.of() : attendees;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static ProblemException invalid(String field, String message) {
        return new ProblemException(new Problem("invalid-request", "Invalid request", 400,
                "Field '" + field + "' " + message).with("errors", List.of(new FieldError(field, message))));
    }
}
