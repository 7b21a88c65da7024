package org.casework.web.page;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

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

@QuarkusTest
@TestSecurity(user = "ada", roles = "caseworker")
@OidcSecurity(claims = { @Claim(key = "sub", value = People.ADA), @Claim(key = "given_name", value = "Ada"),
        @Claim(key = "family_name", value = "Lovelace") })
class DashboardPageTest {

    @BeforeEach
    void stubs() {
        ApiStubs.defaults();
    }

    @Test
    void showsMyCasesTheDeadlinesWithDaysLeftAndTheCaseloadChart() {
        Document page = PageClient.page("/");

        assertThat(page.title()).isEqualTo("Dashboard – Casework");
        assertThat(page.select("h1").text()).isEqualTo("Dashboard");
        assertThat(page.select("#due-this-week").text()).isEqualTo("0 in the next 7 days");
        assertThat(page.select(".casework-signed-in").text()).isEqualTo("Signed in as Ada Lovelace");
        var myCases = page.select("table").get(0);
        assertThat(myCases.select("thead th").eachText()).containsExactly("Reference", "Case", "State");
        assertThat(myCases.select("tbody tr a").first().attr("href")).isEqualTo("/cases/" + ApiStubs.CASE_ID);
        var deadlines = page.select("table").get(1);
        assertThat(deadlines.select("tbody tr").first().select("td").eachText())
                .containsExactly("11 December 2026", "Representations due Advanced Health Software", "NOI-2026-0001", "12");
        assertThat(page.select("svg.casework-chart__svg rect")).hasSize(6);
        // each bar names its state, the axis says what is counted, and the counts are written as people read them
        assertThat(page.select("svg .casework-chart__label").eachText()).containsExactly("Open", "Investigating",
                "Notice of intent issued", "Decided", "Under appeal", "Closed", "Number of cases");
        assertThat(page.select("svg .casework-chart__axis")).hasSize(2);
        assertThat(page.select("figcaption table tr").eachText()).contains("Investigating 5", "Closed 7");
        ApiStubs.server().verify(getRequestedFor(urlPathEqualTo(ApiStubs.CASES + "/cases"))
                .withQueryParam("assignee", com.github.tomakehurst.wiremock.client.WireMock.equalTo(People.ADA)));
    }

    @Test
    void aPaymentOrAppealDueOnAHolidayShowsTheWorkingDayItIsStillInTimeOnAndCountsToIt() {
        ApiStubs.stub(get(urlPathEqualTo(ApiStubs.NOTICES + "/deadlines")).willReturn(StubAnswers.json(200, "{\"items\": ["
                + deadline("PAYMENT_DUE", "2026-12-21", "\"2026-12-21\"", 17) + ","
                + deadline("APPEAL_DUE", "2026-12-25", "\"2026-12-29\"", 25) + ","
                + deadline("PENALTY_NOTICE_DUE_BY", "2027-01-20", "null", 52) + "], \"next\": null}")));

        Document page = PageClient.page("/");

        var rows = page.select("table").get(1).select("tbody tr");
        assertThat(rows.get(0).select("td").eachText())
                .containsExactly("21 December 2026", "Payment due Advanced Health Software", "PEN-2026-0001", "17");
        assertThat(rows.get(1).select("td").eachText()).containsExactly(
                "25 December 2026 — in time on 29 December 2026, the next working day",
                "Appeal due Advanced Health Software", "PEN-2026-0001", "25");
        assertThat(rows.get(2).select("td.casework-due").text()).isEqualTo("20 January 2027");
        assertThat(page.select("#working-days").text()).contains("next working day", "rule 12(2)",
                "the days left count to that day");
        ApiStubs.server().verify(getRequestedFor(urlPathEqualTo(ApiStubs.NOTICES + "/deadlines"))
                .withQueryParam("days", com.github.tomakehurst.wiremock.client.WireMock.equalTo("60")));
    }

    @Test
    void theDatesOfTheNextSevenDaysAreCountedBesideTheDeadlines() {
        ApiStubs.stub(get(urlPathEqualTo(ApiStubs.NOTICES + "/deadlines")).willReturn(StubAnswers.json(200, "{\"items\": ["
                + deadline("REPRESENTATIONS_DUE", "2026-12-05", "null", 0) + ","
                + deadline("PAYMENT_DUE", "2026-12-12", "\"2026-12-14\"", 7) + ","
                + deadline("APPEAL_DUE", "2026-12-13", "null", 8) + "], \"next\": null}")));

        Document page = PageClient.page("/");

        assertThat(page.select("#deadlines #due-this-week").text()).isEqualTo("2 in the next 7 days");
        assertThat(page.select("#due-this-week").hasClass("govuk-tag--yellow")).isTrue();
        assertThat(page.select("table").get(1).select("tbody tr")).hasSize(3);
    }

    /** notice-service answers a page at a time: the dashboard lists and counts the dates of every page. */
    @Test
    void theDatesOfEveryPageAreListedAndCounted() {
        ApiStubs.stub(get(urlPathEqualTo(ApiStubs.NOTICES + "/deadlines"))
                .withQueryParam("after", com.github.tomakehurst.wiremock.client.WireMock.absent())
                .willReturn(StubAnswers.json(200, "{\"items\": [" + deadline("PAYMENT_DUE", "2026-12-07", "null", 2)
                        + "], \"next\": \"page-2\"}")));
        ApiStubs.stub(get(urlPathEqualTo(ApiStubs.NOTICES + "/deadlines"))
                .withQueryParam("after", com.github.tomakehurst.wiremock.client.WireMock.equalTo("page-2"))
                .willReturn(StubAnswers.json(200, "{\"items\": [" + deadline("APPEAL_DUE", "2026-12-09", "null", 4)
                        + "], \"next\": null}")));

        Document page = PageClient.page("/");

        assertThat(page.select("table").get(1).select("tbody tr")).hasSize(2);
        assertThat(page.select("#deadlines #due-this-week").text()).isEqualTo("2 in the next 7 days");
        ApiStubs.server().verify(getRequestedFor(urlPathEqualTo(ApiStubs.NOTICES + "/deadlines"))
                .withQueryParam("limit", com.github.tomakehurst.wiremock.client.WireMock.equalTo("200")));
    }

    private static String deadline(String kind, String dueOn, String workingDay, int daysLeft) {
        return "{\"kind\": \"" + kind + "\", \"dueOn\": \"" + dueOn + "\", \"workingDayDueOn\": " + workingDay
                + ", \"daysLeft\": " + daysLeft + ", \"noticeId\": \"" + ApiStubs.PENALTY_ID
                + "\", \"noticeReference\": \"PEN-2026-0001\", \"noticeType\": \"PENALTY_NOTICE\", \"caseId\": \""
                + ApiStubs.CASE_ID + "\", \"caseReference\": \"CW-2026-0001\", \"organisationName\": \"Advanced Health Software\"}";
    }

    @Test
    void aServiceThatDoesNotAnswerLeavesTheRestOfTheDashboardWorking() {
        ApiStubs.stub(get(urlPathEqualTo(ApiStubs.NOTICES + "/deadlines")).willReturn(aResponse().withStatus(503)));

        Document page = PageClient.page("/");

        assertThat(page.text()).contains("Deadlines could not be loaded just now");
        assertThat(page.select("table").first().select("tbody tr")).hasSize(2);
    }

    @Test
    void aCaseworkerWithNoCasesAndNoDatesComingUpIsToldSo() {
        ApiStubs.answer(ApiStubs.CASES, "/cases", "page-empty.json");
        ApiStubs.stub(get(urlPathEqualTo(ApiStubs.NOTICES + "/deadlines")).willReturn(StubAnswers.json(200, "{\"items\": [], \"next\": null}")));
        ApiStubs.stub(get(urlPathEqualTo(ApiStubs.CASES + "/cases/counts")).willReturn(StubAnswers.json(200, "{}")));

        Document page = PageClient.page("/");

        assertThat(page.text()).contains("No cases are assigned to you.", "No statutory dates fall in the next 60 days.");
        assertThat(page.select("figcaption table tr").eachText()).contains("Open 0", "Closed 0");
    }

    @Test
    void caseworkersSeeOpenACaseButNotTheAuditView() {
        Document page = PageClient.page("/");

        assertThat(page.select("nav a").eachAttr("href")).contains("/cases/new").doesNotContain("/audit");
    }
}
