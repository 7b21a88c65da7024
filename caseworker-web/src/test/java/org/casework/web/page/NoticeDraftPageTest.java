package org.casework.web.page;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
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
class NoticeDraftPageTest {

    private static final String PAGE = "/cases/" + ApiStubs.CASE_ID + "/notices/new";
    private static final String CALCULATIONS = ApiStubs.NOTICES + "/penalty-calculations";

    @BeforeEach
    void stubs() {
        ApiStubs.defaults();
        ApiStubs.stub(post(urlEqualTo(CALCULATIONS)).willReturn(StubAnswers.json(200, StubAnswers.fixture("calculation.json"))));
    }

    static Map<String, Object> calculatorForm() {
        Map<String, Object> f = new HashMap<>();
        f.put("type", "NOTICE_OF_INTENT");
        f.put("recipients", List.of("0", "1"));
        f.put("reasons", "No multi-factor authentication on remote access.");
        f.put("representation-days", "28");
        f.put("turnover-amount", "30,500,000");
        f.put("tier", "STANDARD");
        f.put("seriousness-band", "MEDIUM");
        f.put("seriousness-percent", "15");
        f.put("seriousness-reason", "Special category data of many people");
        f.put("adjustment-percent", "-40");
        f.put("adjustment-reason", "Turnover is modest");
        f.put("factor-1-kind", "AGGRAVATING");
        f.put("factor-1-description", "");
        f.put("effectiveness-percent", "0");
        f.put("effectiveness-reason", "None needed");
        return f;
    }

    @Test
    void theCalculatorShowsEachStepWithTheTurnoverFromTheCaseAndEveryEntityTicked() {
        Document page = PageClient.page(PAGE + "?type=NOTICE_OF_INTENT");
        assertThat(page.title()).startsWith("Draft a notice of intent: ");

        assertThat(page.select("h1").text()).isEqualTo("Draft: Notice of intent");
        assertThat(page.select("h3").eachText()).contains("Step 1: seriousness", "Step 2: turnover adjustment",
                "Step 3: aggravating and mitigating factors", "Step 4: effectiveness, proportionality and deterrence");
        assertThat(page.select("#turnover-amount").val()).isEqualTo("30,500,000");
        assertThat(page.select("input[name=recipients][checked]").eachAttr("value")).containsExactly("0", "1");
        assertThat(page.select("#calculation[aria-live=polite]")).hasSize(1);
        assertThat(page.select("button[value=preview]").text()).isEqualTo("Preview the calculation");
    }

    @Test
    void previewWithoutJavascriptShowsTheBreakdownAndAmountAndKeepsTheForm() {
        Map<String, Object> form = calculatorForm();
        form.put("action", "preview");

        Response r = PageClient.submit(PAGE, PAGE, form);

        r.then().statusCode(200);
        Document page = PageClient.parse(r);
        assertThat(page.select(".casework-breakdown tbody tr")).hasSize(5);
        assertThat(page.select(".casework-breakdown tbody tr").first().text())
                .isEqualTo("1. Seriousness Medium, 15% Band: 10% to 20% Because: Special category data of many people "
                        + "15% of £8,700,000.00 £1,305,000.00");
        assertThat(page.select(".casework-amount h3").text()).isEqualTo("£783,000.00");
        assertThat(page.select("#seriousness-reason").text()).isEqualTo("Special category data of many people");
        ApiStubs.server().verify(postRequestedFor(urlEqualTo(CALCULATIONS))
                .withRequestBody(matchingJsonPath("$.seriousness.percent", equalTo("15")))
                .withRequestBody(matchingJsonPath("$.turnoverAdjustment.percent", equalTo("-40")))
                .withRequestBody(matchingJsonPath("$.worldwideTurnover.amount", equalTo("30500000.00"))));
    }

    @Test
    void theLivePreviewAnswersAFragmentWithTheBreakdown() {
        Response r = PageClient.submit(PAGE, "/calculator/preview", calculatorForm());

        r.then().statusCode(200);
        Document fragment = PageClient.parse(r);
        assertThat(fragment.select(".casework-amount h3").text()).isEqualTo("£783,000.00");
        assertThat(fragment.select("header, footer")).isEmpty();
    }

    @Test
    void theLivePreviewExplainsWhatIsMissingInsteadOfFailing() {
        ApiStubs.stub(post(urlEqualTo(CALCULATIONS)).willReturn(StubAnswers.problem(400, "Invalid request",
                "seriousness.percent: must not be null", null)));

        Response r = PageClient.submit(PAGE, "/calculator/preview", calculatorForm());

        r.then().statusCode(200);
        assertThat(PageClient.parse(r).text()).contains("The calculation cannot be shown yet: seriousness.percent: must not be null");
    }

    @Test
    void savingSendsTheDraftWithTheTickedEntitiesAndRedirectsToTheNotice() {
        ApiStubs.stub(post(urlEqualTo(ApiStubs.NOTICES + "/notices")).willReturn(StubAnswers.json(201, StubAnswers.fixture("notice-draft.json"))));
        Map<String, Object> form = calculatorForm();
        form.put("action", "save");

        Response r = PageClient.submit(PAGE, PAGE, form);

        r.then().statusCode(303);
        assertThat(r.header("Location")).endsWith("/notices/" + ApiStubs.DRAFT_ID + "?done=notice-drafted");
        ApiStubs.server().verify(postRequestedFor(urlEqualTo(ApiStubs.NOTICES + "/notices"))
                .withRequestBody(matchingJsonPath("$.caseId", equalTo(ApiStubs.CASE_ID)))
                .withRequestBody(matchingJsonPath("$.recipients[0].companyNumber", equalTo("01234567")))
                .withRequestBody(matchingJsonPath("$.recipients[1].name", equalTo("AHS Holdings plc")))
                .withRequestBody(matchingJsonPath("$.representationDays", equalTo("28")))
                .withRequestBody(matchingJsonPath("$.calculation.effectiveness.reason", equalTo("None needed"))));
    }

    @Test
    void noticeServiceFieldErrorsLandOnTheCalculatorFields() {
        ApiStubs.stub(post(urlEqualTo(ApiStubs.NOTICES + "/notices")).willReturn(StubAnswers.problem(400, "Invalid request",
                "1 field is invalid", "[{\"field\":\"calculation.seriousness.percent\",\"message\":\"must be within the band\"},"
                        + "{\"field\":\"representationDays\",\"message\":\"must be at least 21 days\"}]")));
        Map<String, Object> form = calculatorForm();
        form.put("action", "save");

        Response r = PageClient.submit(PAGE, PAGE, form);

        r.then().statusCode(400);
        Document page = PageClient.parse(r);
        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#seriousness-percent", "#representation-days");
        assertThat(page.title()).startsWith("Error: ");
    }

    /** What the form can check, and what the calculator (which changes nothing) objects to, in one round. */
    @Test
    void everyProblemWithTheDraftAndItsCalculationIsShownInOneRoundAndNothingIsDrafted() {
        ApiStubs.stub(post(urlEqualTo(CALCULATIONS)).willReturn(StubAnswers.problem(400, "Invalid request", "2 fields are invalid",
                "[{\"field\":\"seriousness.reason\",\"message\":\"Give the reason for the seriousness\"},"
                        + "{\"field\":\"factors[0].reason\",\"message\":\"Give the reason for the factor\"}]")));
        Map<String, Object> form = calculatorForm();
        form.remove("recipients");
        form.put("representation-days", "14");
        form.put("seriousness-percent", "fifteen");
        form.put("factor-1-description", "Previous warnings");
        form.put("factor-1-percent", "10");
        form.put("action", "save");

        Response r = PageClient.submit(PAGE, PAGE, form);

        r.then().statusCode(400);
        Document page = PageClient.parse(r);
        assertThat(page.select(".govuk-error-summary__list a").eachText()).containsExactly(
                "Select at least one legal entity to address the notice to",
                "Days for representations must be between 21 and 366",
                "The starting point must be a number, for example 12.5",
                "Give the reason for the seriousness", "Give the reason for the factor");
        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#recipients",
                "#representation-days", "#seriousness-percent", "#seriousness-reason", "#factor-1-reason");
        ApiStubs.server().verify(0, postRequestedFor(urlEqualTo(ApiStubs.NOTICES + "/notices")));
    }

    @Test
    void aNoticeAddressedToNobodyIsRefusedBeforeAnythingIsSent() {
        Map<String, Object> form = calculatorForm();
        form.remove("recipients");
        form.put("action", "save");

        Response r = PageClient.submit(PAGE, PAGE, form);

        r.then().statusCode(400);
        assertThat(PageClient.parse(r).select(".govuk-error-summary__list a").attr("href")).isEqualTo("#recipients");
        ApiStubs.server().verify(0, postRequestedFor(urlEqualTo(ApiStubs.NOTICES + "/notices")));
    }

    @Test
    void anUnknownNoticeTypeIsPageNotFound() {
        PageClient.page(PAGE + "?type=FINE_EVERYONE", 404);
    }

    @Test
    void aReprimandHasNoCalculatorButANotionalFine() {
        Document page = PageClient.page(PAGE + "?type=REPRIMAND");

        assertThat(page.select("#notional-fine")).hasSize(1);
        assertThat(page.select("#seriousness-percent, #calculation")).isEmpty();
    }
}
