package org.casework.web.page;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
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

/** Correcting a case's facts: the form filled with them, sent as a merge patch with If-Match. */
@QuarkusTest
@TestSecurity(user = "ada", roles = "caseworker")
@OidcSecurity(claims = @Claim(key = "sub", value = People.ADA))
class CaseFactsPageTest {

    private static final String PAGE = "/cases/" + ApiStubs.CASE_ID + "/facts";
    private static final String API = ApiStubs.CASES + "/cases/" + ApiStubs.CASE_ID;

    @BeforeEach
    void stubs() {
        ApiStubs.defaults();
        ApiStubs.stub(patch(urlEqualTo(API)).willReturn(StubAnswers.json(200, StubAnswers.fixture("case.json"))));
    }

    /** The facts as the page shows them, with the address of the second legal entity filled in. */
    private static Map<String, String> correctedForm(Document form) {
        Map<String, String> answers = new HashMap<>();
        for (var input : form.select("form[action=" + PAGE + "] input[name], form[action=" + PAGE + "] textarea")) {
            if (!input.attr("type").equals("radio") || input.hasAttr("checked")) {
                answers.put(input.attr("name"), input.tagName().equals("textarea") ? input.text() : input.val());
            }
        }
        answers.put("entity-2-address", "2 Market Square, Leeds LS1 6DX");
        return answers;
    }

    @Test
    void theFormShowsTheFactsAsTheyStandWithASpareLegalEntityRow() {
        Document page = PageClient.page(PAGE);

        assertThat(page.title()).isEqualTo("Correct the facts: CW-2026-0001 – Casework");
        assertThat(page.select("#title").val()).isEqualTo("Patient records taken through a customer account");
        assertThat(page.select("input[name=source][checked]").val()).isEqualTo("BREACH_REPORT");
        assertThat(page.select("#entity-1-number").val()).isEqualTo("01234567");
        assertThat(page.select("#entity-2-name").val()).isEqualTo("AHS Holdings plc");
        assertThat(page.select("#entity-2-address").val()).isEmpty();
        assertThat(page.select("#entity-3-name").val()).isEmpty();
        assertThat(page.select("#turnover-amount").val()).isEqualTo("30,500,000");
        assertThat(page.select("#turnover-year-end-year").val()).isEqualTo("2025");
        assertThat(page.select("#people-affected").val()).isEqualTo("82,946");
        assertThat(page.select("#data-categories").val()).isEqualTo("contact details\nhealth records\nhome access details");
        assertThat(page.select("input[name=special-category][checked]").val()).isEqualTo("yes");
        assertThat(page.select("input[name=etag]").val()).isEqualTo("4");
    }

    @Test
    void savingSendsEveryFactAsAMergePatchOnTheVersionReadAndConfirmsOnTheCasePage() {
        Response r = PageClient.submit(PAGE, PAGE, correctedForm(PageClient.page(PAGE)));

        r.then().statusCode(303);
        assertThat(r.header("Location")).endsWith("/cases/" + ApiStubs.CASE_ID + "?done=facts-corrected");
        ApiStubs.server().verify(patchRequestedFor(urlEqualTo(API)).withHeader("If-Match", equalTo("\"4\""))
                .withRequestBody(matchingJsonPath("$.organisation.legalEntities[1].address", equalTo("2 Market Square, Leeds LS1 6DX")))
                .withRequestBody(matchingJsonPath("$.organisation.legalEntities[1].name", equalTo("AHS Holdings plc")))
                .withRequestBody(matchingJsonPath("$.organisation.worldwideTurnover.amount", equalTo("30500000.00")))
                .withRequestBody(matchingJsonPath("$.incident.peopleAffected", equalTo("82946")))
                .withRequestBody(matchingJsonPath("$.incident.specialCategoryData", equalTo("true"))));
        assertThat(PageClient.page("/cases/" + ApiStubs.CASE_ID + "?done=facts-corrected")
                .select(".govuk-notification-banner--success").text()).isEqualTo("Success The case’s facts were corrected");
    }

    @Test
    void anEmptiedOptionalFactIsSentAsNullSoItIsRemoved() {
        Map<String, String> form = correctedForm(PageClient.page(PAGE));
        form.put("turnover-amount", "");
        form.put("turnover-year-end-day", "");
        form.put("turnover-year-end-month", "");
        form.put("turnover-year-end-year", "");

        PageClient.submit(PAGE, PAGE, form).then().statusCode(303);

        ApiStubs.server().verify(patchRequestedFor(urlEqualTo(API))
                .withRequestBody(matchingJsonPath("$.organisation[?(@.worldwideTurnover == null)]")));
    }

    @Test
    void everyProblemIsShownAtOnceWithEverythingTypedKeptAndNothingSent() {
        Map<String, String> form = correctedForm(PageClient.page(PAGE));
        form.put("title", "");
        form.put("entity-2-number", "12 34");
        form.put("people-affected", "-3");
        form.put("discovered-day", "1");

        Response r = PageClient.submit(PAGE, PAGE, form);

        r.then().statusCode(400);
        Document page = PageClient.parse(r);
        assertThat(page.title()).startsWith("Error: Correct the facts");
        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#title", "#entity-2-number",
                "#discovered-day", "#people-affected");
        assertThat(page.select(".govuk-error-summary__list a").eachText()).contains(
                "The number of people affected must be between 0 and 10,000,000,000");
        assertThat(page.select("#entity-2-address").val()).isEqualTo("2 Market Square, Leeds LS1 6DX");
        ApiStubs.server().verify(0, patchRequestedFor(urlEqualTo(API)));
    }

    @Test
    void whenSomeoneElseChangedTheCaseTheAnswersStayAndSavingAgainAppliesThemToTheNewVersion() {
        ApiStubs.stub(patch(urlEqualTo(API)).willReturn(StubAnswers.problem(412, "Precondition failed",
                "The resource has changed since you read it", null)));
        Map<String, String> form = correctedForm(PageClient.page(PAGE));
        form.put("etag", "3");

        Response r = PageClient.submit(PAGE, PAGE, form);

        r.then().statusCode(412);
        Document page = PageClient.parse(r);
        assertThat(page.select(".govuk-notification-banner").text()).contains("Someone else changed this case while you were "
                + "correcting it");
        assertThat(page.select("#entity-2-address").val()).isEqualTo("2 Market Square, Leeds LS1 6DX");
        assertThat(page.select("input[name=etag]").val()).isEqualTo("4");
        ApiStubs.server().verify(patchRequestedFor(urlEqualTo(API)).withHeader("If-Match", equalTo("\"3\"")));
    }

    @Test
    void caseServiceObjectionsLandOnTheRightLegalEntityRow() {
        ApiStubs.stub(patch(urlEqualTo(API)).willReturn(StubAnswers.problem(409, "Conflict", "1 field is invalid",
                "[{\"field\":\"organisation.legalEntities[1].address\",\"message\":\"must not contain control characters\"}]")));

        Response r = PageClient.submit(PAGE, PAGE, correctedForm(PageClient.page(PAGE)));

        r.then().statusCode(409);
        Document page = PageClient.parse(r);
        assertThat(page.select(".govuk-error-summary__list a").attr("href")).isEqualTo("#entity-2-address");
        assertThat(page.select("#entity-2-address-error").text())
                .isEqualTo("Error: The address of legal entity 2 must not contain control characters");
    }

    @Test
    @TestSecurity(user = "alan", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "sub", value = People.ALAN))
    void auditorsCannotCorrectFacts() {
        PageClient.page(PAGE, 403);
        PageClient.submitWithoutToken(PAGE, Map.of("title", "x")).then().statusCode(403);
        ApiStubs.server().verify(0, patchRequestedFor(urlEqualTo(API)));
    }
}
