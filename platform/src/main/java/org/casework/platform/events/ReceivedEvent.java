package org.casework.platform.events;

import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An event as a consumer reads it from Kafka: CloudEvents 1.0 in the structured JSON mode, as {@link CloudEvents}
 * writes it (spec §3, JSON format §3): {@code specversion} "1.0"; {@code id}, {@code source}, {@code type} required;
 * {@code data} a JSON object ({@code datacontenttype} application/json or absent). Anything else is a
 * {@link MalformedEventException}. The fields of {@code data} are read with {@link EventFields}. {@code traceparent} is
 * the Distributed Tracing extension (the W3C trace context of the change that recorded the event), or null.
 */
public record ReceivedEvent(String id, String type, String source, String subject, JsonNode data, String traceparent) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static ReceivedEvent parse(String record) {
        JsonNode root;
        try {
            root = record == null ? null : JSON.readTree(record);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("not JSON");
        }
        if (root == null || !root.isObject()) {
            throw new MalformedEventException("not a JSON object");
        }
        if (!"1.0".equals(root.path("specversion").asText(null))) {
            throw new MalformedEventException("specversion is not 1.0");
        }
        if (!root.path("datacontenttype").asText("application/json").startsWith("application/json")) {
            throw new MalformedEventException("data is not JSON");
        }
        if (!root.path("data").isObject()) {
            throw new MalformedEventException("data is not an object");
        }
        return new ReceivedEvent(EventFields.text(root, "id"), EventFields.text(root, "type"),
                EventFields.text(root, "source"), EventFields.optional(root, "subject"), root.path("data"),
                EventFields.optional(root, "traceparent"));
    }

    /** The id as the UUID the suite's relay gives every event (an inbox key). */
    public UUID idAsUuid() {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("id is not a UUID");
        }
    }
}
