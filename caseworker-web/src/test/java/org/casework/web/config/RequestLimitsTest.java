package org.casework.web.config;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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

    @Test
    void aFormOfTwoMegabytesWithoutFilesIsRefusedBeforeItIsReadEvenBeforeSignIn() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(cases.toString()))
                .header("Content-Type", "application/x-www-form-urlencoded").expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofString("q=" + "a".repeat(2 * 1024 * 1024))).build();

        // with Expect: 100-continue the body is sent only if the server asks for it; the answer comes first
        HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());

        Document page = assertErrorPage(answer, 413, "The form is too large");
        assertThat(page.select("main p").first().text()).contains("accepts up to 1,048,576 for a form without files");
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
