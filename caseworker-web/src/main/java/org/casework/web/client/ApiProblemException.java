package org.casework.web.client;

import java.util.LinkedHashMap;
import java.util.Map;

/** An API refused the request: its problem, with the fields it named, for the page to show. */
public class ApiProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final String detail;
    private final Map<String, String> fieldErrors;

    public ApiProblemException(int status, String title, String detail, Map<String, String> fieldErrors) {
        super(status + " " + title + ": " + detail, null, false, false);
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.fieldErrors = new LinkedHashMap<>(fieldErrors);
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
}
