package org.casework.web.page;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.casework.web.ApiStubs;
import org.casework.web.People;
import org.casework.web.testing.PageClient;
import org.casework.web.testing.StubAnswers;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;

/** Requests for an oral hearing on the representation page: each state, the decision and the record, by role. */
@QuarkusTest
@TestSecurity(user = "grace", roles = "decision-maker")
@OidcSecurity(claims = @Claim(key = "sub", value = People.GRACE))
class HearingFormsTest {

    private static final String PAGE = "/representations/" + ApiStubs.REPRESENTATION_ID;
    private static final String HEARING = "4ea00000-0000-4000-8000-000000000001";
    private static final String API = ApiStubs.REPRESENTATIONS + "/hearing-requests/" + HEARING;
    private static final String GRANTED = "\"status\": \"GRANTED\", \"decision\": {\"granted\": true, \"heldAt\": "
            + "\"2026-12-14T10:00\", \"place\": null, \"videoLink\": \"https://video.example/h1\", \"attendees\": "
            + "[\"Grace Hopper\", \"Jo Bloggs (Advanced)\"], \"reason\": \"Fairness\"}";
    private static final String NO_RECORD = ", \"record\": null";

    @BeforeEach
    void stubs() {
        ApiStubs.defaults();
        hearing(null);
    }

    private static void hearing(String replacement) {
        String body = StubAnswers.fixture("hearing-requests.json");
        if (replacement != null) {
            body = body.replace("\"status\": \"REQUESTED\",\n  \"decision\": null,\n  \"record\": null", replacement);
        }
        ApiStubs.answerFor(ApiStubs.REPRESENTATIONS, "/hearing-requests", ApiStubs.NOI_ID, StubAnswers.json(200, body));
    }

    @Test
    void aRequestedHearingShowsWhyAndTheDecideForm() {
        Document page = PageClient.page(PAGE);

        var card = page.select("#hearing-" + HEARING);
        assertThat(card.select(".govuk-summary-card__title-wrapper").text()).isEqualTo("Asked for 21 October 2026 at 10:00am Requested");
        assertThat(card.select(".govuk-summary-list__row").eachText()).containsExactly("Why We wish to explain our remediation in person.");
        assertThat(card.select("form[action$=/decision] input[name=hearing-decision]").eachAttr("value")).containsExactly("grant", "refuse");
        assertThat(page.select("#hearings").next().text()).contains("Schedule 16, paragraph 3(5)");
    }

    @Test
    void aGrantedHearingShowsWhenWhereAndWhoAndTheRecordForm() {
        hearing(GRANTED + NO_RECORD);

        Document page = PageClient.page(PAGE);

        assertThat(page.select(".hearing-decision").text()).isEqualTo("Granted: 14 December 2026 at 10:00am, by video at "
                + "https://video.example/h1 Attending: Grace Hopper, Jo Bloggs (Advanced) Fairness");
        assertThat(page.select("form[action$=/record][enctype=multipart/form-data] input[type=file][name=files]")).hasSize(1);
        assertThat(page.select("form[action$=/decision]")).isEmpty();
    }

    @Test
    void aRefusedHearingShowsTheReasonsAndNoForm() {
        hearing("\"status\": \"REFUSED\", \"decision\": {\"granted\": false, \"reason\": \"Written representations suffice\"}, \"record\": null");

        Document page = PageClient.page(PAGE);

        assertThat(page.select(".hearing-decision").text()).isEqualTo("Refused Written representations suffice");
        assertThat(page.select("#hearing-" + HEARING + " form")).isEmpty();
    }

    @Test
    void aHeldHearingShowsItsRecordAndDocuments() {
        hearing(GRANTED.replace("GRANTED", "HELD") + ", \"record\": {\"heldOn\": \"2026-12-14\", \"attendees\": [\"Grace Hopper\"], "
                + "\"note\": \"Remediation explained\", \"documents\": [{\"id\": \"d0c00000-0000-4000-8000-000000000009\", "
                + "\"fileName\": \"slides.pdf\", \"contentType\": \"application/pdf\", \"size\": 2048, \"sha256\": \"cdcd\"}]}");

        Document page = PageClient.page(PAGE);

        assertThat(page.select(".hearing-record").text()).isEqualTo("14 December 2026 Attended: Grace Hopper "
                + "Remediation explained slides.pdf (2 KB) SHA-256 cdcd");
        assertThat(page.select(".hearing-record a").attr("href")).isEqualTo(PAGE + "/hearing-requests/" + HEARING
                + "/documents/d0c00000-0000-4000-8000-000000000009");
        assertThat(page.select("#hearing-" + HEARING + " form")).isEmpty();
    }

    @Test
    void grantingSendsTheLondonTimeThePlaceOrLinkAndTheAttendees() {
        ApiStubs.stub(post(urlEqualTo(API + "/decision")).willReturn(StubAnswers.json(200, "{}")));
        Map<String, String> fields = new LinkedHashMap<>(Map.of("hearing-decision", "grant", "hearing-date-day", "14",
                "hearing-date-month", "12", "hearing-date-year", "2026", "hearing-time", "10:00", "hearing-link",
                "https://video.example/h1", "hearing-attendees", "Grace Hopper\r\n\r\nJo Bloggs (Advanced)\r\n"));
        fields.put("hearing-reason", "Fairness");

        Response r = PageClient.submit(PAGE, PAGE + "/hearing-requests/" + HEARING + "/decision", fields);

        r.then().statusCode(303);
        assertThat(r.header("Location")).endsWith(PAGE + "?done=hearing-decided");
        ApiStubs.server().verify(postRequestedFor(urlEqualTo(API + "/decision")).withRequestBody(equalToJson("{\"granted\":true,"
                + "\"heldAt\":\"2026-12-14T10:00\",\"place\":null,\"videoLink\":\"https://video.example/h1\","
                + "\"attendees\":[\"Grace Hopper\",\"Jo Bloggs (Advanced)\"],\"reason\":\"Fairness\"}")));
    }

    @Test
    void refusingWithoutReasonsIsRefusedHereAndADecidedRequestIsShownInTheSummary() {
        Response empty = PageClient.submit(PAGE, PAGE + "/hearing-requests/" + HEARING + "/decision",
                Map.of("hearing-decision", "refuse"));
        empty.then().statusCode(400);
        assertThat(PageClient.parse(empty).select(".govuk-error-summary__list a").eachText())
                .containsExactly("Enter the reasons for refusing");
        ApiStubs.server().verify(0, anyRequestedFor(urlPathMatching(".*/decision")));

        ApiStubs.stub(post(urlEqualTo(API + "/decision")).willReturn(PenaltyAccountPageTest.problem(409,
                "hearing-already-decided", "The request has already been decided", null)));
        Response r = PageClient.submit(PAGE, PAGE + "/hearing-requests/" + HEARING + "/decision",
                Map.of("hearing-decision", "refuse", "hearing-reason", "Not needed"));

        r.then().statusCode(409);
        Document page = PageClient.parse(r);
        assertThat(page.select(".govuk-error-summary__list a").eachText()).containsExactly("The request has already been decided");
        assertThat(page.select("#hearing-reason").text()).isEqualTo("Not needed");
        ApiStubs.server().verify(postRequestedFor(urlEqualTo(API + "/decision"))
                .withRequestBody(equalToJson("{\"granted\":false,\"reason\":\"Not needed\"}")));
    }

    @Test
    @TestSecurity(user = "ada", roles = "caseworker")
    @OidcSecurity(claims = @Claim(key = "sub", value = People.ADA))
    void recordingTheHearingPassesItsDocumentsOnAsMultipart() {
        hearing(GRANTED + NO_RECORD);
        ApiStubs.stub(post(urlEqualTo(API + "/record")).willReturn(StubAnswers.json(201, "{}")));

        Response r = PageClient.submitMultipart(PAGE, PAGE + "/hearing-requests/" + HEARING + "/record", Map.of(
                "held-on-day", "1", "held-on-month", "12", "held-on-year", "2026", "held-attendees", "Grace Hopper\nJo Bloggs",
                "held-note", "Remediation explained"), "slides.pdf", "%PDF-1.4 slides".getBytes(StandardCharsets.UTF_8));

        r.then().statusCode(303);
        assertThat(r.header("Location")).endsWith(PAGE + "?done=hearing-recorded");
        ApiStubs.server().verify(postRequestedFor(urlEqualTo(API + "/record"))
                .withHeader("Content-Type", containing("multipart/form-data"))
                .withRequestBodyPart(aMultipart("heldOn").withBody(equalTo("2026-12-01")).build())
                .withRequestBodyPart(aMultipart("attendees").withBody(equalTo("Grace Hopper\nJo Bloggs")).build())
                .withRequestBodyPart(aMultipart("note").withBody(equalTo("Remediation explained")).build())
                .withRequestBodyPart(aMultipart("files").withHeader("Content-Disposition", containing("filename=\"slides.pdf\""))
                        .withBody(equalTo("%PDF-1.4 slides")).build()));
    }

    @Test
    @TestSecurity(user = "ada", roles = "caseworker")
    @OidcSecurity(claims = @Claim(key = "sub", value = People.ADA))
    void aRecordTheServiceRefusesIsShownInTheSummaryAndCaseworkersCannotDecide() {
        hearing(GRANTED + NO_RECORD);
        ApiStubs.stub(post(urlEqualTo(API + "/record")).willReturn(PenaltyAccountPageTest.problem(409,
                "hearing-already-recorded", "The hearing is already recorded", null)));

        Response r = PageClient.submitMultipart(PAGE, PAGE + "/hearing-requests/" + HEARING + "/record", Map.of(
                "held-on-day", "1", "held-on-month", "12", "held-on-year", "2026", "held-note", "Again"), null, null);

        r.then().statusCode(409);
        Document page = PageClient.parse(r);
        assertThat(page.select(".govuk-error-summary__list a").eachText()).containsExactly("The hearing is already recorded");
        assertThat(page.select("#held-note").text()).isEqualTo("Again");
        hearing(null);
        assertThat(PageClient.page(PAGE).select(".why-no-decision").text())
                .isEqualTo("Only a decision-maker can decide a request for a hearing.");
        assertThat(PageClient.submit(PAGE, PAGE + "/hearing-requests/" + HEARING + "/decision",
                Map.of("hearing-decision", "refuse", "hearing-reason", "x")).statusCode()).isEqualTo(403);
    }

    @Test
    void aMultipartRecordWithoutTheCsrfTokenIsRefusedAndNothingIsPassedOn() {
        hearing(GRANTED + NO_RECORD);

        Response r = io.restassured.RestAssured.given().redirects().follow(false).multiPart("held-note", "Forged")
                .multiPart("files", "x.pdf", "%PDF".getBytes(StandardCharsets.UTF_8), "application/pdf")
                .when().post(PAGE + "/hearing-requests/" + HEARING + "/record");

        assertThat(r.statusCode()).isEqualTo(400);
        ApiStubs.server().verify(0, anyRequestedFor(urlPathMatching(".*/record")));
    }

    @Test
    void aNoticesOwnHearingsPageDecidesARequestMadeWithoutAWrittenRepresentation() {
        String hearings = "/notices/" + ApiStubs.NOI_ID + "/hearing-requests";
        ApiStubs.stub(post(urlEqualTo(API + "/decision")).willReturn(StubAnswers.json(200, "{}")));

        Document page = PageClient.page(hearings);
        Response r = PageClient.submit(hearings, hearings + "/" + HEARING + "/decision",
                Map.of("hearing-decision", "refuse", "hearing-reason", "Written representations suffice"));

        assertThat(page.select("h1").text()).isEqualTo("Oral hearings");
        assertThat(page.select("#hearing-" + HEARING + " form").attr("action")).isEqualTo(hearings + "/" + HEARING + "/decision");
        assertThat(PageClient.page("/notices/" + ApiStubs.NOI_ID).select("a#hearings-link").attr("href")).isEqualTo(hearings);
        r.then().statusCode(303);
        assertThat(r.header("Location")).endsWith(hearings + "?done=hearing-decided");
        ApiStubs.server().verify(postRequestedFor(urlEqualTo(API + "/decision"))
                .withRequestBody(equalToJson("{\"granted\":false,\"reason\":\"Written representations suffice\"}")));
    }

    @Test
    void aNoticesOwnHearingsPageRecordsAGrantedHearingAndShowsARefusal() {
        String hearings = "/notices/" + ApiStubs.NOI_ID + "/hearing-requests";
        hearing(GRANTED + NO_RECORD);
        ApiStubs.stub(post(urlEqualTo(API + "/record")).willReturn(PenaltyAccountPageTest.problem(409,
                "hearing-not-granted", "The hearing was not granted", null)));

        Response r = PageClient.submitMultipart(hearings, hearings + "/" + HEARING + "/record", Map.of(
                "held-on-day", "1", "held-on-month", "12", "held-on-year", "2026"), "slides.pdf", "%PDF".getBytes(StandardCharsets.UTF_8));

        r.then().statusCode(409);
        Document page = PageClient.parse(r);
        assertThat(page.select("h1").text()).isEqualTo("Oral hearings");
        assertThat(page.select(".govuk-error-summary__list a").eachText()).containsExactly("The hearing was not granted");
        ApiStubs.server().verify(postRequestedFor(urlEqualTo(API + "/record"))
                .withRequestBodyPart(aMultipart("heldOn").withBody(equalTo("2026-12-01")).build()));
    }
}
