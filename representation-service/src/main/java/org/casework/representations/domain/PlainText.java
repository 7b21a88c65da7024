package org.casework.representations.domain;

import java.util.regex.Pattern;

/**
 * What the portal accepts as text besides the platform's control-character rule: no Unicode
 * direction controls, which make text display in another order than it was written (a file name
 * "invoice", U+202E, "fdp.exe" shows as "invoiceexe.pdf") and have no place in a statement to a regulator.
 */
public final class PlainText {

    /** For {@code @Pattern}: text without direction overrides, embeddings or isolates. */
    public static final String NO_DIRECTION_CONTROLS = "[^\\u202A-\\u202E\\u2066-\\u2069]*";
    public static final String DIRECTION_CONTROLS_MESSAGE = "must not contain characters that reverse the direction of "
            + "text (U+202A to U+202E, U+2066 to U+2069)";

    private static final Pattern DIRECTION_CONTROL = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069]");

    private PlainText() {
    }

    public static boolean hasDirectionControls(String text) {
        return text != null && DIRECTION_CONTROL.matcher(text).find();
    }
}
