package org.casework.cases.repository;

import java.time.Instant;
import java.util.UUID;

import org.casework.cases.domain.CaseFacts;
import org.casework.cases.domain.CaseStatus;
import org.casework.platform.openapi.Produced;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of the case list: what a list page shows, read in one query. */
public record CaseSummary(UUID id, @Schema(maxLength = REFERENCE) String reference,
        @Schema(maxLength = CaseFacts.TITLE) String title, CaseStatus status,
        @Schema(maxLength = Produced.NAME) String assignee,
        @Schema(maxLength = 64) String organisationId, @Schema(maxLength = CaseFacts.TITLE) String organisationName,
        Instant openedAt, Instant updatedAt) {

    /** A case reference, as investigation_case.reference holds it. */
    public static final int REFERENCE = 20;
}
