package org.casework.platform.problem;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Thrown by domain and service code to refuse a request with a specific problem. The exception
 * mapper turns it into an application/problem+json answer; nothing below the REST layer needs to
 * know about HTTP beyond the status number.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public ProblemException(Problem problem) {
        super(problem.getTitle() + ": " + problem.getDetail(), null, false, false);
        this.problem = problem;
    }

    public ProblemException(int status, String typeSlug, String title, String detail) {
        this(new Problem(typeSlug, title, status, detail));
    }

    public Problem problem() {
        return problem;
    }

    public ProblemException with(String name, Object value) {
        problem.with(name, value);
        return this;
    }

    public ProblemException header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "bad-request", "Bad request", detail);
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "not-found", "Not found", what + " was not found");
    }

    public static ProblemException conflict(String typeSlug, String title, String detail) {
        return new ProblemException(409, typeSlug, title, detail);
    }

    public static ProblemException unprocessable(String typeSlug, String title, String detail) {
        return new ProblemException(422, typeSlug, title, detail);
    }

    public static ProblemException forbidden(String typeSlug, String detail) {
        return new ProblemException(403, typeSlug, "Forbidden", detail);
    }
}
