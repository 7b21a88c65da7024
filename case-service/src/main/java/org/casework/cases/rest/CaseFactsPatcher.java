package org.casework.cases.rest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.cases.domain.CaseFacts;
import org.casework.cases.rest.body.RequestBodies;
import org.casework.platform.http.JsonMergePatch;
import org.casework.platform.problem.FieldError;
import org.casework.platform.problem.Problem;
import org.casework.platform.problem.ProblemException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Applies a JSON merge patch to a case's facts: merge onto the current facts, then read the result with
 * the same rules as a new case, every error reported at once with its path in the patched case.
 */
@ApplicationScoped
public class CaseFactsPatcher {

    /** Parts of a case a patch may not touch, and where they are changed instead. */
    private static final Map<String, String> ELSEWHERE = Map.of(
            "status", "cannot be changed by PATCH: use POST /cases/{id}/transitions",
            "assignee", "cannot be changed by PATCH: use PUT /cases/{id}/assignee",
            "findings", "cannot be changed by PATCH: use POST /cases/{id}/findings",
            "id", "cannot be changed",
            "reference", "cannot be changed");

    private final ObjectMapper mapper;
    private final RequestBodies bodies;

    public CaseFactsPatcher(ObjectMapper mapper, RequestBodies bodies) {
        this.mapper = mapper;
        this.bodies = bodies;
    }

    /** Refuses, before anything is loaded, a patch that is not an object. */
    public void checkShape(JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw new ProblemException(new Problem("malformed-json", "Malformed JSON", 400,
                    "A merge patch must be a JSON object"));
        }
    }

    /** The patched facts, checked against {@code today} (London) for the incident's dates. */
    public CaseFacts apply(CaseFacts current, JsonNode patch, LocalDate today) {
        ObjectNode own = ((ObjectNode) patch).deepCopy();
        List<FieldError> refused = new ArrayList<>();
        ELSEWHERE.forEach((field, message) -> {
            if (own.has(field)) {
                refused.add(new FieldError(field, message));
                own.remove(field);
            }
        });
        JsonNode merged = JsonMergePatch.apply(mapper.valueToTree(current), own);
        return bodies.read(merged, CaseFacts.class, refused, facts -> facts.dateErrors(today));
    }
}
