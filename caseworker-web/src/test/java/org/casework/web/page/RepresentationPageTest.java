package org.casework.web.page;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

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

@QuarkusTest
@TestSecurity(user = "ada", roles = "caseworker")
@OidcSecurity(claims = @Claim(key = "sub", value = People.ADA))
class RepresentationPageTest {

    private static final String PAGE = "/representations/" + ApiStubs.REPRESENTATION_ID;
    private static final String CONSIDER = ApiStubs.REPRESENTATIONS + PAGE + "/consideration";

    @BeforeEach
    void stubs() {
        ApiStubs.defaults();
        ApiStubs.answer(ApiStubs.NOTICES, "/notices/" + ApiStubs.NOI_ID, "notice-issued.json");
    }

    @Test
    void showsTheStatementAndTheEvidenceToDownload() {
        Document page = PageClient.page(PAGE);

        assertThat(page.select("h1").text()).isEqualTo("Representation received 20 October 2026 at 3:00pm");
        assertThat(page.select(".casework-pre").first().text()).startsWith("We have since enforced multi-factor authentication");
        assertThat(page.select("tbody tr td").eachText()).contains("application/pdf", "20 KB");
        assertThat(page.select("form[action$=/consideration] textarea#note")).hasSize(1);
    }

    @Test
    void whoSentItIsNamedByTheDirectoryElseByTheNameKeptWithItElseByTheirOrganisation() {
        ApiStubs.answerWith(ApiStubs.REPRESENTATIONS, PAGE, "representation.json",
                "\"submittedBy\": \"b0000000-0000-4000-8000-0000000be771\"", "\"submittedBy\": \"" + People.ADA + "\"");
        assertThat(PageClient.page(PAGE).select("#sent-by").text()).isEqualTo("Sent by Ada Byron, for Advanced Health Software");

        ApiStubs.answerWith(ApiStubs.REPRESENTATIONS, PAGE, "representation.json",
                "\"submittedAt\"", "\"submittedByName\": \"Betty Holberton\", \"submittedAt\"");
        assertThat(PageClient.page(PAGE).select("#sent-by").text()).isEqualTo("Sent by Betty Holberton, for Advanced Health Software");

        ApiStubs.answer(ApiStubs.REPRESENTATIONS, PAGE, "representation.json");
        Document page = PageClient.page(PAGE);
        assertThat(page.select("#sent-by").text()).isEqualTo("Sent by a representative of org-nhs-supplier, for Advanced Health Software");
        assertThat(page.text()).doesNotContain("b0000000-0000-4000-8000-0000000be771");
    }

    @Test
    void markingConsideredSendsTheNote() {
        ApiStubs.stub(post(urlEqualTo(CONSIDER)).willReturn(StubAnswers.json(200, StubAnswers.fixture("representation.json"))));

        Response r = PageClient.submit(PAGE, PAGE + "/consideration", Map.of("note", "Mitigation noted."));

        r.then().statusCode(303);
        assertThat(r.header("Location")).endsWith(PAGE + "?done=representation-considered");
        ApiStubs.server().verify(postRequestedFor(urlEqualTo(CONSIDER)).withRequestBody(matchingJsonPath("$.note", equalTo("Mitigation noted."))));
    }

    @Test
    void aConsideredRepresentationWithoutEvidenceShowsWhenAndTheNoteAndNoForm() {
        ApiStubs.answerWith(ApiStubs.REPRESENTATIONS, PAGE, "representation.json",
                "\"considered\": false", "\"considered\": true",
                "\"consideredAt\": null", "\"consideredAt\": \"2026-10-22T09:00:00Z\"",
                "\"considerationNote\": null", "\"considerationNote\": \"Mitigation noted.\"",
                "\"files\": [", "\"files\": [], \"unused\": [");

        Document page = PageClient.page(PAGE);

        assertThat(page.text()).contains("No files were sent.", "Considered 22 October 2026 at 10:00am.", "Mitigation noted.");
        assertThat(page.select("form[action$=/consideration]")).isEmpty();
        assertThat(page.select(".govuk-caption-l").text()).isEqualTo("NOI-2026-0001 · Advanced Health Software");
    }

    @Test
    void aRefusedNoteIsShownBesideTheFieldAndKept() {
        ApiStubs.stub(post(urlEqualTo(CONSIDER)).willReturn(StubAnswers.problem(400, "Invalid request", "1 field is invalid",
                "[{\"field\":\"note\",\"message\":\"must not contain control characters\"}]")));

        Response r = PageClient.submit(PAGE, PAGE + "/consideration", Map.of("note", "Mitigation noted."));

        r.then().statusCode(400);
        Document page = PageClient.parse(r);
        assertThat(page.select("#note-error").text()).isEqualTo("Error: must not contain control characters");
        assertThat(page.select("#note").text()).isEqualTo("Mitigation noted.");
    }

    @Test
    void evidenceIsStreamedWithItsTypeAndNotSniffed() {
        ApiStubs.stub(get(urlEqualTo(ApiStubs.REPRESENTATIONS + PAGE + "/files/" + ApiStubs.FILE_ID)).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/pdf")
                .withHeader("Content-Disposition", "attachment; filename=\"board-minutes.pdf\"").withBody("%PDF-1.4 minutes")));

        Response r = PageClient.fetch(PAGE + "/files/" + ApiStubs.FILE_ID);

        r.then().statusCode(200).contentType("application/pdf").header("X-Content-Type-Options", "nosniff");
        assertThat(r.asString()).isEqualTo("%PDF-1.4 minutes");
    }

    @Test
    void evidenceOfAnotherCaseThatTheServiceRefusesIsNotFound() {
        ApiStubs.stub(get(urlEqualTo(ApiStubs.REPRESENTATIONS + PAGE + "/files/f1100000-0000-4000-8000-0000000000ff"))
                .willReturn(StubAnswers.problem(404, "Not found", "No such file", null)));

        Document page = PageClient.page(PAGE + "/files/f1100000-0000-4000-8000-0000000000ff", 404);

        assertThat(page.select("h1").text()).isEqualTo("Page not found");
    }
}
