package org.casework.local;

import java.util.Map;

/** What caseworker-web needs to run against a Keycloak and the three services on this machine (plain HTTP). */
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
                // local HTTP: a browser drops Secure cookies on http://127.0.0.1
                "CASEWORK_WEB_SECURE_COOKIES", "false",
                "CASE_SERVICE_URL", cases,
                "NOTICE_SERVICE_URL", notices,
                "REPRESENTATION_SERVICE_URL", representations);
    }
}
