package org.casework.audit.proof;

/** A key that is not a PEM Ed25519 key of the expected kind. */
public class KeyFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public KeyFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
