package org.casework.cases.rest;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import org.casework.cases.domain.CaseFacts;
import org.casework.platform.http.JsonMergePatch;
import org.casework.platform.problem.JsonErrors;
import org.casework.platform.problem.ProblemException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Applies a JSON merge patch to a case's facts: merge onto the current facts, read the result back
 * with the same strict rules as a new case (unknown fields refused), and validate it whole.
 */
@ApplicationScoped
public class CaseFactsPatcher {

    private static final Set<String> ELSEWHERE = Set.of("status", "assignee", "findings", "id", "reference");

    private final ObjectMapper mapper;
    private final Validator validator;

    public CaseFactsPatcher(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /** Refuses, before anything is loaded, a patch that is not an object or touches what it may not. */
    public void checkShape(JsonNode patch) {
        if (!patch.isObject()) {
            throw ProblemException.badRequest("A merge patch must be a JSON object");
        }
        for (String field : ELSEWHERE) {
            if (patch.has(field)) {
                throw ProblemException.badRequest("Field '" + field + "' cannot be changed by PATCH: "
                        + "use the case's transitions, assignee or findings operations");
            }
        }
    }

    public CaseFacts apply(CaseFacts current, JsonNode patch) {
        JsonNode merged = JsonMergePatch.apply(mapper.valueToTree(current), patch);
        CaseFacts result;
        try {
            result = mapper.treeToValue(merged, CaseFacts.class);
        } catch (JsonProcessingException e) {
            throw JsonErrors.asProblemException(e);
        }
        Set<ConstraintViolation<CaseFacts>> violations = validator.validate(result);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return result;
    }
}
