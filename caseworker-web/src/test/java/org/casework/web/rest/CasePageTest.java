package org.casework.web.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

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
import io.restassured.response.Response;

@QuarkusTest
@TestSecurity(user = "ada", roles = "caseworker")
@OidcSecurity(claims = @Claim(key = "sub", value = People.ADA))
class CasePageTest {

    private static final String PAGE = "/cases/" + ApiStubs.CASE_ID;

    @BeforeEach
    void stubs() {
        ApiStubs.defaults();
    }

    @Test
    void showsTheFactsFindingsNoticesRepresentationsWithEvidenceAndTimeline() {
        Document page = PageClient.page(PAGE);

        assertThat(page.title()).isEqualTo("CW-2026-0001: Patient records taken through a customer account – Casework");
        assertThat(page.select("h2").eachText()).contains("Facts", "Findings", "Notices", "Representations", "Timeline", "Assignment");
        assertThat(page.select(".govuk-summary-list__row").eachText()).contains("People affected 82946",
                "Worldwide turnover £30,500,000.00 (year to 31 December 2025)", "Happened 4 August 2026");
        assertThat(page.select(".casework-finding h3").text()).isEqualTo("UK GDPR Article 32(1)");
        assertThat(page.select("#notices + table tbody tr td").first().text()).isEqualTo("Notice of intent NOI-2026-0001");
        assertThat(page.select("a[href=/representations/" + ApiStubs.REPRESENTATION_ID + "/files/" + ApiStubs.FILE_ID + "]").text())
                .isEqualTo("board-minutes.pdf");
        assertThat(page.select(".casework-timeline li")).hasSize(2);
        assertThat(page.select("#assignment + p").text()).isEqualTo("Assigned to you.");
    }

    @Test
    void everyFormCarriesTheCsrfToken() {
        Document page = PageClient.page(PAGE);

        assertThat(page.select("form[method=post]")).isNotEmpty().allSatisfy(
                form -> assertThat(form.select("input[name=csrf-token]").val()).isNotBlank());
    }

    @Test
    void recordingAFindingSendsTheVersionReadSoAStaleWriteIsRefused() {
        ApiStubs.stub(post(urlEqualTo(ApiStubs.CASES + "/cases/" + ApiStubs.CASE_ID + "/findings"))
                .willReturn(ApiStubs.problem(412, "Precondition failed", "The resource has changed since you read it", null)));

        Response r = PageClient.submit(PAGE, PAGE + "/findings", Map.of("etag", "4", "provision", "Article 5(1)(f)",
                "description", "Integrity and confidentiality"));

        r.then().statusCode(412);
        Document page = PageClient.parse(r);
        assertThat(page.select(".govuk-notification-banner").text()).contains("has changed since you read it");
        assertThat(page.select("#provision").val()).isEqualTo("Article 5(1)(f)");
        ApiStubs.server().verify(postRequestedFor(urlEqualTo(ApiStubs.CASES + "/cases/" + ApiStubs.CASE_ID + "/findings"))
                .withHeader("If-Match", equalTo("\"4\"")));
    }

    @Test
    void assigningSendsIfMatchAndRedirectsBackToTheCase() {
        ApiStubs.answer(ApiStubs.CASES, "/cases/" + ApiStubs.CASE_ID, "case.json");
        ApiStubs.stub(put(urlEqualTo(ApiStubs.CASES + "/cases/" + ApiStubs.CASE_ID + "/assignee"))
                .willReturn(ApiStubs.json(200, ApiStubs.fixture("case.json"))));

        Response r = PageClient.submit(PAGE, PAGE + "/assignment", Map.of("etag", "4", "assign", "nobody"));

        r.then().statusCode(303);
        assertThat(r.header("Location")).endsWith(PAGE);
        ApiStubs.server().verify(putRequestedFor(urlEqualTo(ApiStubs.CASES + "/cases/" + ApiStubs.CASE_ID + "/assignee"))
                .withHeader("If-Match", equalTo("\"4\"")).withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.equalToJson("{\"caseworker\":null}")));
    }

    @Test
    void anExtensionDecisionWithoutAChoiceIsShownAsAnErrorAndNothingIsSent() {
        String action = PAGE + "/extension-requests/" + ApiStubs.EXTENSION_ID + "/decision";

        Response r = PageClient.submit(PAGE, action, Map.of("decision-reason", "Reasonable"));

        r.then().statusCode(400);
        Document page = PageClient.parse(r);
        assertThat(page.select(".govuk-error-summary__list a").attr("href")).isEqualTo("#decision");
        assertThat(page.select("#decision-reason").text()).isEqualTo("Reasonable");
        ApiStubs.server().verify(0, postRequestedFor(urlEqualTo(ApiStubs.REPRESENTATIONS + "/extension-requests/"
                + ApiStubs.EXTENSION_ID + "/decision")));
    }

    @Test
    void grantingAnExtensionSendsTheDecision() {
        String api = ApiStubs.REPRESENTATIONS + "/extension-requests/" + ApiStubs.EXTENSION_ID + "/decision";
        ApiStubs.stub(post(urlEqualTo(api)).willReturn(ApiStubs.json(200, "{}")));

        Response r = PageClient.submit(PAGE, PAGE + "/extension-requests/" + ApiStubs.EXTENSION_ID + "/decision",
                Map.of("decision", "grant", "until-day", "30", "until-month", "11", "until-year", "2026",
                        "decision-reason", "Reasonable"));

        r.then().statusCode(303);
        ApiStubs.server().verify(postRequestedFor(urlEqualTo(api)).withRequestBody(matchingJsonPath("$.granted", equalTo("true")))
                .withRequestBody(matchingJsonPath("$.until", equalTo("2026-11-30"))));
    }

    @Test
    void caseworkersRecordFindingsAndDraftNoticesButCannotCloseACase() {
        Document page = PageClient.page(PAGE);

        assertThat(page.select("form[action$=/findings]")).hasSize(1);
        assertThat(page.select("a[href$=/notices/new?type=NOTICE_OF_INTENT]")).hasSize(1);
        assertThat(page.select("form[action$=/transition]")).isEmpty();
    }

    @Test
    @TestSecurity(user = "alan", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "sub", value = People.ALAN))
    void auditorsReadTheCaseButHaveNoActions() {
        Document page = PageClient.page(PAGE);

        assertThat(page.select("h1").text()).isEqualTo("Patient records taken through a customer account");
        assertThat(page.select("form[method=post]")).isEmpty();
        assertThat(page.select("a[href*=/notices/new]")).isEmpty();
    }

    @Test
    @TestSecurity(user = "alan", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "sub", value = People.ALAN))
    void auditorsCannotPostAFindingEvenByHand() {
        Response r = PageClient.submit(PAGE, PAGE + "/findings", Map.of("etag", "4", "provision", "x", "description", "y"));

        r.then().statusCode(403);
        ApiStubs.server().verify(0, postRequestedFor(urlEqualTo(ApiStubs.CASES + "/cases/" + ApiStubs.CASE_ID + "/findings")));
    }

    @Test
    void anUnknownCaseIsAGovukPageNotFound() {
        ApiStubs.stub(com.github.tomakehurst.wiremock.client.WireMock.get(urlEqualTo(ApiStubs.CASES + "/cases/5a1e0000-0000-4000-8000-0000000000ff"))
                .willReturn(ApiStubs.problem(404, "Not found", "No such case", null)));

        Document page = PageClient.page("/cases/5a1e0000-0000-4000-8000-0000000000ff", 404);

        assertThat(page.select("h1").text()).isEqualTo("Page not found");
    }
}
