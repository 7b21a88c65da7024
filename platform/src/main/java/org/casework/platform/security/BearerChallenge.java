package org.casework.platform.security;

/** WWW-Authenticate values for bearer-token refusals (RFC 6750 and RFC 9470). */
public final class BearerChallenge {

    private static final String REALM = "realm=\"casework\"";

    private BearerChallenge() {
    }

    public static String missingToken() {
        return "Bearer " + REALM;
    }

    public static String invalidToken() {
        return "Bearer " + REALM + ", error=\"invalid_token\"";
    }

    public static String insufficientAuthentication(String acrValues) {
        return "Bearer " + REALM + ", error=\"insufficient_user_authentication\""
                + ", error_description=\"Multi-factor authentication is required\""
                + ", acr_values=\"" + acrValues + "\"";
    }
}
