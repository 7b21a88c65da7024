package org.casework.platform.problem;

/** One invalid field of a request: where it is (a JSON path or a parameter name) and what is wrong. */
public record FieldError(String field, String message) {
}
