package org.casework.notifications.domain;

import java.util.UUID;

/**
 * One email to one recipient, rendered once when the event or reminder arrives and kept as sent, so a retry
 * sends the very same text. {@code eventId} is why it exists (an event's id, or a reminder's key).
 */
public record Message(UUID id, String eventId, String recipient, String organisationId, UUID noticeId,
        String template, String subject, String text, String html) {
}
