package org.casework.portal.page;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import org.casework.portal.PortalStubs;
import org.casework.web.testing.PageClient;
import org.casework.web.testing.StubAnswers;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.http.Fault;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;

/** The organisation's notices: the list, one notice with its dates and document, and what happens when things go wrong. */
@QuarkusTest
@TestSecurity(user = "betty", roles = "org-representative")
@OidcSecurity(claims = { @Claim(key = "sub", value = PortalStubs.BETTY), @Claim(key = "org_id", value = "org-nhs-supplier") })
class NoticePagesTest {

    @BeforeEach
    void stubs() {
        PortalStubs.defaults();
    }

    @Test
    void theFirstPageListsEveryNoticeWithWhatItRequiresAndTheTimeLeft() {
        Document page = PageClient.page("/");

        assertThat(page.title()).isEqualTo("Your notices – Casework for organisations");
        assertThat(page.select(".portal-signed-in").text()).isEqualTo("Signed in as betty, for org-nhs-supplier");
        var rows = page.select("#notices tbody tr");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).select("td").eachText()).containsExactly("Notice of intent NOI-2026-0001", "20 November 2026",
                "You may make written representations until the date below.", "11 December 2026 6 days left");
        assertThat(rows.get(0).select("a").attr("href")).isEqualTo("/notices/" + PortalStubs.NOI_ID);
        assertThat(rows.get(1).select("td").get(3).text()).isEqualTo("1 November 2026 34 days ago");
        assertThat(rows.get(1).select(".govuk-tag").hasClass("govuk-tag--red")).isTrue();
        assertThat(rows.get(2).select("td").get(3).text()).isEqualTo("Nothing to do by a date");
        assertThat(page.select("a#older-notices").attr("href")).isEqualTo("/?after=b3BhcXVl");
        // every call carries the person's own token: the API, not the portal, decides what the organisation sees
        PortalStubs.server().verify(getRequestedFor(urlPathEqualTo(PortalStubs.NOTICES + "/portal/issued-notices"))
                .withHeader("Authorization", matching("Bearer .+")).withQueryParam("limit", matching("20")));
    }

    @Test
    void anOrganisationWithNoNoticesIsToldSo() {
        PortalStubs.stub(get(urlPathEqualTo(PortalStubs.NOTICES + "/portal/issued-notices"))
                .willReturn(StubAnswers.json(200, "{\"items\":[],\"next\":null}")));

        Document page = PageClient.page("/");

        assertThat(page.select("#no-notices").text()).isEqualTo("No notice has been given to your organisation.");
        assertThat(page.select("#older-notices")).isEmpty();
    }

    @Test
    void aNoticeSaysWhatItRequiresByWhenWithItsDatesAndTheFileToDownloadWithItsHash() {
        Document page = PageClient.page("/notices/" + PortalStubs.NOI_ID);

        assertThat(page.select("h1").text()).isEqualTo("Notice of intent");
        assertThat(page.select("#requires").text())
                .isEqualTo("You may make written representations until the date below. By 11 December 2026 6 days left");
        assertThat(page.select("#facts .govuk-summary-list__row").eachText()).contains("Given 20 November 2026 Every period in the notice runs from this day.",
                "Amount £2,076,320.00", "State Given");
        assertThat(page.select("#facts").text()).contains("Representations by 11 December 2026",
                "Schedule 16, paragraph 3(4)");
        assertThat(page.select("#documents a").attr("href")).isEqualTo("/notices/" + PortalStubs.NOI_ID + "/document");
        assertThat(page.select("#documents .portal-hash").text()).hasSize(64);
        assertThat(page.select("a#representations").attr("href")).isEqualTo("/notices/" + PortalStubs.NOI_ID + "/representations");
    }

    @Test
    void anEmailedNoticeSaysItWasSentOnFridayAndCountsAsGivenOnSundayUnderSection141A() {
        PortalStubs.stub(get(urlPathEqualTo(PortalStubs.NOTICES + "/portal/issued-notices/" + PortalStubs.NOI_ID))
                .willReturn(StubAnswers.json(200, StubAnswers.fixture("notice-of-intent.json")
                        .replace("\"givenOn\": \"2026-11-20\",\n   \"requires\"", "\"givenOn\": \"2026-12-06\",\n   \"requires\"")
                        .replace("\"appealPending\": false,", "\"appealPending\": false, \"givingMethod\": \"EMAIL\", "
                                + "\"sentOn\": \"2026-12-04\", \"givingProvision\": \"DPA 2018 s.141A\","))));

        Document page = PageClient.page("/notices/" + PortalStubs.NOI_ID);

        assertThat(page.select("#given").text()).isEqualTo("By email on Sunday 6 December 2026 (sent Friday 4 December; "
                + "an emailed notice is treated as given 48 hours after it is sent: DPA 2018 s.141A) "
                + "Every period in the notice runs from this day.");
    }

    @Test
    void aPostedNoticeSaysItCountsAsGivenOnTheSecondWorkingDayAfterPosting() {
        PortalStubs.stub(get(urlPathEqualTo(PortalStubs.NOTICES + "/portal/issued-notices/" + PortalStubs.NOI_ID))
                .willReturn(StubAnswers.json(200, StubAnswers.fixture("notice-of-intent.json")
                        .replace("\"givenOn\": \"2026-11-20\",\n   \"requires\"", "\"givenOn\": \"2026-12-08\",\n   \"requires\"")
                        .replace("\"appealPending\": false,", "\"appealPending\": false, \"givingMethod\": \"POST\", "
                                + "\"sentOn\": \"2026-12-04\", \"givingProvision\": \"DPA 2018 s.141A\","))));

        assertThat(PageClient.page("/notices/" + PortalStubs.NOI_ID).select("#given").text()).startsWith(
                "By post on Tuesday 8 December 2026 (posted Friday 4 December; a posted notice is treated as given");
    }

    @Test
    void aPenaltyNoticeShowsThePaymentAndAppealDatesAndAnAppealPending() {
        Document page = PageClient.page("/notices/" + PortalStubs.PENALTY_ID);

        assertThat(page.select("#facts").text()).contains("Pay by 1 November 2026", "Appeal by 29 October 2026",
                "section 162", "Appeal pending");
        assertThat(page.select("a#representations")).isEmpty();
    }

    @Test
    void theNoticeDownloadsAsItWasGivenNamedByItsReferenceWithItsHash() {
        Response pdf = PageClient.fetch("/notices/" + PortalStubs.NOI_ID + "/document");

        pdf.then().statusCode(200).contentType("application/pdf");
        assertThat(pdf.header("Content-Disposition")).isEqualTo("attachment; filename=\"NOI-2026-0001.pdf\"");
        assertThat(pdf.header("ETag")).isEqualTo("\"" + PortalStubs.PDF_SHA256 + "\"");
        assertThat(pdf.asByteArray()).isEqualTo(PortalStubs.PDF);
        // one call, one audited read: the name and hash come with the document, the notice is not read again
        PortalStubs.server().verify(0, getRequestedFor(urlPathEqualTo(PortalStubs.NOTICES + "/portal/issued-notices/"
                + PortalStubs.NOI_ID)));
    }

    @Test
    void anotherOrganisationsNoticeIsPageNotFoundAsTheApiAnswers() {
        Document page = PageClient.page("/notices/" + PortalStubs.OTHER_ID, 404);

        assertThat(page.select("h1").text()).isEqualTo("Page not found");
        assertThat(page.text()).doesNotContain(PortalStubs.OTHER_ID);
        // still signed in: the menu and "Sign out" stay, as on every page
        assertThat(page.select("a[href=/sign-out]")).hasSize(1);
        PageClient.page("/notices/not-a-notice", 404);
        PageClient.page("/notices/" + PortalStubs.OTHER_ID + "/representations", 404);
        PageClient.page("/notices/" + PortalStubs.OTHER_ID + "/document", 404);
    }

    @Test
    void aServiceThatFailsOrDoesNotAnswerIsAnUnavailablePageNeverAStackTrace() {
        PortalStubs.stub(get(urlPathEqualTo(PortalStubs.NOTICES + "/portal/issued-notices"))
                .willReturn(StubAnswers.problem(503, "Unavailable", "Try later", null)));
        Document failed = PageClient.page("/", 503);
        assertThat(failed.select("h1").text()).isEqualTo("Sorry, the service is unavailable");

        PortalStubs.stub(get(urlPathEqualTo(PortalStubs.NOTICES + "/portal/issued-notices"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        Document silent = PageClient.page("/", 503);
        assertThat(silent.select("h1").text()).isEqualTo("Sorry, the service is unavailable");
        assertThat(silent.text()).doesNotContain("Exception").doesNotContain("at org.");
    }
}
