package org.casework.notifications.messaging;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the structured JSON mode of CloudEvents 1.0 (spec §3, JSON format §3): {@code specversion} "1.0",
 * {@code id}, {@code source}, {@code type} required; {@code data} a JSON object ({@code datacontenttype}
 * application/json or absent). Anything else is a {@link MalformedEvent}.
 */
public final class CloudEvents {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_ID = 200;

    private CloudEvents() {
    }

    public static CloudEvent parse(String json) {
        JsonNode root;
        try {
            root = json == null ? null : MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new MalformedEvent("not JSON");
        }
        if (root == null || !root.isObject()) {
            throw new MalformedEvent("not a JSON object");
        }
        if (!"1.0".equals(root.path("specversion").asText(null))) {
            throw new MalformedEvent("specversion is not 1.0");
        }
        String contentType = root.path("datacontenttype").asText("application/json");
        if (!contentType.startsWith("application/json")) {
            throw new MalformedEvent("data is not JSON");
        }
        JsonNode data = root.path("data");
        if (!data.isObject()) {
            throw new MalformedEvent("data is not an object");
        }
        return new CloudEvent(required(root, "id"), required(root, "type"), required(root, "source"),
                root.path("subject").asText(null), data);
    }

    public static String required(JsonNode node, String field) {
        String value = node.path(field).isTextual() ? node.path(field).asText() : null;
        if (value == null || value.isBlank() || value.length() > MAX_ID) {
            throw new MalformedEvent("missing or oversized " + field);
        }
        return value;
    }

    public static String optional(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isTextual() && !v.asText().isBlank() ? v.asText() : null;
    }

    public static UUID uuid(JsonNode node, String field) {
        try {
            return UUID.fromString(required(node, field));
        } catch (IllegalArgumentException e) {
            throw new MalformedEvent(field + " is not a UUID");
        }
    }

    public static LocalDate date(JsonNode node, String field) {
        String v = optional(node, field);
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new MalformedEvent(field + " is not a date");
        }
    }
}
