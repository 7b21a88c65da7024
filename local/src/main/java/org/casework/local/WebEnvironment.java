package org.casework.local;

import java.util.Map;

/** What the web modules need to run against a Keycloak and the services on this machine (plain HTTP). */
public final class WebEnvironment {

    /** The realm's local secret for the casework-web client (production sets its own). */
    public static final String CLIENT_SECRET = "local-casework-web-secret";
    /** The realm's local secret for casework-directory, the client that reads people's names. */
    public static final String DIRECTORY_SECRET = "local-casework-directory-secret";

    private WebEnvironment() {
    }

    public static Map<String, String> of(String issuer, String cases, String notices, String representations) {
        return Map.of(
                "OIDC_AUTH_SERVER_URL", issuer,
                "CASEWORK_WEB_CLIENT_SECRET", CLIENT_SECRET,
                "CASEWORK_DIRECTORY_CLIENT_SECRET", DIRECTORY_SECRET,
                // the production build requires it (no fallback): new for each run, like portal-web's
                "CASEWORK_WEB_CSRF_KEY", randomKey(),
                // local HTTP: a browser drops Secure cookies on http://127.0.0.1
                "CASEWORK_WEB_SECURE_COOKIES", "false",
                "CASE_SERVICE_URL", cases,
                "NOTICE_SERVICE_URL", notices,
                "REPRESENTATION_SERVICE_URL", representations);
    }

    /**
     * What portal-web needs: the realm's public client casework-portal (no secret), and keys for its state and session
     * cookies, new for each run (a sign-in does not outlive the run that began it).
     */
    public static Map<String, String> portal(String issuer, String notices, String representations) {
        return Map.of(
                "OIDC_AUTH_SERVER_URL", issuer,
                "CASEWORK_PORTAL_SECURE_COOKIES", "false",
                "CASEWORK_PORTAL_STATE_SECRET", randomKey(),
                "CASEWORK_PORTAL_SESSION_SECRET", randomKey(),
                "CASEWORK_PORTAL_CSRF_KEY", randomKey(),
                "NOTICE_SERVICE_URL", notices,
                "REPRESENTATION_SERVICE_URL", representations);
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return java.util.HexFormat.of().formatHex(key);
    }
}
