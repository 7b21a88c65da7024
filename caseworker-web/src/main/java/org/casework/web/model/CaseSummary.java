package org.casework.web.model;

import java.time.Instant;
import java.util.Optional;

/** A line of the case list ({@code GET /cases}). */
public record CaseSummary(String id, String reference, String title, String status, Optional<String> assignee,
        String organisationName, Instant openedAt) {

    public CaseSummary {
        assignee = Lists.orEmpty(assignee);
    }
}
