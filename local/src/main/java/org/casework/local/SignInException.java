package org.casework.local;

/** A sign-in that did not give a token, with the reason a person can act on. */
public final class SignInException extends IllegalStateException {

    /** What went wrong, each with the exit code of {@code local/token}. */
    public enum Reason {
        /** Keycloak does not answer, or has no such realm or client. */
        KEYCLOAK_UNAVAILABLE(3),
        /** Keycloak refused the password (changed, or the account locked after failed attempts). */
        PASSWORD_REFUSED(4),
        /** Keycloak refused the one-time code, also after waiting for a fresh one. */
        CODE_REFUSED(5),
        /** Keycloak answered with something a browser sign-in does not expect. */
        UNEXPECTED(1);

        private final int exitCode;

        Reason(int exitCode) {
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }

    private final Reason reason;

    public SignInException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public SignInException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
