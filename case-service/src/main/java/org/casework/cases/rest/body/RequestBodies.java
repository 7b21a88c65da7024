package org.casework.cases.rest.body;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.casework.platform.problem.FieldError;
import org.casework.platform.problem.JsonErrors;
import org.casework.platform.problem.Problem;
import org.casework.platform.problem.ProblemException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads a request body into its record and refuses it with every field error at once: values of the
 * wrong type and unknown fields ({@link JsonShape}), the record's constraints, and any rule the caller
 * adds, each with its JSON path, in the order of the record's fields.
 *
 * <p>Resources take the body as a {@link JsonNode}, so the whole document is parsed, within the JSON
 * library's limits on size and depth, before any field is judged: a document nested too deeply is
 * "too deeply nested" whichever field holds the nesting, as in the other services.
 */
@ApplicationScoped
public class RequestBodies {

    private final ObjectMapper mapper;
    private final Validator validator;

    public RequestBodies(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    public <T extends Record> T read(JsonNode body, Class<T> type) {
        return read(body, type, List.of(), value -> List.of());
    }

    /**
     * The body as a {@code type}, or a 400 listing {@code found} (errors the caller already knows of), every
     * shape and constraint error, and what {@code rules} finds in the value (run only on a value whose
     * shape was right, with refused fields null).
     */
    public <T extends Record> T read(JsonNode body, Class<T> type, List<FieldError> found,
            Function<T, List<FieldError>> rules) {
        if (body == null || body.isMissingNode() || body.isNull()) {
            throw new ProblemException(new Problem("malformed-json", "Malformed JSON", 400, "The request body is empty"));
        }
        if (!body.isObject()) {
            throw new ProblemException(new Problem("malformed-json", "Malformed JSON", 400,
                    "The request body must be a JSON object"));
        }
        ObjectNode document = ((ObjectNode) body).deepCopy();
        JsonShape.Result shape = JsonShape.check(document, type);
        T value = convert(document, type);
        List<FieldError> errors = new ArrayList<>(found);
        errors.addAll(shape.errors());
        for (ConstraintViolation<T> violation : validator.validate(value)) {
            if (errors.size() >= JsonShape.MAX_ERRORS) {
                break;
            }
            addUnlessReported(errors, new FieldError(pathOf(violation), violation.getMessage()));
        }
        for (FieldError error : rules.apply(value)) {
            addUnlessReported(errors, error);
        }
        if (!errors.isEmpty()) {
            throw invalid(errors, shape);
        }
        return value;
    }

    private <T> T convert(ObjectNode document, Class<T> type) {
        try {
            return mapper.treeToValue(document, type);
        } catch (JsonProcessingException e) {
            // the shape was checked; kept for a type the walk does not know
            throw JsonErrors.asProblemException(e);
        }
    }

    /** A field already refused for its shape (now null) is not also reported as missing. */
    private static void addUnlessReported(List<FieldError> errors, FieldError error) {
        boolean reported = errors.stream().anyMatch(e -> error.field().equals(e.field())
                || error.field().startsWith(e.field() + ".") || error.field().startsWith(e.field() + "["));
        if (!reported) {
            errors.add(error);
        }
    }

    /** Hibernate Validator's path ("incident.dataCategories[2].&lt;list element&gt;") as a JSON path. */
    private static String pathOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString().replaceAll("\\.?<[^>]*>", "");
        return path.isEmpty() ? "body" : path;
    }

    private static ProblemException invalid(List<FieldError> errors, JsonShape.Result shape) {
        List<FieldError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparingInt(e -> shape.positionOf(e.field())));
        List<FieldError> listed = sorted.subList(0, Math.min(JsonShape.MAX_ERRORS, sorted.size()));
        String detail = sorted.size() == 1 ? "Field '" + sorted.get(0).field() + "' " + sorted.get(0).message()
                : sorted.size() + " fields are invalid; each is listed in errors";
        return new ProblemException(new Problem("invalid-request", "Invalid request", 400, detail)
                .with("errors", List.copyOf(listed)));
    }
}
