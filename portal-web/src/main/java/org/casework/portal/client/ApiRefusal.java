package org.casework.portal.client;

import java.util.Map;

/** An API answered 4xx or 5xx: what it said, for the page to show. 5xx and 429 mean "try again later". */
public class ApiRefusal extends RuntimeException {

    private final int status;
    private final String title;
    private final String detail;
    private final Map<String, String> fieldErrors;

    public ApiRefusal(int status, String title, String detail, Map<String, String> fieldErrors) {
        super(status + " " + title);
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.fieldErrors = Map.copyOf(fieldErrors);
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

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    public boolean unavailable() {
        return status >= 500 || status == 429;
    }
}
