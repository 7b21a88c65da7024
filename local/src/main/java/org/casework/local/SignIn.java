package org.casework.local;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.casework.local.SignInException.Reason;

/**
 * Signs a person in the way a browser does, over plain HTTP: the authorisation-code flow with PKCE,
 * the password form, the one-time-code form, then the code exchanged for tokens. Cookies are kept
 * by hand (Keycloak marks them Secure even on http, which the JDK's cookie manager then drops).
 * Every failure is a {@link SignInException} saying what to do.
 */
public final class SignIn {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** A code refused once is retried with the next window's; a second refusal is final. */
    private static final int CODE_ATTEMPTS = 2;

    /** A client people sign in through: its id, its secret (null for a public client), a registered redirect. */
    public record Client(String clientId, String secret, String redirectUri) {
        public static Client web() {
            return new Client("casework-web", "local-casework-web-secret", "http://127.0.0.1:8080/callback");
        }

        public static Client portal() {
            return new Client("casework-portal", null, "http://127.0.0.1:8090/callback");
        }

        /** The API-docs client: no minimum level, so a password alone gives a token (with acr 1) that every API refuses. */
        public static Client apiDocs() {
            return new Client("casework-api-docs", null, "http://127.0.0.1:8099/callback");
        }

        /** Swagger UI's client: public, PKCE, minimum level 2 (the one-time code), as case-service's Swagger UI uses it. */
        public static Client swaggerUi() {
            return new Client("casework-swagger-ui", null, "http://127.0.0.1:8081/q/swagger-ui/oauth2-redirect.html");
        }
    }

    private final String issuer;
    private final OneTimeCodes codes;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public SignIn(String issuer) {
        this(issuer, OneTimeCodes.shared());
    }

    public SignIn(String issuer, OneTimeCodes codes) {
        this.issuer = issuer;
        this.codes = codes;
    }

    public String issuer() {
        return issuer;
    }

    /** An access token for the person, with MFA (acr 2) unless the client allows less and no code is asked. */
    public String accessToken(DemoUsers.DemoUser user, Client client) throws IOException, InterruptedException {
        cookies.clear();
        String verifier = random();
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(verifier));
        HttpResponse<String> page = get(issuer + "/protocol/openid-connect/auth?" + form(Map.of(
                "client_id", client.clientId(), "response_type", "code", "scope", "openid",
                "redirect_uri", client.redirectUri(), "state", random(), "code_challenge", challenge,
                "code_challenge_method", "S256")));
        LoginPages.requireLoginForm(page, issuer, client.clientId());
        HttpResponse<String> answer = post(LoginPages.formAction(page), Map.of("username", user.username(), "password",
                user.password(), "credentialId", ""));
        if (LoginPages.isPasswordForm(answer)) {
            throw new SignInException(Reason.PASSWORD_REFUSED, "Keycloak refused " + user.username() + "'s password "
                    + "(the one in keycloak/regulator-realm.json). Was it changed in the admin console, or is the account "
                    + "locked for a while after repeated failures?");
        }
        for (int attempt = 1; LoginPages.isCodeForm(answer); attempt++) {
            if (attempt > CODE_ATTEMPTS) {
                throw new SignInException(Reason.CODE_REFUSED, "Keycloak refused " + user.username() + "'s one-time code "
                        + CODE_ATTEMPTS + " times. Is this machine's clock right (local/totp " + user.username()
                        + " shows the code)? Was the secret changed in the admin console?");
            }
            answer = post(LoginPages.formAction(answer), Map.of("otp", codes.fresh(user), "login", "Sign In"));
        }
        String code = LoginPages.authorizationCode(answer, user.username());
        Map<String, String> exchange = new LinkedHashMap<>(Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", client.redirectUri(), "client_id", client.clientId(), "code_verifier", verifier));
        if (client.secret() != null) {
            exchange.put("client_secret", client.secret());
        }
        HttpResponse<String> tokens = post(issuer + "/protocol/openid-connect/token", exchange);
        if (tokens.statusCode() != 200) {
            throw new SignInException(Reason.UNEXPECTED, "Keycloak refused to exchange the sign-in code of "
                    + user.username() + " (" + tokens.statusCode() + "): " + tokens.body());
        }
        return MAPPER.readTree(tokens.body()).path("access_token").asText();
    }

    /** Whether Keycloak still honours the token (its session lives, its key is the realm's): asked of the userinfo endpoint. */
    public boolean honours(String accessToken) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/userinfo"))
                .header("Authorization", "Bearer " + accessToken).GET()).statusCode() == 200;
    }

    /** A machine client's token (client credentials). */
    public String serviceToken(String clientId, String secret) throws IOException, InterruptedException {
        HttpResponse<String> tokens = post(issuer + "/protocol/openid-connect/token", Map.of(
                "grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
        if (tokens.statusCode() != 200) {
            throw new SignInException(Reason.UNEXPECTED, "client credentials of " + clientId + " refused: " + tokens.statusCode());
        }
        return MAPPER.readTree(tokens.body()).path("access_token").asText();
    }

    /**
     * A one-time code not used before in this JVM and not about to expire, for a sign-in driven elsewhere
     * (a browser): sign-ins of one JVM share this guard.
     */
    public static String freshCode(DemoUsers.DemoUser user) throws InterruptedException {
        return OneTimeCodes.shared().fresh(user);
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private HttpResponse<String> post(String url, Map<String, String> fields) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header("Cookie", String.join("; ", cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).toList()));
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new SignInException(Reason.KEYCLOAK_UNAVAILABLE, "Keycloak does not answer at " + issuer + " ("
                    + e.getClass().getSimpleName() + "). Is the suite running? Start it with ./local/run "
                    + "(or set CASEWORK_ISSUER to the realm's address).", e);
        }
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return response;
    }

    private static String form(Map<String, String> fields) {
        StringBuilder sb = new StringBuilder();
        fields.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return sb.toString();
    }

    static String queryParameter(String url, String name) {
        String query = URI.create(url).getRawQuery();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv[0].equals(name) && kv.length == 2) {
                return URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static String random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
