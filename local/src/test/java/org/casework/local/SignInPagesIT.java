package org.casework.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keycloak's sign-in pages with the realm's GOV.UK theme (module keycloak-theme), as a browser gets them: the
 * password page, the one-time-code page, and each with a wrong answer (error summary linked to the field, the
 * message beside it); the stylesheet and every font and image it names are served.
 */
class SignInPagesIT {

    private static final Pattern CSS_URL = Pattern.compile("url\\(([^)]+)\\)");

    private static LocalParts parts;

    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, String> cookies = new LinkedHashMap<>();

    @BeforeAll
    static void start() throws Exception {
        parts = LocalParts.get();
    }

    @Test
    void theSignInPageIsAGovukPageWithItsStylesheetFontsAndImagesServed() throws Exception {
        HttpResponse<String> page = get(authorisationUrl());
        Document doc = Jsoup.parse(page.body(), page.uri().toString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(doc.select("html").hasClass("govuk-template")).isTrue();
        assertThat(doc.title()).isEqualTo("Sign in to Casework – Casework");
        assertThat(doc.select("a.govuk-skip-link").attr("href")).isEqualTo("#main-content");
        assertThat(doc.select("h1#kc-page-title").text()).isEqualTo("Sign in to Casework");
        assertThat(doc.select("label[for=username]").text()).isEqualTo("Username or email address");
        assertThat(doc.select("input#username").attr("autocomplete")).isEqualTo("username");
        assertThat(doc.select("label[for=password]").text()).isEqualTo("Password");
        assertThat(doc.select("input#password").attr("autocomplete")).isEqualTo("current-password");
        assertThat(doc.select("button#kc-login.govuk-button").text()).isEqualTo("Sign in");
        assertThat(doc.select(".govuk-error-summary")).isEmpty();
        assertThat(doc.select("main p.govuk-body").text()).contains("your organisation's Casework administrator");

        var stylesheets = doc.select("link[rel=stylesheet]");
        assertThat(stylesheets).hasSize(2);
        for (Element sheet : stylesheets) {
            HttpResponse<String> css = get(sheet.absUrl("href"));
            assertThat(css.statusCode()).as(sheet.absUrl("href")).isEqualTo(200);
            assertThat(css.headers().firstValue("Content-Type").orElse("")).startsWith("text/css");
            Matcher urls = CSS_URL.matcher(css.body());
            while (urls.find()) {
                URI asset = URI.create(sheet.absUrl("href")).resolve(urls.group(1));
                assertThat(get(asset.toString()).statusCode()).as(asset.toString()).isEqualTo(200);
            }
        }
    }

    @Test
    void aWrongPasswordIsSummarisedAtTheTopLinkedToTheFieldAndSaidBesideIt() throws Exception {
        Document login = page(get(authorisationUrl()));
        Document refused = page(post(login.select("form#kc-form-login").attr("action"),
                Map.of("username", "betty", "password", "not-her-password", "credentialId", "")));

        assertThat(refused.title()).startsWith("Error: Sign in to Casework");
        Element summary = refused.selectFirst(".govuk-error-summary");
        assertThat(summary).isNotNull();
        assertThat(summary.select(".govuk-error-summary__title").text()).isEqualTo("There is a problem");
        assertThat(summary.select("a").attr("href")).isEqualTo("#username");
        assertThat(summary.select("a").text()).startsWith("Enter a correct username and password");
        assertThat(refused.select(".govuk-form-group--error #username-error").text())
                .isEqualTo("Error: Enter a correct username and password. Usernames and passwords are case-sensitive.");
        assertThat(refused.select("input#username").attr("aria-describedby")).isEqualTo("username-error");
        assertThat(refused.select("input#username").val()).isEqualTo("betty");
    }

    @Test
    void theCodePageNamesWhoIsSigningInAndAWrongCodeIsSaidBesideTheField() throws Exception {
        DemoUsers.DemoUser grace = parts.users.named("grace");
        Document login = page(get(authorisationUrl()));
        Document code = page(post(login.select("form#kc-form-login").attr("action"),
                Map.of("username", grace.username(), "password", grace.password(), "credentialId", "")));

        assertThat(code.select("h1").text()).isEqualTo("Enter the code from your authenticator app");
        assertThat(code.select("#kc-attempted-username").text()).isEqualTo("grace");
        assertThat(code.select("a#reset-login").text()).isEqualTo("Not you? Start again");
        Element input = code.selectFirst("input#otp");
        assertThat(input).isNotNull();
        assertThat(input.attr("inputmode")).isEqualTo("numeric");
        assertThat(input.attr("autocomplete")).isEqualTo("one-time-code");
        assertThat(input.attr("aria-describedby")).isEqualTo("otp-hint");
        assertThat(code.select("label[for=otp]").text()).isEqualTo("Code from your authenticator app");

        Document refused = page(post(code.select("form#kc-otp-login-form").attr("action"), Map.of("otp", "12345x")));
        assertThat(refused.title()).startsWith("Error: ");
        assertThat(refused.select(".govuk-error-summary a").attr("href")).isEqualTo("#otp");
        assertThat(refused.select("#otp-error").text())
                .isEqualTo("Error: The code is not right. Enter the code your authenticator app shows now.");
        assertThat(refused.select("input#otp").attr("aria-describedby")).isEqualTo("otp-hint otp-error");
    }

    private String authorisationUrl() {
        SignIn.Client web = SignIn.Client.web();
        return parts.keycloak.issuer() + "/protocol/openid-connect/auth?client_id=" + web.clientId()
                + "&response_type=code&scope=openid&state=pages&code_challenge_method=S256&code_challenge="
                // the client requires PKCE; no code is exchanged here, so the verifier is never needed
                + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(KeycloakServer.sha256(new byte[32]))
                + "&redirect_uri=" + URLEncoder.encode(web.redirectUri(), StandardCharsets.UTF_8);
    }

    /** A page as shown; Keycloak answers a refused password or code with its page again, 200. */
    private static Document page(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.uri().toString()).isEqualTo(200);
        return Jsoup.parse(answer.body(), answer.uri().toString());
    }

    private HttpResponse<String> get(String url) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private HttpResponse<String> post(String url, Map<String, String> fields) throws Exception {
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** Keycloak marks its cookies Secure even on http, so they are kept here rather than by a CookieManager. */
    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        if (!cookies.isEmpty()) {
            request.header("Cookie", String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
        }
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String header : answer.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return answer;
    }
}
