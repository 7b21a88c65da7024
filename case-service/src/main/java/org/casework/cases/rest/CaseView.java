package org.casework.cases.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.casework.cases.domain.CaseFacts;
import org.casework.cases.domain.CaseSource;
import org.casework.cases.domain.CaseStatus;
import org.casework.cases.domain.InvestigationCase;

/** A case as the API answers it. Its version is also sent as the ETag. */
public record CaseView(UUID id, String reference, CaseStatus status, String assignee, String title, String summary,
        CaseSource source, CaseFacts.OrganisationFacts organisation, CaseFacts.IncidentFacts incident,
        List<FindingView> findings, Instant openedAt, String openedBy, Instant updatedAt, long version) {

    static CaseView of(InvestigationCase c) {
        CaseFacts facts = CaseFacts.of(c);
        return new CaseView(c.id, c.reference, c.status, c.assignee, facts.title(), facts.summary(), facts.source(),
                facts.organisation(), facts.incident(), c.findings.stream().map(FindingView::of).toList(),
                c.openedAt, c.openedBy, c.updatedAt, c.version);
    }
}
