package org.casework.web.config;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.casework.web.ApiStubs;
import org.casework.web.People;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

/** An over-long address or over-large headers get the service's error page, not the server's empty answer. */
@QuarkusTest
class RequestLimitsTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TestHTTPResource("/cases")
    URL cases;

    @BeforeEach
    void stubs() {
        ApiStubs.defaults();
    }

    @Test
    @TestSecurity(user = "ada", roles = "caseworker")
    @OidcSecurity(claims = @Claim(key = "sub", value = People.ADA))
    void aSearchOfFiveThousandCharactersIsThePageSayingTheAddressIsTooLongWithALinkToTheCaseList() throws Exception {
        HttpResponse<String> answer = get("?q=" + "a".repeat(5_000), null);

        Document page = assertErrorPage(answer, 414, "The web address is too long");
        assertThat(page.select("main p").first().text()).isEqualTo("The address has 5,009 characters; this service "
                + "accepts up to 4,096. Search with fewer or shorter words, or start again from the case list.");
        assertThat(page.select("main a").attr("href")).isEqualTo("/cases");
        assertThat(page.select("main a").text()).isEqualTo("Go to the case list");
        ApiStubs.server().verify(0, getRequestedFor(urlPathEqualTo(ApiStubs.CASES + "/cases")));
    }

    /**
     * Declares a 2 MB form and sends none of it: the page can only come back if the server answers from the
     * headers, before reading the body. (A raw socket: the JDK 17 client waits for ever when a request with
     * Expect: 100-continue is answered with a final status.)
     */
    @Test
    void aFormOfTwoMegabytesWithoutFilesIsRefusedBeforeItIsReadEvenBeforeSignIn() throws Exception {
        try (Socket socket = new Socket(cases.getHost(), cases.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST " + cases.getPath() + " HTTP/1.1\r\nHost: " + cases.getHost() + ":"
                    + cases.getPort() + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                    + 2 * 1024 * 1024 + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = readHead(socket.getInputStream());

            assertThat(answer).startsWith("HTTP/1.1 413 ");
            String lower = answer.toLowerCase(java.util.Locale.ROOT);
            assertThat(lower).contains("content-type: text/html;charset=utf-8", "connection: close",
                    "content-security-policy:");
            Document page = Jsoup.parse(answer.substring(answer.indexOf("\r\n\r\n") + 4));
            assertThat(page.title()).isEqualTo("The form is too large – Casework");
            assertThat(page.select("main p").first().text()).contains("accepts up to 1,048,576 for a form without files");
        }
    }

    /** The answer as far as the server sends it: the page is short, and the connection closes after it. */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
            }
        } catch (java.net.SocketTimeoutException e) {
            // what arrived is the answer
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void someoneNotSignedInGetsTheSamePageRatherThanBeingSentToSignIn() throws Exception {
        HttpResponse<String> answer = get("?q=" + "a".repeat(5_000), null);

        assertErrorPage(answer, 414, "The web address is too long");
    }

    @Test
    @TestSecurity(user = "ada", roles = "caseworker")
    @OidcSecurity(claims = @Claim(key = "sub", value = People.ADA))
    void aCookieOfTwentyFiveKilobytesIsThePageSayingTheBrowserSentTooMuch() throws Exception {
        HttpResponse<String> answer = get("?q=loyalty", "a".repeat(25_000));

        Document page = assertErrorPage(answer, 431, "Your browser sent too much information");
        assertThat(page.select("main p").first().text()).contains("this service accepts up to 20,480")
                .contains("Delete this site's cookies");
        assertThat(page.select("main a").attr("href")).isEqualTo("/cases");
    }

    @Test
    @TestSecurity(user = "ada", roles = "caseworker")
    @OidcSecurity(claims = @Claim(key = "sub", value = People.ADA))
    void anAddressOfExactlyTheLimitAndLargeButAllowedHeadersAreServed() throws Exception {
        String q = "a".repeat(4_096 - cases.getPath().length() - "?q=".length());

        HttpResponse<String> answer = get("?q=" + q, "a".repeat(15_000));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        ApiStubs.server().verify(getRequestedFor(urlPathEqualTo(ApiStubs.CASES + "/cases")).withQueryParam("q", equalTo(q)));
    }

    @Test
    @TestSecurity(user = "ada", roles = "caseworker")
    @OidcSecurity(claims = @Claim(key = "sub", value = People.ADA))
    void aNormalSearchStillWorksAndItsFieldsStopAtWhatCaseServiceAccepts() throws Exception {
        HttpResponse<String> answer = get("?q=loyalty", null);

        assertThat(answer.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(answer.body());
        assertThat(page.select("tbody tr")).hasSize(2);
        assertThat(page.select("#q").val()).isEqualTo("loyalty");
        assertThat(page.select("#q").attr("maxlength")).isEqualTo("200");
        assertThat(page.select("#organisation").attr("maxlength")).isEqualTo("200");
    }

    private static Document assertErrorPage(HttpResponse<String> answer, int status, String title) {
        assertThat(answer.statusCode()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(answer.headers().firstValue("Connection")).hasValue("close");
        assertThat(answer.headers().firstValue("Content-Security-Policy")).isPresent();
        Document page = Jsoup.parse(answer.body());
        assertThat(page.title()).isEqualTo(title + " – Casework");
        assertThat(page.select("h1").text()).isEqualTo(title);
        return page;
    }

    private HttpResponse<String> get(String query, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(cases + query)).GET();
        if (cookie != null) {
            request.header("Cookie", "big=" + cookie);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
