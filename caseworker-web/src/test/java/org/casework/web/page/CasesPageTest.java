package org.casework.web.page;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
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
@OidcSecurity(claims = @Claim(key = "sub", value = People.ADA))
class CasesPageTest {

    @BeforeEach
    void stubs() {
        ApiStubs.defaults();
    }

    @Test
    void listsTheMatchingCasesWithSortableHeadingsAndALinkToTheNextPage() {
        Document page = PageClient.page("/cases");

        assertThat(page.select("thead th").eachText()).containsExactly("Reference", "Title", "Organisation", "State", "Opened");
        assertThat(page.select("tbody tr")).hasSize(2);
        assertThat(page.select("tbody tr").first().select("td").eachText()).containsExactly("CW-2026-0001",
                "Patient records taken through a customer account", "Advanced Health Software", "Investigating",
                "7 August 2026 at 11:00am");
        assertThat(page.select("th[aria-sort=descending]").text()).isEqualTo("Opened");
        assertThat(page.select("a[rel=next]").attr("href")).isEqualTo("/cases?after=Y3Vyc29yLTI&sort=-opened");
        assertThat(page.text()).doesNotContain("First page");
    }

    /** "First page" only where there is a page before: a later page, with the filters kept. */
    @Test
    void aLaterPageLinksBackToTheFirstWithTheSameFilters() {
        Document page = PageClient.page("/cases?after=Y3Vyc29yLTI&status=OPEN&q=loyalty");

        ApiStubs.server().verify(getRequestedFor(urlPathEqualTo(ApiStubs.CASES + "/cases")).withQueryParam("after", equalTo("Y3Vyc29yLTI")));
        assertThat(page.select(".govuk-pagination__prev a").attr("href")).isEqualTo("/cases?&status=OPEN&q=loyalty&sort=-opened");
        assertThat(page.select(".govuk-pagination__prev a").text()).isEqualTo("First page of cases");
    }

    @Test
    void filtersAndSearchArePassedToCaseServiceAndKeptInTheForm() {
        Document page = PageClient.page("/cases?status=OPEN&assignee=me&organisation=org-retailer&q=loyalty&sort=reference");

        ApiStubs.server().verify(getRequestedFor(urlPathEqualTo(ApiStubs.CASES + "/cases"))
                .withQueryParam("status", equalTo("OPEN")).withQueryParam("assignee", equalTo(People.ADA))
                .withQueryParam("organisation", equalTo("org-retailer")).withQueryParam("q", equalTo("loyalty"))
                .withQueryParam("sort", equalTo("reference")).withQueryParam("limit", equalTo("25")));
        assertThat(page.select("#status option[selected]").val()).isEqualTo("OPEN");
        assertThat(page.select("#q").val()).isEqualTo("loyalty");
        assertThat(page.select("th[aria-sort=ascending]").text()).isEqualTo("Reference");
        assertThat(page.select("a[rel=next]").attr("href"))
                .isEqualTo("/cases?after=Y3Vyc29yLTI&status=OPEN&assignee=me&organisation=org-retailer&q=loyalty&sort=reference");
    }

    @Test
    void noMatchingCasesIsSaidAndThereIsNoNextPage() {
        ApiStubs.answer(ApiStubs.CASES, "/cases", "page-empty.json");

        Document page = PageClient.page("/cases?q=nothing");

        assertThat(page.text()).contains("No cases match.");
        assertThat(page.select("table, a[rel=next], nav.govuk-pagination")).isEmpty();
    }

    @Test
    void aFilterCaseServiceRefusesIsShownAsAnErrorNotAFailure() {
        ApiStubs.stub(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo(ApiStubs.CASES + "/cases"))
                .willReturn(StubAnswers.problem(400, "Invalid request", "1 parameter is invalid",
                        "[{\"field\":\"status\",\"message\":\"must be one of OPEN, INVESTIGATING\"}]")));

        Document page = PageClient.page("/cases?status=LOST");

        assertThat(page.select(".govuk-error-summary__list a").attr("href")).isEqualTo("#status");
        assertThat(page.text()).contains("No cases match.");
    }
}
