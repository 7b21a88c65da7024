package org.casework.platform.problem;

/**
 * One invalid field of a request: where it is (a JSON path or a parameter name) and what is wrong. Both are cut to
 * the lengths the published documents state (a path into a hostile body can be as long as the body).
 */
public record FieldError(String field, String message) {

    public static final int MAX_FIELD = 200;
    public static final int MAX_MESSAGE = 500;
    /** The most field errors one problem lists; the detail still counts them all. */
    public static final int MAX_PER_PROBLEM = 100;

    public FieldError {
        field = cut(field, MAX_FIELD);
        message = cut(message, MAX_MESSAGE);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
