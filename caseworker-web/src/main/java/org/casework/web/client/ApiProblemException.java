package org.casework.web.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.casework.web.model.MissingPart;

/** An API refused the request: its problem, with the fields it named and the statutory parts it found missing. */
public class ApiProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final String detail;
    private final Map<String, String> fieldErrors;
    private final List<MissingPart> missing;
    private final String rule;
    private String code;

    public ApiProblemException(int status, String title, String detail, Map<String, String> fieldErrors,
            List<MissingPart> missing) {
        this(status, title, detail, fieldErrors, missing, null);
    }

    /** {@code rule}: the law a refusal cites (the problem's {@code rule} member), or null. */
    public ApiProblemException(int status, String title, String detail, Map<String, String> fieldErrors,
            List<MissingPart> missing, String rule) {
        super(status + " " + title + ": " + detail, null, false, false);
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.fieldErrors = new LinkedHashMap<>(fieldErrors);
        this.missing = List.copyOf(missing);
        this.rule = rule;
    }

    /** The problem's code, the last segment of its {@code type} (e.g. "extension-after-deadline"); null when none. */
    public String code() {
        return code;
    }

    ApiProblemException withCode(String code) {
        this.code = code;
        return this;
    }

    /** The provision a statutory refusal cites, for example "DPA 2018 Sch 16 para 9"; null when it cites none. */
    public String rule() {
        return rule;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    /** API field path (e.g. "incident.peopleAffected") to message. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** What a notice still lacks before it can be issued (a 422 at issue). */
    public List<MissingPart> missing() {
        return missing;
    }
}
