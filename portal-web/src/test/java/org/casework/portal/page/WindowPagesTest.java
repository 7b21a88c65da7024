package org.casework.portal.page;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.casework.portal.PortalStubs;
import org.casework.web.testing.PageClient;
import org.casework.web.testing.StubAnswers;
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
        PortalStubs.stub(post(urlPathEqualTo(API + "/extension-requests")).willReturn(StubAnswers.json(201, "{}")));
        PortalStubs.stub(post(urlPathEqualTo(API + "/hearing-requests")).willReturn(StubAnswers.json(201, "{}")));
    }

    @Test
    void thePeriodShowsTheDeadlineWhatWasSentWithItsHashesAndTheDecisionsOnRequests() {
        Document page = PageClient.page(WINDOW);

        assertThat(page.select("#deadline").text()).isEqualTo("You can make representations until 11:59pm on 11 December 2026 6 days left.");
        assertThat(page.select("#window").text()).contains("More time was granted: the date was 4 December 2026.");
        var sent = page.select("#representation-1");
        assertThat(sent.select("h3").text()).isEqualTo("Sent 25 November 2026 at 2:30pm");
        assertThat(sent.text()).contains("Sent by You", "We dispute the number of people affected.", "forensic-report.pdf (47 KB)",
                "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0", "Considered Not yet");
        assertThat(page.select("#more-time-requests li").text()).isEqualTo("Asked 26 November 2026 at 9:00am by you for more time until "
                + "11 December 2026: Granted until 11 December 2026 A week more is reasonable.");
        assertThat(page.select("#hearing-requests li").text()).isEqualTo("Asked 28 November 2026 at 9:00am by you: Granted On 9 December "
                + "2026 at 10:00am, at Wycliffe House, Wilmslow Representations in person will help.");
        assertThat(page.select("a#ask-for-more-time").attr("href")).isEqualTo(MORE_TIME);
        assertThat(page.select("a#ask-for-hearing").attr("href")).isEqualTo(HEARING);
    }

    @Test
    void aPeriodWithNothingSentOrAskedSaysSoInEachPartAndOffersEveryForm() {
        PortalStubs.stub(get(urlPathEqualTo(API)).willReturn(StubAnswers.json(200, """
                {"noticeId": "%s", "noticeReference": "NOI-2026-0001", "originalDueOn": "2026-12-11", "dueOn": "2026-12-11",
                 "deadline": "2026-12-11T23:59:59.999Z", "status": "OPEN", "accepting": true,
                 "representations": [], "extensionRequests": [], "hearingRequests": []}
                """.formatted(PortalStubs.NOI_ID))));

        Document page = PageClient.page(WINDOW);

        assertThat(page.select("#none-sent").text()).isEqualTo("Your organisation has not made representations on this notice yet.");
        assertThat(page.text()).contains("You have not asked for more time.", "You have not asked for an oral hearing.")
                .doesNotContain("More time was granted");
        assertThat(page.select("a#make-representations").attr("href")).isEqualTo(WINDOW + "/new");
        assertThat(page.select("a#ask-for-more-time, a#ask-for-hearing")).hasSize(2);
    }

    @Test
    void manyThingsSentAndRequestsWaitingRefusedOrHeldEachSayWhereTheyStand() {
        PortalStubs.stub(get(urlPathEqualTo(API)).willReturn(StubAnswers.json(200, """
                {"noticeId": "%1$s", "noticeReference": "NOI-2026-0001", "originalDueOn": "2026-12-11", "dueOn": "2026-12-11",
                 "deadline": "2026-12-11T23:59:59.999Z", "status": "OPEN", "accepting": true,
                 "representations": [
                  {"id": "4e900000-0000-4000-8000-000000000001", "noticeId": "%1$s", "statement": "First.",
                   "submittedBy": "%2$s", "submittedAt": "2026-11-25T14:30:00Z", "considered": true, "files": []},
                  {"id": "4e900000-0000-4000-8000-000000000002", "noticeId": "%1$s", "statement": "Second.",
                   "submittedBy": "a0000000-0000-4000-8000-00000000c0de", "submittedByName": "Kathleen Booth",
                   "submittedAt": "2026-11-26T15:00:00Z", "considered": false, "files": []},
                  {"id": "4e900000-0000-4000-8000-000000000003", "noticeId": "%1$s", "statement": "Third, sent before names were kept.",
                   "submittedBy": "a0000000-0000-4000-8000-00000000c0de", "submittedAt": "2026-11-26T16:00:00Z", "considered": false,
                   "files": []}],
                 "extensionRequests": [
                  {"id": "e7700000-0000-4000-8000-000000000001", "noticeId": "%1$s", "requestedUntil": "2026-12-18",
                   "reason": "Our board meets on 15 December.", "status": "PENDING", "grantedUntil": null, "decisionReason": null,
                   "requestedBy": "%2$s", "requestedAt": "2026-11-27T09:00:00Z", "decidedAt": null}],
                 "hearingRequests": [
                  {"id": "4ea00000-0000-4000-8000-000000000001", "noticeId": "%1$s", "reason": "In person, please.",
                   "requestedBy": "%2$s", "requestedAt": "2026-11-20T09:00:00Z", "status": "HELD",
                   "decision": {"granted": true, "heldAt": "2026-11-24T10:00:00", "place": null,
                     "videoLink": "https://video.example/ico-hearing", "attendees": ["Grace Hopper"], "reason": null,
                     "decidedAt": "2026-11-21T12:00:00Z"},
                   "heldOn": "2026-11-24"},
                  {"id": "4ea00000-0000-4000-8000-000000000002", "noticeId": "%1$s", "reason": "Again, please.",
                   "requestedBy": "a0000000-0000-4000-8000-00000000c0de", "requestedByName": "Kathleen Booth", "requestedAt": "2026-11-29T09:00:00Z", "status": "REFUSED",
                   "decision": {"granted": false, "heldAt": null, "place": null, "videoLink": null, "attendees": [],
                     "reason": "A hearing has already been held.", "decidedAt": "2026-11-30T12:00:00Z"},
                   "heldOn": null}]}
                """.formatted(PortalStubs.NOI_ID, PortalStubs.BETTY))));

        Document page = PageClient.page(WINDOW);

        assertThat(page.select("#representation-1").text()).contains("Sent by You", "First.", "Evidence None",
                "The Information Commissioner has considered it");
        assertThat(page.select("#representation-2").text()).contains("Sent by Kathleen Booth", "Second.", "Considered Not yet");
        assertThat(page.select("#representation-3").text()).contains("Sent by Someone else at your organisation");
        assertThat(page.select("#more-time-requests li").text()).isEqualTo("Asked 27 November 2026 at 9:00am by you for more time until "
                + "18 December 2026: Waiting for a decision");
        assertThat(page.select("#more-time-requests .govuk-tag--yellow")).hasSize(1);
        // one request for more time at a time: none offered while one waits
        assertThat(page.select("a#ask-for-more-time")).isEmpty();
        var hearings = page.select("#hearing-requests li");
        assertThat(hearings.get(0).text()).isEqualTo("Asked 20 November 2026 at 9:00am by you: Held On 24 November 2026 at 10:00am, "
                + "by video: https://video.example/ico-hearing Held on 24 November 2026");
        assertThat(hearings.get(1).text()).isEqualTo("Asked 29 November 2026 at 9:00am by Kathleen Booth: Refused A hearing has already been held.");
        assertThat(hearings.get(1).select(".govuk-tag--red")).hasSize(1);
    }

    @Test
    void aClosedPeriodSaysSoAndOffersNoForms() {
        PortalStubs.stub(get(urlPathEqualTo(API)).willReturn(StubAnswers.json(200, StubAnswers.fixture("window-open.json")
                .replace("\"status\": \"OPEN\", \"accepting\": true", "\"status\": \"CLOSED\", \"accepting\": false"))));

        Document page = PageClient.page(WINDOW);

        assertThat(page.select("#deadline").text()).isEqualTo("The period for representations ended on 11 December 2026. "
                + "Representations can no longer be made.");
        assertThat(page.select("#ask-for-more-time, #ask-for-hearing")).isEmpty();
    }

    @Test
    void askingForMoreTimeSendsTheDateAndReasonAndComesBackWithAConfirmation() {
        Response done = PageClient.submit(MORE_TIME, MORE_TIME, Map.of("until-day", "18", "until-month", "12", "until-year", "2026",
                "reason", "Our board meets on 15 December."));

        done.then().statusCode(303);
        assertThat(done.header("Location")).endsWith(WINDOW + "?done=more_time_asked");
        PortalStubs.server().verify(postRequestedFor(urlPathEqualTo(API + "/extension-requests"))
                .withRequestBody(equalToJson("{\"until\":\"2026-12-18\",\"reason\":\"Our board meets on 15 December.\"}")));
        Document page = PageClient.page(WINDOW + "?done=more_time_asked");
        assertThat(page.select(".govuk-notification-banner--success").text())
                .contains("Your request for more time has been sent. The decision will appear on this page.");
    }

    @Test
    void aFormWithNothingInItIsShownAgainWithEachErrorBesideItsFieldAndSendsNothing() {
        Response refused = PageClient.submit(MORE_TIME, MORE_TIME, Map.of("until-day", "31", "until-month", "2", "until-year", "2027",
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
        PortalStubs.stub(post(urlPathEqualTo(API + "/extension-requests")).willReturn(StubAnswers.json(422,
                "{\"title\":\"Not a later date\",\"status\":422,\"detail\":\"More time must be until a date after the one given.\","
                        + "\"errors\":[{\"field\":\"until\",\"message\":\"Choose a date after 11 December 2026\"}]}")));

        Response refused = PageClient.submit(MORE_TIME, MORE_TIME, Map.of("until-day", "10", "until-month", "12", "until-year", "2026",
                "reason", "We need it."));

        refused.then().statusCode(400);
        Document page = Jsoup.parse(refused.asString());
        assertThat(page.select("#refusal").text()).isEqualTo("More time must be until a date after the one given.");
        assertThat(page.select("#until-error").text()).isEqualTo("Error: Choose a date after 11 December 2026");
        assertThat(page.select("#reason").val()).isEqualTo("We need it.");
    }

    @Test
    void askingForAHearingSendsTheReasonAndComesBackWithAConfirmation() {
        Response done = PageClient.submit(HEARING, HEARING, Map.of("reason", "We would like to explain in person."));

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
