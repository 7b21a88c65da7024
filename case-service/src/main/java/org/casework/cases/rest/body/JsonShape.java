package org.casework.cases.rest.body;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.casework.platform.problem.FieldError;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Checks a JSON document against the record it is meant to become, before any conversion: every value of
 * the wrong type (a number for a title, "2024-02-30" for a date, an unknown word for a state) and every
 * field the record does not have is a {@link FieldError} with its exact JSON path. Converting straight from
 * the request would stop at the first such value; this walk finds them all. A refused value is replaced
 * by null (an unknown field is removed), so the document can still be converted and its other fields
 * validated in the same round.
 *
 * <p>It is stricter than the JSON library's defaults on purpose: no number is taken for text or text for
 * a number, no fraction is cut to a whole number, no date is taken from a count of days or an array, and
 * money is a decimal string so that no amount passes through binary floating point.
 */
final class JsonShape {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern AMOUNT = Pattern.compile("-?\\d{1,20}(\\.\\d{1,20})?");
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    /** Characters that reverse or isolate the direction of the text around them (Unicode bidi controls). */
    private static final Pattern DIRECTION_CONTROLS = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069]");

    /** Enough to tell a client what to fix; a hostile document could otherwise make the answer huge. */
    static final int MAX_ERRORS = 100;
    private static final int MAX_ORDERED = 10_000;

    /** The position of each field path in the record's order, and what was wrong with the document. */
    record Result(Map<String, Integer> order, List<FieldError> errors) {

        int positionOf(String path) {
            return order.getOrDefault(path, Integer.MAX_VALUE);
        }
    }

    private final Map<String, Integer> order = new HashMap<>();
    private final List<FieldError> errors = new ArrayList<>();

    private JsonShape() {
    }

    /** Walks {@code document} (an object) as an instance of {@code type}, cleaning it in place. */
    static Result check(ObjectNode document, Class<? extends Record> type) {
        JsonShape shape = new JsonShape();
        shape.object("", document, type);
        return new Result(shape.order, shape.errors);
    }

    private JsonNode visit(String path, JsonNode node, Type type) {
        if (node == null || node.isNull()) {
            return node;
        }
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            return node.isArray() ? array(path, (ArrayNode) node, list.getActualTypeArguments()[0])
                    : refuse(path, "must be a list in square brackets");
        }
        if (!(type instanceof Class<?> c)) {
            return node;
        }
        if (c.isRecord()) {
            return node.isObject() ? object(path, (ObjectNode) node, c) : refuse(path, "must be an object in braces");
        }
        if (c == String.class) {
            return text(path, node);
        }
        if (c == Long.class || c == Integer.class) {
            boolean fits = c == Long.class ? node.canConvertToLong() : node.canConvertToInt();
            return !node.isIntegralNumber() ? refuse(path, "must be a whole number, such as 82946")
                    : fits ? node : refuse(path, "is too large a number");
        }
        if (c == BigDecimal.class) {
            return node.isTextual() && AMOUNT.matcher(node.asText()).matches() ? node
                    : refuse(path, "must be an amount in pounds written as a string, such as \"3076320.00\"");
        }
        if (c == Boolean.class) {
            return node.isBoolean() ? node : refuse(path, "must be true or false");
        }
        if (c == LocalDate.class) {
            return node.isTextual() && isDate(node.asText()) ? node : refuse(path, "must be a date such as 2024-08-07");
        }
        if (c == UUID.class) {
            return node.isTextual() && isUuid(node.asText()) ? node : refuse(path, "must be an identifier (UUID)");
        }
        if (c.isEnum()) {
            return node.isTextual() && names(c).contains(node.asText()) ? node
                    : refuse(path, "must be one of " + String.join(", ", names(c)));
        }
        return node;
    }

    private JsonNode object(String path, ObjectNode node, Class<?> type) {
        List<String> known = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            String name = component.getName();
            known.add(name);
            String child = join(path, name);
            ordered(child);
            if (node.has(name)) {
                node.set(name, visit(child, node.get(name), component.getGenericType()));
            }
        }
        List<String> unknown = node.properties().stream().map(Map.Entry::getKey).filter(n -> !known.contains(n)).toList();
        for (String name : unknown) {
            String child = join(path, PLAIN_NAME.matcher(name).matches() ? name : "(unreadable name)");
            ordered(child);
            error(child, "is not a field of this request: remove it");
            node.remove(name);
        }
        return node;
    }

    private JsonNode array(String path, ArrayNode node, Type elementType) {
        for (int i = 0; i < node.size(); i++) {
            String child = path + "[" + i + "]";
            ordered(child);
            node.set(i, visit(child, node.get(i), elementType));
        }
        return node;
    }

    private JsonNode text(String path, JsonNode node) {
        if (!node.isTextual()) {
            return refuse(path, "must be text in double quotes");
        }
        if (DIRECTION_CONTROLS.matcher(node.asText()).find()) {
            return refuse(path, "must not contain characters that reverse the direction of text (U+202A to U+202E, "
                    + "U+2066 to U+2069)");
        }
        return node;
    }

    private JsonNode refuse(String path, String message) {
        error(path, message);
        return NullNode.getInstance();
    }

    private void error(String path, String message) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(new FieldError(path, message));
        }
    }

    private void ordered(String path) {
        if (order.size() < MAX_ORDERED) {
            order.putIfAbsent(path, order.size());
        }
    }

    private static boolean isDate(String text) {
        try {
            return DATE.matcher(text).matches() && LocalDate.parse(text) != null;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isUuid(String text) {
        try {
            return UUID.fromString(text).toString().equalsIgnoreCase(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static List<String> names(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.toList());
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
