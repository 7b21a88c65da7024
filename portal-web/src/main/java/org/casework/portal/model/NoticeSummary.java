package org.casework.portal.model;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A notice given to the organisation, as notice-service lists it ({@code GET /portal/issued-notices}): its kind in
 * words, the day given, what it requires now in one line and the next date to act by, if any.
 */
public record NoticeSummary(UUID id, String reference, String kind, String kindInWords, String status, LocalDate givenOn,
        String requires, Optional<LocalDate> actBy, Map<String, String> links) {

    public NoticeSummary {
        actBy = actBy == null ? Optional.empty() : actBy;
        links = links == null ? Map.of() : links;
    }

    /** A notice of intent: the organisation may make representations on it (representation-service). */
    public boolean takesRepresentations() {
        return links.containsKey("representations");
    }
}
