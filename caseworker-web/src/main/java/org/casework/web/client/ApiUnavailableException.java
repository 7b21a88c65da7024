package org.casework.web.client;

/** An API did not answer (down, timed out, or a server error): worth trying again. */
public class ApiUnavailableException extends RuntimeException {

    private final String service;

    public ApiUnavailableException(String service, Throwable cause) {
        super(service + " did not answer", cause);
        this.service = service;
    }

    public String service() {
        return service;
    }
}
