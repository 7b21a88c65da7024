package org.casework.notifications.messaging;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A CloudEvents 1.0 event as the suite publishes it (structured JSON mode, one per Kafka record): the
 * context attributes this service reads and the {@code data} object.
 */
public record CloudEvent(String id, String type, String source, String subject, JsonNode data) {
}
