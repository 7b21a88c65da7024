package org.casework.notices.client;

/** Another service could not do what was asked. */
public abstract class DownstreamException extends RuntimeException {

    private final String service;

    protected DownstreamException(String service, String message, Throwable cause) {
        super(message, cause);
        this.service = service;
    }

    public String service() {
        return service;
    }
}
