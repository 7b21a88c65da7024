package org.casework.web.model;

import java.time.Instant;

/** An entry of a case's timeline ({@code GET /cases/{id}/timeline}). */
public record TimelineEntry(long id, Instant occurredAt, String type, String description) {
}
