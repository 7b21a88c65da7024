package org.casework.web.view;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.casework.web.model.TimelineEntry;

/**
 * A timeline entry as a caseworker reads it: what happened in words, with people by name ("Assigned to Ada
 * Byron", "Moved from Open to Investigating") and who did it. case-service's own description is used for
 * the kinds of entry it already words without codes or ids.
 */
public record TimelineLine(Instant occurredAt, String words, String by) {

    public static List<TimelineLine> of(List<TimelineEntry> entries, Names names) {
        return entries.stream().map(e -> new TimelineLine(e.occurredAt(), words(e, names), names.actor(e.actor()))).toList();
    }

    /** Everyone an entry names: who acted, and who a case was assigned to or taken from. */
    public static List<String> subjects(List<TimelineEntry> entries) {
        return entries.stream().flatMap(e -> {
            List<String> s = new java.util.ArrayList<>(Names.subjectsIn(e.actor()));
            s.add(e.details().get("assignee"));
            s.add(e.details().get("previousAssignee"));
            return s.stream();
        }).toList();
    }

    static String words(TimelineEntry e, Names names) {
        Map<String, String> d = e.details();
        return switch (e.type() == null ? "" : e.type()) {
            case "OPENED" -> d.containsKey("reference") ? "Case " + d.get("reference") + " opened" : e.description();
            case "ASSIGNED" -> d.containsKey("assignee") ? "Assigned to " + names.of(d.get("assignee"))
                    : d.containsKey("previousAssignee") ? "No longer assigned to " + names.of(d.get("previousAssignee"))
                    : "Assignment removed";
            case "STATUS_CHANGED" -> d.containsKey("from") && d.containsKey("to")
                    ? "Moved from " + Formats.wordsOf(d.get("from")) + " to " + Formats.wordsOf(d.get("to"))
                            + (d.get("reason") == null || d.get("reason").isBlank() ? "" : ": " + d.get("reason"))
                    : e.description();
            default -> e.description();
        };
    }
}
