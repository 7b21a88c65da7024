package org.casework.local;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casework.local.SignInException.Reason;

/** Reads Keycloak's sign-in pages: which form is shown, where it posts, and the code at the end. */
final class LoginPages {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");

    private LoginPages() {
    }

    /** The first page must be the password form; anything else means no such realm or client, or a redirect refused. */
    static void requireLoginForm(HttpResponse<String> page, String issuer, String clientId) {
        if (page.statusCode() == 200 && isPasswordForm(page)) {
            return;
        }
        if (page.statusCode() == 404) {
            throw new SignInException(Reason.KEYCLOAK_UNAVAILABLE, "Keycloak at " + issuer + " has no such realm (404). "
                    + "Is the suite running with keycloak/regulator-realm.json? ./local/run imports it.");
        }
        throw new SignInException(Reason.KEYCLOAK_UNAVAILABLE, "Keycloak did not show its sign-in form for client "
                + clientId + " (" + page.statusCode() + "). Is the realm current? ./local/run re-imports a changed realm file.");
    }

    static boolean isPasswordForm(HttpResponse<String> page) {
        return page.statusCode() == 200 && page.body().contains("name=\"password\"");
    }

    static boolean isCodeForm(HttpResponse<String> page) {
        return page.statusCode() == 200 && page.body().contains("name=\"otp\"");
    }

    static String formAction(HttpResponse<String> page) {
        Matcher m = FORM_ACTION.matcher(page.body());
        if (!m.find()) {
            throw new SignInException(Reason.UNEXPECTED, "Keycloak's page has no form (" + page.statusCode() + ")");
        }
        return m.group(1).replace("&amp;", "&");
    }

    /** The authorisation code from the final redirect; another page means Keycloak wants something else first. */
    static String authorizationCode(HttpResponse<String> answer, String username) {
        String location = answer.headers().firstValue("Location").orElse(null);
        String code = location == null ? null : SignIn.queryParameter(location, "code");
        if (code == null) {
            throw new SignInException(Reason.UNEXPECTED, "the sign-in of " + username + " did not complete: Keycloak answered "
                    + answer.statusCode() + (location == null ? "" : " to " + location) + " instead of a sign-in code "
                    + "(a required action such as a new password or one-time-code set-up?)");
        }
        return code;
    }
}
