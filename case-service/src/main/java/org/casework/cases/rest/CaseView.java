package org.casework.cases.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.casework.cases.domain.CaseFacts;
import org.casework.cases.domain.CaseSource;
import org.casework.cases.domain.CaseStatus;
import org.casework.cases.domain.InvestigationCase;
import org.casework.cases.repository.CaseSummary;
import org.casework.platform.openapi.Produced;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A case as the API answers it. Its version is also sent as the ETag. */
public record CaseView(UUID id, @Schema(maxLength = CaseSummary.REFERENCE) String reference, CaseStatus status,
        @Schema(maxLength = Produced.NAME) String assignee, @Schema(maxLength = CaseFacts.TITLE) String title,
        @Schema(maxLength = CaseFacts.SUMMARY) String summary,
        CaseSource source, CaseFacts.OrganisationFacts organisation, CaseFacts.IncidentFacts incident,
        @Schema(maxItems = FindingView.MAX_PER_CASE) List<FindingView> findings,
        @Schema(description = "Everyone the case has ever been assigned to, the current assignee included, "
                + "each once (four eyes: none of them may issue a notice on it)", maxItems = MAX_ASSIGNED)
        List<@Size(max = Produced.NAME) String> everAssigned,
        Instant openedAt, @Schema(maxLength = Produced.NAME) String openedBy, Instant updatedAt,
        @Schema(minimum = "0", maximum = Produced.BIGINT_MAX) long version) {

    /** Assignments are made by people, one at a time: a case never sees this many different assignees. */
    static final int MAX_ASSIGNED = 1000;

    static CaseView of(InvestigationCase c) {
        CaseFacts facts = CaseFacts.of(c);
        return new CaseView(c.id, c.reference, c.status, c.assignee, facts.title(), facts.summary(), facts.source(),
                facts.organisation(), facts.incident(), c.findings.stream().map(FindingView::of).toList(),
                List.of(c.everAssigned),
                c.openedAt, c.openedBy, c.updatedAt, c.version);
    }
}
