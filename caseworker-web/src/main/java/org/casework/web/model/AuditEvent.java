package org.casework.web.model;

import java.time.Instant;
import java.util.Optional;

import org.casework.web.view.AuditActions;

/** An entry of a service's audit trail ({@code GET /audit/events}). */
public record AuditEvent(long seq, Instant occurredAt, String subject, Optional<String> onBehalfOf, String roles,
        String action, String resourceType, Optional<String> resourceId, String outcome) {

    public AuditEvent {
        onBehalfOf = Lists.orEmpty(onBehalfOf);
        resourceId = Lists.orEmpty(resourceId);
    }

    /** What was done, in plain English ({@link AuditActions}). */
    public String actionInWords() {
        return AuditActions.words(action);
    }
}
