package org.casework.web.page;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
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
class ErrorPagesTest {

    @BeforeEach
    void stubs() {
        ApiStubs.defaults();
    }

    @Test
    void aServiceThatFailsIsAGovukPageSayingWhatToDoWithoutAnyInternals() {
        ApiStubs.stub(get(urlEqualTo(ApiStubs.CASES + "/cases/" + ApiStubs.CASE_ID)).willReturn(aResponse().withStatus(500)
                .withBody("org.postgresql.util.PSQLException: relation \"cases\" does not exist")));

        Document page = PageClient.page("/cases/" + ApiStubs.CASE_ID, 503);

        assertThat(page.select("h1").text()).isEqualTo("Sorry, there is a problem with the service");
        assertThat(page.select("main p").first().text()).isEqualTo("The case service did not answer. Try again in a few minutes.");
        assertThat(page.html()).doesNotContain("PSQLException").doesNotContain("Exception");
    }

    @Test
    void aServiceThatAnswersNonsenseIsAnErrorPageWithAReference() {
        ApiStubs.stub(get(urlEqualTo(ApiStubs.CASES + "/cases/" + ApiStubs.CASE_ID)).willReturn(StubAnswers.json(200, "<html>")));

        Document page = PageClient.page("/cases/" + ApiStubs.CASE_ID, 500);

        assertThat(page.select("main p").first().text()).startsWith("Try again later. If it keeps happening, quote reference ");
        assertThat(page.html()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void anUnknownAddressIsPageNotFound() {
        Document page = PageClient.page("/no/such/page", 404);

        assertThat(page.select("h1").text()).isEqualTo("Page not found");
        assertThat(page.title()).isEqualTo("Page not found – Casework");
        // still signed in: the menu and "Sign out" stay, as on every page
        assertThat(page.select("#navigation a[href=/sign-out]")).hasSize(1);
        assertThat(page.select(".casework-signed-in").text()).startsWith("Signed in as ");
    }
}
