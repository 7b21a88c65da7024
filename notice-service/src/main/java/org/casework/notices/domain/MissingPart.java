package org.casework.notices.domain;

/**
 * A part the law (or the portal) requires in a notice that this draft does not have yet, with the
 * rule that requires it and where it is corrected: in the case's facts ({@link #CASE}, e.g. a
 * recipient's address), in the draft itself ({@link #NOTICE}) or in the service's configuration
 * ({@link #CONFIGURATION}, e.g. payment details).
 */
public record MissingPart(String part, String rule, String message, String correctIn) {

    public static final String CASE = "case";
    public static final String NOTICE = "notice";
    public static final String CONFIGURATION = "configuration";
    /**
     * The most a draft can lack: each of its dozen or so own parts, and two for each recipient (a name no longer of
     * the case, an address) and each step (its text, its date).
     */
    public static final int MAX = 20 + 2 * NoticeLimits.RECIPIENTS + 2 * NoticeLimits.STEPS;
}
