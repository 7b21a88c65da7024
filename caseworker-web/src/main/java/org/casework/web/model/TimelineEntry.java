package org.casework.web.model;

import java.time.Instant;
import java.util.Map;

/** An entry of a case's timeline ({@code GET /cases/{id}/timeline}): who did what, when, with its details. */
public record TimelineEntry(long id, Instant occurredAt, String actor, String type, String description,
        Map<String, String> details) {

    public TimelineEntry {
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
