package org.casework.platform.security;

import java.util.Map;

import io.quarkus.security.AuthenticationFailedException;

/**
 * Marks a person's token that does not show multi-factor authentication. The identity is never
 * established, so no role check can let it through; the answer is the RFC 9470 step-up challenge.
 */
public class MfaRequiredException extends SecurityException {

    public static final String ATTRIBUTE = "casework.mfa-required";

    public MfaRequiredException() {
        super("token lacks the required authentication context class", null);
    }

    /** The authentication failure Quarkus expects, carrying this marker as cause and attribute. */
    public static AuthenticationFailedException asAuthenticationFailure() {
        return new AuthenticationFailedException("multi-factor authentication required", new MfaRequiredException(),
                Map.of(ATTRIBUTE, Boolean.TRUE));
    }
}
