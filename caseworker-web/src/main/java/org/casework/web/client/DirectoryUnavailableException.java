package org.casework.web.client;

/** The directory could not say who a subject is this time (no token, no answer, an error answer). */
public class DirectoryUnavailableException extends RuntimeException {

    public DirectoryUnavailableException(String message) {
        super(message);
    }

    public DirectoryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
