package org.casework.web.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import org.casework.web.ApiStubs;
import org.casework.web.PageClient;
import org.casework.web.People;
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
        assertThat(page.select(".casework-signed-in").text()).isEqualTo("Signed in as Ada Lovelace");
        var myCases = page.select("table").get(0);
        assertThat(myCases.select("thead th").eachText()).containsExactly("Reference", "Case", "State");
        assertThat(myCases.select("tbody tr a").first().attr("href")).isEqualTo("/cases/" + ApiStubs.CASE_ID);
        var deadlines = page.select("table").get(1);
        assertThat(deadlines.select("tbody tr").first().select("td").eachText())
                .containsExactly("11 December 2026", "Representations due Advanced Health Software", "NOI-2026-0001", "12");
        assertThat(page.select("svg.casework-chart__svg rect")).hasSize(6);
        assertThat(page.select("figcaption table tr").eachText()).contains("Investigating 5", "Closed 7");
        ApiStubs.server().verify(getRequestedFor(urlPathEqualTo(ApiStubs.CASES + "/cases"))
                .withQueryParam("assignee", com.github.tomakehurst.wiremock.client.WireMock.equalTo(People.ADA)));
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
        ApiStubs.stub(get(urlPathEqualTo(ApiStubs.NOTICES + "/deadlines")).willReturn(ApiStubs.json(200, "[]")));
        ApiStubs.stub(get(urlPathEqualTo(ApiStubs.CASES + "/cases/counts")).willReturn(ApiStubs.json(200, "{}")));

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
