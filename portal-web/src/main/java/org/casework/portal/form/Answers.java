package org.casework.portal.form;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;

import org.casework.web.support.DateInput;
import org.casework.web.support.GovukFormats;

import io.quarkus.qute.TemplateData;

/**
 * What someone typed into a form and what is wrong with it, field by field in the order of the page (the GOV.UK
 * error summary lists them in that order and links each to its field). Nothing typed is lost when a form is refused.
 */
@TemplateData
public final class Answers {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private String banner;

    public static Answers empty() {
        return new Answers();
    }

    public static Answers of(MultivaluedMap<String, String> posted) {
        Answers a = new Answers();
        posted.forEach((k, v) -> a.values.put(k, v.isEmpty() ? "" : v.get(0).strip()));
        return a;
    }

    /** A value posted as multipart (a form with files), kept as typed. */
    public Answers set(String field, String value) {
        values.put(field, value == null ? "" : value.strip());
        return this;
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public Map<String, String> errors() {
        return errors;
    }

    public boolean hasErrors() {
        return !errors.isEmpty() || banner != null;
    }

    public String error(String field) {
        return errors.get(field);
    }

    public void error(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    /** A refusal that belongs to no field: shown at the top of the page. */
    public String banner() {
        return banner;
    }

    public void banner(String message) {
        banner = message;
    }

    /** A GOV.UK date input ({@code <field>-day}, {@code -month}, {@code -year}); null, with an error, when not a date. */
    public LocalDate date(String field, String label) {
        try {
            LocalDate date = DateInput.parse(value(field + "-day"), value(field + "-month"), value(field + "-year")).orElse(null);
            if (date == null) {
                error(field + "-day", "Enter " + label);
            }
            return date;
        } catch (DateTimeException e) {
            error(field + "-day", capitalised(label) + " must be a real date, for example 27 3 2027");
            return null;
        }
    }

    /** Text that must be given and may be at most {@code max} characters. */
    public String text(String field, String label, int max) {
        String text = value(field);
        if (text.isEmpty()) {
            error(field, "Enter " + label);
        } else if (text.length() > max) {
            error(field, capitalised(label) + " must be " + GovukFormats.count(max) + " characters or fewer");
        }
        return text;
    }

    private static String capitalised(String label) {
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }
}
