package org.casework.web.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.casework.web.ApiStubs;
import org.casework.web.People;
import org.casework.web.testing.PageClient;
import org.casework.web.testing.StubAnswers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.github.tomakehurst.wiremock.http.Fault;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;

/**
 * How the typed clients call the APIs: whose token, what a dropped connection or a slow read becomes, what is retried.
 * The tests that break a connection run last ({@link Order}): after the stub server has reset or closed a connection
 * on purpose, it sometimes answered the next new connection (the hearing upload's, the only call on the long client)
 * 500 without ever recording the request (5 runs in 24 here, and one CI run), so the breaking tests must not come
 * before a test that opens a connection of its own.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestSecurity(user = "ada", roles = "caseworker")
@OidcSecurity(claims = @Claim(key = "sub", value = People.ADA))
class ApiClientsTest {

    /** After every test that keeps its connections whole (those run at {@link Order#DEFAULT}). */
    private static final int BREAKS_A_CONNECTION = Order.DEFAULT + 1;
    private static final String CASE = ApiStubs.CASES + "/cases/" + ApiStubs.CASE_ID;
    private static final String HEARING = "4ea00000-0000-4000-8000-000000000001";
    private static final String DOCUMENT = ApiStubs.NOTICES + "/notices/" + ApiStubs.NOI_ID + "/document";

    @BeforeEach
    void stubs() {
        ApiStubs.defaults();
    }

    @Test
    void everyCallCarriesThePersonsOwnToken() {
        PageClient.page("/cases/" + ApiStubs.CASE_ID);

        ApiStubs.server().verify(getRequestedFor(urlEqualTo(CASE)).withHeader("Authorization", matching("Bearer .+"))
                .withHeader("Accept", equalTo("application/json, application/problem+json, */*")));
    }

    @Test
    void aDownloadIsPassedOnWithTheServicesNameLengthAndEtag() {
        ApiStubs.stub(get(urlEqualTo(DOCUMENT)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/pdf").withHeader("ETag", "\"ab12\"")
                .withHeader("Content-Disposition", "attachment; filename=\"NOI-2026-0001.pdf\"").withBody("%PDF-1.7 test")));

        Response r = PageClient.fetch("/notices/" + ApiStubs.NOI_ID + "/document");

        r.then().statusCode(200).contentType("application/pdf").header("ETag", "\"ab12\"").header("Content-Length", "13")
                .header("Content-Disposition", "attachment; filename=\"NOI-2026-0001.pdf\"");
        assertThat(r.asString()).isEqualTo("%PDF-1.7 test");
    }

    @Test
    void aDownloadTheServiceCannotServeIsTriedOnceMoreThenTheServiceDidNotAnswer() {
        ApiStubs.stub(get(urlEqualTo(DOCUMENT)).willReturn(aResponse().withStatus(503).withBody("internals")));

        Document page = PageClient.page("/notices/" + ApiStubs.NOI_ID + "/document", 503);

        assertThat(page.select("main p").first().text()).isEqualTo("The notice service did not answer. Try again in a few minutes.");
        ApiStubs.server().verify(2, getRequestedFor(urlEqualTo(DOCUMENT)));
    }

    /** The hearing's record form posted as a browser does, with two documents, each a part named files. */
    private static Response recordHearingWithTwoDocuments(String page) {
        Response form = PageClient.fetch(page);
        String token = Jsoup.parse(form.asString()).select("input[name=" + PageClient.CSRF + "]").first().val();
        return given().redirects().follow(false).cookie(PageClient.CSRF, form.getCookie(PageClient.CSRF))
                .multiPart(PageClient.CSRF, token).multiPart("held-on-day", "1").multiPart("held-on-month", "12")
                .multiPart("held-on-year", "2026").multiPart("held-note", "Two documents")
                .multiPart("files", "slides.pdf", "%PDF-1.4 slides".getBytes(StandardCharsets.UTF_8), "application/pdf")
                .multiPart("files", "minutes.pdf", "%PDF-1.4 minutes".getBytes(StandardCharsets.UTF_8), "application/pdf")
                .when().post(page + "/hearing-requests/" + HEARING + "/record");
    }

    @Test
    @Order(BREAKS_A_CONNECTION)
    void aDroppedConnectionIsAServiceThatDidNotAnswerAndAReadIsTriedOnceMore() {
        ApiStubs.stub(get(urlEqualTo(CASE)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        Document page = PageClient.page("/cases/" + ApiStubs.CASE_ID, 503);

        assertThat(page.select("main p").first().text()).isEqualTo("The case service did not answer. Try again in a few minutes.");
        ApiStubs.server().verify(2, getRequestedFor(urlEqualTo(CASE)));
    }

    @Test
    @Order(BREAKS_A_CONNECTION)
    void aReadThatTimedOutIsNotTriedAgain() {
        ApiStubs.stub(get(urlEqualTo(CASE)).willReturn(StubAnswers.json(200, StubAnswers.fixture("case.json")).withFixedDelay(2_500)));

        PageClient.page("/cases/" + ApiStubs.CASE_ID, 503);

        ApiStubs.server().verify(1, getRequestedFor(urlEqualTo(CASE)));
    }

    /** Browsers send each file as a part of its own, and so does the web UI: never one multipart/mixed part of several. */
    @Test
    void aHearingRecordsDocumentsAreEachAPartNamedFiles() {
        String page = "/representations/" + ApiStubs.REPRESENTATION_ID;
        String api = ApiStubs.REPRESENTATIONS + "/hearing-requests/" + HEARING + "/record";
        ApiStubs.stub(post(urlEqualTo(api)).willReturn(StubAnswers.json(201, "{}")));

        Response r = recordHearingWithTwoDocuments(page);
        if (r.statusCode() == 503 && ApiStubs.server().findAll(postRequestedFor(urlEqualTo(api))).isEmpty()) {
            // The stub server, not the web UI, failed: now and then WireMock answers this streamed upload 500 before it
            // has taken the request in (nothing recorded; 2 of 4 clean-clone CI runs on 2026-12-06), and the web UI
            // answers 503 as it must. Once more; an upload the stub cannot take in twice still fails here.
            r = recordHearingWithTwoDocuments(page);
        }

        r.then().statusCode(303);
        ApiStubs.server().verify(postRequestedFor(urlEqualTo(api))
                .withHeader("Content-Type", containing("multipart/form-data"))
                .withRequestBodyPart(aMultipart("files").withHeader("Content-Disposition", containing("filename=\"slides.pdf\""))
                        .withHeader("Content-Type", equalTo("application/pdf")).withBody(equalTo("%PDF-1.4 slides")).build())
                .withRequestBodyPart(aMultipart("files").withHeader("Content-Disposition", containing("filename=\"minutes.pdf\""))
                        .withBody(equalTo("%PDF-1.4 minutes")).build()));
    }

    @Test
    @Order(BREAKS_A_CONNECTION)
    void aChangeIsNeverRetriedAndADroppedConnectionSaysNothingWasDone() {
        ApiStubs.stub(post(urlEqualTo(CASE + "/transitions")).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

        Response r = PageClient.submit("/cases/" + ApiStubs.CASE_ID, "/cases/" + ApiStubs.CASE_ID + "/transition",
                Map.of("to", "INVESTIGATING", "reason", "Evidence received"));

        r.then().statusCode(503);
        assertThat(PageClient.parse(r).select(".govuk-notification-banner").text()).contains("Nothing was done because "
                + "the case service did not answer");
        ApiStubs.server().verify(1, postRequestedFor(urlEqualTo(CASE + "/transitions")));
    }
}
