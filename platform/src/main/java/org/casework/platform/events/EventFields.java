package org.casework.platform.events;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads one field of a received event ({@link ReceivedEvent}), or refuses the event with a
 * {@link MalformedEventException} naming the field, never its value.
 */
public final class EventFields {

    /** Ids, references, names and dates: no field of an event is longer. */
    static final int MAX_TEXT = 200;

    private EventFields() {
    }

    /** A required text field of at most 200 characters. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank() || value.asText().length() > MAX_TEXT) {
            throw new MalformedEventException("missing or oversized " + field);
        }
        return value.asText();
    }

    /** A text field that may be absent or blank (then null). */
    public static String optional(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }

    public static UUID uuid(JsonNode node, String field) {
        try {
            return UUID.fromString(text(node, field));
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException(field + " is not a UUID");
        }
    }

    /** A required ISO date. */
    public static LocalDate date(JsonNode node, String field) {
        return parseDate(text(node, field), field);
    }

    /** An ISO date that may be absent (then null). */
    public static LocalDate optionalDate(JsonNode node, String field) {
        String value = optional(node, field);
        return value == null ? null : parseDate(value, field);
    }

    /** A text field that must match {@code pattern} whole. */
    public static String matching(JsonNode node, String field, String pattern) {
        String value = text(node, field);
        if (!value.matches(pattern)) {
            throw new MalformedEventException(field + " is not of the expected form");
        }
        return value;
    }

    private static LocalDate parseDate(String value, String field) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new MalformedEventException(field + " is not a date");
        }
    }
}
