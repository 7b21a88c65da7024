package org.casework.web.page;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import org.casework.web.ApiStubs;
import org.casework.web.People;
import org.casework.web.testing.PageClient;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

/** Every representation waiting to be considered, from the dashboard's "All representations to consider". */
@QuarkusTest
@TestSecurity(user = "ada", roles = "caseworker")
@OidcSecurity(claims = @Claim(key = "sub", value = People.ADA))
class WaitingRepresentationsPageTest {

    private static final String PAGE = "/waiting/representations";

    @BeforeEach
    void stubs() {
        ApiStubs.defaults();
    }

    @Test
    void listsEachWithItsNoticeAndOrganisationLinkedToTheRepresentationAndItsCase() {
        ApiStubs.answerWith(ApiStubs.REPRESENTATIONS, "/representations/to-consider", "representations-to-consider.json",
                "\"next\": null", "\"next\": \"c2\"");

        Document page = PageClient.page(PAGE);

        assertThat(page.title()).isEqualTo("Representations to consider – Casework");
        assertThat(page.select("#waiting-representations tbody tr").eachText())
                .containsExactly("20 October 2026 at 10:30am NOI-2026-0001 org-nhs-supplier");
        assertThat(page.select("#waiting-representations tbody a").eachAttr("href")).containsExactly(
                "/representations/" + ApiStubs.REPRESENTATION_ID, "/cases/" + ApiStubs.CASE_ID + "#representations");
        assertThat(page.select("a[rel=next]").attr("href")).isEqualTo(PAGE + "?after=c2");
        assertThat(page.text()).doesNotContain("First page");
        ApiStubs.server().verify(getRequestedFor(urlPathEqualTo(ApiStubs.REPRESENTATIONS + "/representations/to-consider"))
                .withQueryParam("limit", equalTo("25")));
    }

    @Test
    void aLaterPageAsksForItsCursorAndLinksBackToTheFirst() {
        ApiStubs.answer(ApiStubs.REPRESENTATIONS, "/representations/to-consider", "representations-to-consider.json");

        Document page = PageClient.page(PAGE + "?after=c2");

        ApiStubs.server().verify(getRequestedFor(urlPathEqualTo(ApiStubs.REPRESENTATIONS + "/representations/to-consider"))
                .withQueryParam("after", equalTo("c2")));
        assertThat(page.select(".govuk-pagination__prev a").attr("href")).isEqualTo(PAGE);
        assertThat(page.select("a[rel=next]")).isEmpty();
    }

    @Test
    void noneWaitingIsSaid() {
        Document page = PageClient.page(PAGE);

        assertThat(page.text()).contains("Every representation received has been considered.");
        assertThat(page.select("table, nav.govuk-pagination")).isEmpty();
    }
}
