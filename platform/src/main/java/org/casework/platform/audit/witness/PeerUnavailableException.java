package org.casework.platform.audit.witness;

/**
 * A peer (or the token issuer) could not be asked this time: down, slow, overloaded, or answering
 * something that is not a checkpoint. Nothing is recorded; the next run asks again.
 */
public class PeerUnavailableException extends RuntimeException {

    public PeerUnavailableException(String message) {
        super(message, null, false, false);
    }

    public PeerUnavailableException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
