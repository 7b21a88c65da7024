package org.casework.representations.messaging;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A CloudEvents 1.0 event in the structured JSON mode, as platform's outbox relay publishes it: {@code specversion}
 * "1.0", {@code id} (a UUID: the inbox key), {@code source}, {@code type} and a {@code data} object. Anything else is a
 * {@link MalformedEvent}. The reasons name fields, never their values, so no content reaches a log.
 */
public record IncomingEvent(UUID id, String type, String source, JsonNode data) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_TEXT = 200;

    public static IncomingEvent parse(String record) {
        JsonNode root;
        try {
            root = record == null ? null : JSON.readTree(record);
        } catch (JsonProcessingException e) {
            throw new MalformedEvent("not JSON");
        }
        if (root == null || !root.isObject()) {
            throw new MalformedEvent("not a JSON object");
        }
        if (!"1.0".equals(root.path("specversion").asText(null))) {
            throw new MalformedEvent("specversion is not 1.0");
        }
        if (!root.path("datacontenttype").asText("application/json").startsWith("application/json")) {
            throw new MalformedEvent("data is not JSON");
        }
        if (!root.path("data").isObject()) {
            throw new MalformedEvent("data is not an object");
        }
        return new IncomingEvent(uuid(root, "id"), text(root, "type"), text(root, "source"), root.path("data"));
    }

    /** A required text field of at most 200 characters. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank() || value.asText().length() > MAX_TEXT) {
            throw new MalformedEvent("missing or oversized " + field);
        }
        return value.asText();
    }

    public static UUID uuid(JsonNode node, String field) {
        try {
            return UUID.fromString(text(node, field));
        } catch (IllegalArgumentException e) {
            throw new MalformedEvent(field + " is not a UUID");
        }
    }

    public static LocalDate date(JsonNode node, String field) {
        try {
            return LocalDate.parse(text(node, field));
        } catch (DateTimeParseException e) {
            throw new MalformedEvent(field + " is not a date");
        }
    }

    /** A text field that must match {@code pattern} whole. */
    public static String matching(JsonNode node, String field, String pattern) {
        String value = text(node, field);
        if (!value.matches(pattern)) {
            throw new MalformedEvent(field + " is not of the expected form");
        }
        return value;
    }
}
