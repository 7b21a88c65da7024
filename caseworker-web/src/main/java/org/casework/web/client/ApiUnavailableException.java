package org.casework.web.client;

/**
 * An API did not answer (down, timed out, or a server error): worth trying again. After a timeout the
 * service may have done the work all the same, so a page must not claim that nothing happened.
 */
public class ApiUnavailableException extends RuntimeException {

    private final String service;
    private final boolean timedOut;

    public ApiUnavailableException(String service, Throwable cause, boolean timedOut) {
        super(service + " did not answer", cause);
        this.service = service;
        this.timedOut = timedOut;
    }

    public String service() {
        return service;
    }

    public boolean timedOut() {
        return timedOut;
    }
}
