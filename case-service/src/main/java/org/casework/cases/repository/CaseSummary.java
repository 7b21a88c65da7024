package org.casework.cases.repository;

import java.time.Instant;
import java.util.UUID;

import org.casework.cases.domain.CaseStatus;

/** One line of the case list: what a list page shows, read in one query. */
public record CaseSummary(UUID id, String reference, String title, CaseStatus status, String assignee,
        String organisationId, String organisationName, Instant openedAt, Instant updatedAt) {
}
