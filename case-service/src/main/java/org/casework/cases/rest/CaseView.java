package org.casework.cases.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.casework.cases.domain.CaseFacts;
import org.casework.cases.domain.CaseSource;
import org.casework.cases.domain.CaseStatus;
import org.casework.cases.domain.InvestigationCase;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A case as the API answers it. Its version is also sent as the ETag. */
public record CaseView(UUID id, String reference, CaseStatus status, String assignee, String title, String summary,
        CaseSource source, CaseFacts.OrganisationFacts organisation, CaseFacts.IncidentFacts incident,
        List<FindingView> findings,
        @Schema(description = "Everyone the case has ever been assigned to, the current assignee included, "
                + "each once (four eyes: none of them may issue a notice on it)") List<String> everAssigned,
        Instant openedAt, String openedBy, Instant updatedAt, long version) {

    static CaseView of(InvestigationCase c) {
        CaseFacts facts = CaseFacts.of(c);
        return new CaseView(c.id, c.reference, c.status, c.assignee, facts.title(), facts.summary(), facts.source(),
                facts.organisation(), facts.incident(), c.findings.stream().map(FindingView::of).toList(),
                List.of(c.everAssigned),
                c.openedAt, c.openedBy, c.updatedAt, c.version);
    }
}
