package org.casework.portal.page;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.casework.portal.Pages;
import org.casework.portal.PortalStubs;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;

/**
 * A notice of intent's period for representations: what the organisation sent and asked, the decisions on it, and
 * the two forms (more time, an oral hearing) with their errors, refusals and confirmations.
 */
@QuarkusTest
@TestSecurity(user = "betty", roles = "org-representative")
@OidcSecurity(claims = { @Claim(key = "sub", value = PortalStubs.BETTY), @Claim(key = "org_id", value = "org-nhs-supplier") })
class WindowPagesTest {

    private static final String WINDOW = "/notices/" + PortalStubs.NOI_ID + "/representations";
    private static final String MORE_TIME = "/notices/" + PortalStubs.NOI_ID + "/more-time";
    private static final String HEARING = "/notices/" + PortalStubs.NOI_ID + "/hearing";
    private static final String API = PortalStubs.REPRESENTATIONS + "/portal/notices/" + PortalStubs.NOI_ID;

    @BeforeEach
    void stubs() {
        PortalStubs.defaults();
        PortalStubs.stub(post(urlPathEqualTo(API + "/extension-requests")).willReturn(PortalStubs.json(201, "{}")));
        PortalStubs.stub(post(urlPathEqualTo(API + "/hearing-requests")).willReturn(PortalStubs.json(201, "{}")));
    }

    @Test
    void thePeriodShowsTheDeadlineWhatWasSentWithItsHashesAndTheDecisionsOnRequests() {
        Document page = Pages.page(WINDOW);

        assertThat(page.select("#deadline").text()).isEqualTo("You can make representations until 11:59pm on 11 December 2026 6 days left.");
        assertThat(page.select("#window").text()).contains("More time was granted: the date was 4 December 2026.");
        var sent = page.select("#representation-1");
        assertThat(sent.select("h3").text()).isEqualTo("Sent 25 November 2026 at 2:30pm");
        assertThat(sent.text()).contains("Sent by You", "We dispute the number of people affected.", "forensic-report.pdf (47 KB)",
                "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0", "Considered Not yet");
        assertThat(page.select("#more-time-requests li").text()).isEqualTo("Asked 26 November 2026 at 9:00am for more time until "
                + "11 December 2026: Granted until 11 December 2026 A week more is reasonable.");
        assertThat(page.select("#hearing-requests li").text()).isEqualTo("Asked 28 November 2026 at 9:00am: Granted On 9 December "
                + "2026 at 10:00am, at Wycliffe House, Wilmslow Representations in person will help.");
        assertThat(page.select("a#ask-for-more-time").attr("href")).isEqualTo(MORE_TIME);
        assertThat(page.select("a#ask-for-hearing").attr("href")).isEqualTo(HEARING);
    }

    @Test
    void aClosedPeriodSaysSoAndOffersNoForms() {
        PortalStubs.stub(get(urlPathEqualTo(API)).willReturn(PortalStubs.json(200, PortalStubs.fixture("window-open.json")
                .replace("\"status\": \"OPEN\", \"accepting\": true", "\"status\": \"CLOSED\", \"accepting\": false"))));

        Document page = Pages.page(WINDOW);

        assertThat(page.select("#deadline").text()).isEqualTo("The period for representations ended on 11 December 2026. "
                + "Representations can no longer be made.");
        assertThat(page.select("#ask-for-more-time, #ask-for-hearing")).isEmpty();
    }

    @Test
    void askingForMoreTimeSendsTheDateAndReasonAndComesBackWithAConfirmation() {
        Response done = Pages.submit(MORE_TIME, MORE_TIME, Map.of("until-day", "18", "until-month", "12", "until-year", "2026",
                "reason", "Our board meets on 15 December."));

        done.then().statusCode(303);
        assertThat(done.header("Location")).endsWith(WINDOW + "?done=more_time_asked");
        PortalStubs.server().verify(postRequestedFor(urlPathEqualTo(API + "/extension-requests"))
                .withRequestBody(equalToJson("{\"until\":\"2026-12-18\",\"reason\":\"Our board meets on 15 December.\"}")));
        Document page = Pages.page(WINDOW + "?done=more_time_asked");
        assertThat(page.select(".govuk-notification-banner--success").text())
                .contains("Your request for more time has been sent. The decision will appear on this page.");
    }

    @Test
    void aFormWithNothingInItIsShownAgainWithEachErrorBesideItsFieldAndSendsNothing() {
        Response refused = Pages.submit(MORE_TIME, MORE_TIME, Map.of("until-day", "31", "until-month", "2", "until-year", "2027",
                "reason", ""));

        refused.then().statusCode(400);
        Document page = Jsoup.parse(refused.asString());
        assertThat(page.title()).startsWith("Error: Ask for more time");
        assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#until-day", "#reason");
        assertThat(page.select("#until-error").text()).isEqualTo("Error: The date you need until must be a real date, for example 27 3 2027");
        assertThat(page.select("#reason-error").text()).isEqualTo("Error: Enter why you need more time");
        assertThat(page.select("#until-day").val()).isEqualTo("31");
        PortalStubs.server().verify(0, postRequestedFor(urlPathEqualTo(API + "/extension-requests")));
    }

    @Test
    void aRefusalByTheServiceLandsBesideTheField() {
        PortalStubs.stub(post(urlPathEqualTo(API + "/extension-requests")).willReturn(PortalStubs.json(422,
                "{\"title\":\"Not a later date\",\"status\":422,\"detail\":\"More time must be until a date after the one given.\","
                        + "\"errors\":[{\"field\":\"until\",\"message\":\"Choose a date after 11 December 2026\"}]}")));

        Response refused = Pages.submit(MORE_TIME, MORE_TIME, Map.of("until-day", "10", "until-month", "12", "until-year", "2026",
                "reason", "We need it."));

        refused.then().statusCode(400);
        Document page = Jsoup.parse(refused.asString());
        assertThat(page.select("#refusal").text()).isEqualTo("More time must be until a date after the one given.");
        assertThat(page.select("#until-error").text()).isEqualTo("Error: Choose a date after 11 December 2026");
        assertThat(page.select("#reason").val()).isEqualTo("We need it.");
    }

    @Test
    void askingForAHearingSendsTheReasonAndComesBackWithAConfirmation() {
        Response done = Pages.submit(HEARING, HEARING, Map.of("reason", "We would like to explain in person."));

        done.then().statusCode(303);
        assertThat(done.header("Location")).endsWith(WINDOW + "?done=hearing_asked");
        PortalStubs.server().verify(postRequestedFor(urlPathEqualTo(API + "/hearing-requests"))
                .withRequestBody(equalToJson("{\"reason\":\"We would like to explain in person.\"}")));
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefusedAndSendsNothing() {
        Response forged = io.restassured.RestAssured.given().redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").formParams(Map.of("reason", "forged")).post(HEARING);

        assertThat(forged.statusCode()).isEqualTo(400);
        PortalStubs.server().verify(0, postRequestedFor(urlPathEqualTo(API + "/hearing-requests")));
    }
}
