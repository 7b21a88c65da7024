package org.casework.web.model;

import java.time.Instant;
import java.util.Optional;

/** An entry of a service's audit trail ({@code GET /audit/events}). */
public record AuditEvent(long seq, Instant occurredAt, String subject, Optional<String> onBehalfOf, String roles,
        String action, String resourceType, Optional<String> resourceId, String outcome) {

    public AuditEvent {
        onBehalfOf = Lists.orEmpty(onBehalfOf);
        resourceId = Lists.orEmpty(resourceId);
    }
}
