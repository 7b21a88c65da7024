package org.casework.platform.problem;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns a JSON reading failure into a problem a client can act on, naming the field and the type
 * expected, without echoing Jackson's internal messages (which name Java classes and can quote input).
 */
public final class JsonErrors {

    private JsonErrors() {
    }

    /** For code that reads JSON itself (a merge patch, say) and must refuse it like a request body. */
    public static ProblemException asProblemException(JsonProcessingException e) {
        return new ProblemException(toProblem(e));
    }

    static Problem toProblem(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return invalid(path(unknown), "is not a known field");
        }
        if (e instanceof InvalidFormatException format) {
            return invalid(path(format), "must be " + describe(format.getTargetType()));
        }
        if (e instanceof MismatchedInputException mismatch) {
            String field = path(mismatch);
            if (field.isEmpty()) {
                return malformed("the request body is empty or not the expected JSON object");
            }
            return invalid(field, "must be " + describe(mismatch.getTargetType()));
        }
        if (e instanceof JsonMappingException mapping && mapping.getCause() instanceof JsonProcessingException inner
                && !(inner instanceof JsonMappingException)) {
            return toProblem(inner);
        }
        if (e instanceof JsonMappingException mapping) {
            String field = path(mapping);
            return field.isEmpty() ? malformed("the request body could not be read as the expected JSON")
                    : invalid(field, "has a value that cannot be accepted");
        }
        if (e instanceof StreamConstraintsException) {
            return malformed("the JSON is too large or too deeply nested");
        }
        if (e instanceof InputCoercionException) {
            return malformed("a number is out of range" + location(e.getLocation()));
        }
        if (e instanceof JsonParseException) {
            return malformed("the body is not valid JSON" + location(e.getLocation()));
        }
        return malformed("the body is not valid JSON");
    }

    private static Problem invalid(String field, String message) {
        return new Problem("invalid-request", "Invalid request", 400, "Field '" + field + "' " + message)
                .with("errors", List.of(new FieldError(field, message)));
    }

    private static Problem malformed(String detail) {
        return new Problem("malformed-json", "Malformed JSON", 400, detail);
    }

    private static String location(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            }
        }
        return sb.toString();
    }

    static String describe(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == OffsetDateTime.class || type == java.time.Instant.class) {
            return "a date and time (ISO 8601)";
        }
        if (type == UUID.class) {
            return "an identifier (UUID)";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == BigDecimal.class) {
            return "a decimal number";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == BigInteger.class || type == Short.class || type == short.class) {
            return "a whole number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }
}
