package org.casework.cases.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.cases.domain.CaseStatus;
import org.casework.cases.domain.InvestigationCase;
import org.casework.platform.events.DomainEvent;
import org.casework.platform.events.Outbox;

/**
 * The events case-service publishes on {@code casework.cases.v1} (docs/asyncapi/case-service.yaml), recorded in the
 * outbox in the transaction of the change. Ids, references, states and staff subjects only: never the incident's
 * facts, findings or data categories.
 */
@ApplicationScoped
public class CaseEvents {

    public static final String AGGREGATE = "case";
    public static final String OPENED = "uk.gov.casework.case.opened.v1";
    public static final String MOVED = "uk.gov.casework.case.moved.v1";
    public static final String ASSIGNED = "uk.gov.casework.case.assigned.v1";
    /** Every type this service can emit: each has a message and a schema in its AsyncAPI document. */
    public static final List<String> TYPES = List.of(OPENED, MOVED, ASSIGNED);

    public record Opened(UUID caseId, String reference, String source, Instant openedAt) {
    }

    public record Moved(UUID caseId, String reference, String from, String to, String noticeId) {
    }

    public record Assigned(UUID caseId, String reference, String assignee, String previousAssignee) {
    }

    private final Outbox outbox;

    public CaseEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void opened(InvestigationCase c) {
        record(c, OPENED, new Opened(c.id, c.reference, c.source.name(), c.openedAt));
    }

    public void moved(InvestigationCase c, CaseStatus from, String noticeId) {
        record(c, MOVED, new Moved(c.id, c.reference, from.name(), c.status.name(), noticeId));
    }

    public void assigned(InvestigationCase c, String previousAssignee) {
        record(c, ASSIGNED, new Assigned(c.id, c.reference, c.assignee, previousAssignee));
    }

    private void record(InvestigationCase c, String type, Object data) {
        outbox.record(new DomainEvent(AGGREGATE, c.id.toString(), type, data));
    }
}
