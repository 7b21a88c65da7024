package org.casework.notices.domain;

/**
 * A later deadline for the penalty notice that cannot be recorded (DPA 2018 Sch 16 para 2(3)): the
 * limit has passed, or the agreement's date or the date agreed do not fit. Carries a short code for the
 * problem type and the dates involved.
 */
public class DeadlineExtensionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String title;

    public DeadlineExtensionException(String code, String title, String message) {
        super(message);
        this.code = code;
        this.title = title;
    }

    /** The problem type's slug, e.g. {@code extension-after-deadline}. */
    public String code() {
        return code;
    }

    public String title() {
        return title;
    }
}
