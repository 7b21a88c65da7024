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
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Signs a person in the way a browser does, over plain HTTP: the authorisation-code flow with PKCE,
 * the password form, the one-time-code form, then the code exchanged for tokens. Cookies are kept
 * by hand (Keycloak marks them Secure even on http, which the JDK's cookie manager then drops).
 */
public final class SignIn {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A client people sign in through: its id, its secret (null for a public client), a registered redirect. */
    public record Client(String clientId, String secret, String redirectUri) {
        public static Client web() {
            return new Client("casework-web", "local-casework-web-secret", "http://127.0.0.1:8080/callback");
        }

        public static Client portal() {
            return new Client("casework-portal", null, "http://127.0.0.1:8090/callback");
        }

        /** Swagger UI's client: no minimum level, so a password alone gives a token (with acr 1). */
        public static Client apiDocs() {
            return new Client("casework-api-docs", null, "http://127.0.0.1:8099/callback");
        }
    }

    /** The time step of each user's last code: Keycloak accepts a code once, so a second sign-in waits for the next. */
    private static final Map<String, Long> LAST_STEP = new java.util.concurrent.ConcurrentHashMap<>();

    private final String issuer;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public SignIn(String issuer) {
        this.issuer = issuer;
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
        HttpResponse<String> answer = post(action(page), Map.of("username", user.username(), "password",
                user.password(), "credentialId", ""));
        if (answer.statusCode() == 200) {
            answer = post(action(answer), Map.of("otp", freshCode(user), "login", "Sign In"));
        }
        HttpResponse<String> last = answer;
        String location = last.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("sign-in of " + user.username() + " did not complete ("
                        + last.statusCode() + ")"));
        String code = queryParameter(location, "code");
        Map<String, String> exchange = new LinkedHashMap<>(Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", client.redirectUri(), "client_id", client.clientId(), "code_verifier", verifier));
        if (client.secret() != null) {
            exchange.put("client_secret", client.secret());
        }
        HttpResponse<String> tokens = post(issuer + "/protocol/openid-connect/token", exchange);
        if (tokens.statusCode() != 200) {
            throw new IllegalStateException("code exchange failed: " + tokens.statusCode() + " " + tokens.body());
        }
        return MAPPER.readTree(tokens.body()).path("access_token").asText();
    }

    /** A machine client's token (client credentials). */
    public String serviceToken(String clientId, String secret) throws IOException, InterruptedException {
        HttpResponse<String> tokens = post(issuer + "/protocol/openid-connect/token", Map.of(
                "grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
        if (tokens.statusCode() != 200) {
            throw new IllegalStateException("client credentials refused: " + tokens.statusCode());
        }
        return MAPPER.readTree(tokens.body()).path("access_token").asText();
    }

    /**
     * A one-time code not used before and not about to expire: Keycloak refuses a code twice, and
     * sign-ins in one JVM (over HTTP here, or in a browser) share this guard.
     */
    public static synchronized String freshCode(DemoUsers.DemoUser user) throws InterruptedException {
        while (Totp.secondsLeft(Instant.now()) < 3
                || Long.valueOf(Instant.now().getEpochSecond() / 30).equals(LAST_STEP.get(user.username()))) {
            Thread.sleep(Totp.secondsLeft(Instant.now()) * 1000 + 100);
        }
        LAST_STEP.put(user.username(), Instant.now().getEpochSecond() / 30);
        return user.currentCode();
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
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(15)).build(),
                HttpResponse.BodyHandlers.ofString());
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return response;
    }

    private static String action(HttpResponse<String> page) {
        Matcher m = FORM_ACTION.matcher(page.body());
        if (!m.find()) {
            throw new IllegalStateException("no sign-in form (" + page.statusCode() + ")");
        }
        return m.group(1).replace("&amp;", "&");
    }

    private static String form(Map<String, String> fields) {
        StringBuilder sb = new StringBuilder();
        fields.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return sb.toString();
    }

    private static String queryParameter(String url, String name) {
        String query = URI.create(url).getRawQuery();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv[0].equals(name)) {
                return URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
            }
        }
        throw new IllegalStateException("no " + name + " in " + url);
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
