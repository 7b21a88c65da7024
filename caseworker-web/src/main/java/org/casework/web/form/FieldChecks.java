package org.casework.web.form;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import org.casework.web.support.GovukFormats;
import org.casework.web.view.Formats;

/**
 * The checks a form makes itself before anything is sent, each adding a GOV.UK error message to the
 * field it is about, so one submission shows every problem at once.
 */
final class FieldChecks {

    private FieldChecks() {
    }

    /** The trimmed answer, or null when empty (then {@code whenEmpty}, if given, is the field's error). */
    static String text(Form form, String field, String whenEmpty, int max, String label) {
        String value = form.value(field);
        if (value.isBlank()) {
            if (whenEmpty != null) {
                form.error(field, whenEmpty);
            }
            return null;
        }
        if (value.length() > max) {
            form.error(field, label + " must be " + GovukFormats.count(max) + " characters or fewer");
        }
        return value;
    }

    /** The answer if it matches {@code pattern}, else an error; null when empty. */
    static String matching(Form form, String field, Pattern pattern, String whenWrong) {
        String value = form.value(field);
        if (value.isBlank()) {
            return null;
        }
        if (!pattern.matcher(value).matches()) {
            form.error(field, whenWrong);
        }
        return value;
    }

    /** An amount in pounds as typed ("30,500,000", "£1,000.50"): a plain decimal string, or null with an error. */
    static String pounds(Form form, String field, String whenWrong) {
        String raw = form.value(field).replace(",", "").replace("£", "").strip();
        if (raw.isEmpty()) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(raw);
            if (amount.signum() < 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 15) {
                form.error(field, whenWrong);
                return null;
            }
            return amount.setScale(2).toPlainString();
        } catch (NumberFormatException e) {
            form.error(field, whenWrong);
            return null;
        }
    }

    /** A whole number from {@code min} to {@code max} ("82,946" is read as 82946), or null with an error. */
    static Long whole(Form form, String field, String whenEmpty, long min, long max, String label) {
        String raw = form.value(field).replace(",", "").strip();
        if (raw.isEmpty()) {
            if (whenEmpty != null) {
                form.error(field, whenEmpty);
            }
            return null;
        }
        try {
            long n = Long.parseLong(raw);
            if (n < min || n > max) {
                form.error(field, label + " must be between " + GovukFormats.count(min) + " and " + GovukFormats.count(max));
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            form.error(field, label + " must be a whole number");
            return null;
        }
    }
}
