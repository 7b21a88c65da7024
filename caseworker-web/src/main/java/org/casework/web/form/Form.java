package org.casework.web.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;

import org.casework.web.view.Outcome;

import io.quarkus.qute.TemplateData;

/**
 * What a person typed into a form, kept whole so a refused submission shows it again, and the errors
 * to show beside each field and in the GOV.UK error summary (in the order of the fields).
 */
@TemplateData
public class Form {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, List<String>> lists = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private String banner;
    private String success;
    private String successDetail;
    private final List<String> notes = new ArrayList<>();

    public static Form of(MultivaluedMap<String, String> posted) {
        Form form = new Form();
        posted.forEach((k, v) -> {
            form.lists.put(k, v);
            form.values.put(k, v.isEmpty() ? "" : v.get(0).strip());
        });
        return form;
    }

    public static Form empty() {
        return new Form();
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public Form set(String field, String value) {
        values.put(field, value == null ? "" : value);
        return this;
    }

    /** A field with several values (ticked checkboxes). */
    public Form setAll(String field, List<String> chosen) {
        lists.put(field, List.copyOf(chosen));
        values.put(field, chosen.isEmpty() ? "" : chosen.get(0));
        return this;
    }

    public List<String> all(String field) {
        return lists.getOrDefault(field, List.of());
    }

    public boolean has(String field, String value) {
        return all(field).contains(value) || value.equals(values.get(field));
    }

    public boolean blank(String field) {
        return value(field).isBlank();
    }

    public Form error(String field, String message) {
        errors.putIfAbsent(field, message);
        return this;
    }

    public String errorOf(String field) {
        return errors.get(field);
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public record FieldMessage(String field, String message) {
    }

    public List<FieldMessage> errors() {
        List<FieldMessage> list = new ArrayList<>();
        errors.forEach((f, m) -> list.add(new FieldMessage(f, m)));
        return list;
    }

    /** A message for the whole form, e.g. that a service did not answer. */
    public String banner() {
        return banner;
    }

    public Form banner(String message) {
        this.banner = message;
        return this;
    }

    /** What the last action did, confirmed in a green banner after the redirect (post/redirect/get). */
    public String success() {
        return success;
    }

    public Form success(Outcome outcome) {
        this.success = outcome == null ? null : outcome.message();
        return this;
    }

    /** A line under the confirmation, from what the service answers (a document's SHA-256), never from the address. */
    public String successDetail() {
        return successDetail;
    }

    public Form successDetail(String detail) {
        this.successDetail = detail;
        return this;
    }

    /** Points listed under the banner: what a service says is missing that is not a field of this page. */
    public List<String> notes() {
        return notes;
    }

    public Form note(String message) {
        notes.add(message);
        return this;
    }
}
