package org.casework.web.page;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * A penalty under PECR (Privacy and Electronic Communications (EC Directive) Regulations 2003, reg 31 and Sch 1):
 * the calculator asks which law was infringed; under PECR the infringement's days and regulations replace the s.157
 * tier, whose maximum follows from those days (notice-service's PecrRules and PecrMaxima). Posted as a browser
 * without script does: every answer's fields are sent, only the chosen answer's are read.
 */
@QuarkusTest
@TestSecurity(user = "ada", roles = "caseworker")
@OidcSecurity(claims = @Claim(key = "sub", value = People.ADA))
class CalculatorPecrTest {

    private static final String PAGE = "/cases/" + ApiStubs.CASE_ID + "/notices/new";
    private static final String CALCULATIONS = ApiStubs.NOTICES + "/penalty-calculations";
    private static final String NOTICES = ApiStubs.NOTICES + "/notices";
    /** The calculation a PECR form below sends: regime and pecr where the tier would be, and no tier. */
    private static final String PECR_CALCULATION = "{"
            + "\"worldwideTurnover\": {\"amount\": \"30500000.00\", \"currency\": \"GBP\"}, \"regime\": \"PECR\", "
            + "\"pecr\": {\"infringedFrom\": \"2025-03-01\", \"infringedTo\": \"2025-06-30\", \"regulations\": [\"21\", \"22\"]}, "
            + "\"seriousness\": {\"band\": \"MEDIUM\", \"percent\": \"15\", \"reason\": \"Special category data of many people\"}, "
            + "\"turnoverAdjustment\": {\"percent\": \"-40\", \"reason\": \"Turnover is modest\"}, "
            + "\"factors\": [], \"effectiveness\": {\"percent\": \"0\", \"reason\": \"None needed\"}}";

    @BeforeEach
    void stubs() {
        ApiStubs.defaults();
        ApiStubs.stub(post(urlEqualTo(CALCULATIONS)).willReturn(StubAnswers.json(200, StubAnswers.fixture("calculation-pecr.json"))));
    }

    /** The calculator's form with the PECR answers; the tier typed before choosing PECR stays in the post. */
    static Map<String, Object> pecrForm() {
        Map<String, Object> f = NoticeDraftPageTest.calculatorForm();
        f.put("regime", "PECR");
        f.put("pecr-from-day", "1");
        f.put("pecr-from-month", "3");
        f.put("pecr-from-year", "2025");
        f.put("pecr-to-day", "30");
        f.put("pecr-to-month", "6");
        f.put("pecr-to-year", "2025");
        f.put("pecr-regulations", List.of("22", "21"));
        return f;
    }

    @Test
    void theCalculatorAsksWhichLawWasInfringedWithThePecrAnswersShownWithoutScript() {
        Document page = PageClient.page(PAGE + "?type=NOTICE_OF_INTENT");

        assertThat(page.select("#law legend").first().text()).isEqualTo("Which law was infringed?");
        assertThat(page.select("input[name=regime]").eachAttr("value")).containsExactly("DPA_UK_GDPR", "PECR");
        assertThat(page.select("input[name=regime][checked]").val()).isEqualTo("DPA_UK_GDPR");
        assertThat(page.select("label[for=regime-pecr]").text()).contains("PECR");
        // the tier belongs to the data protection answer; PECR's days and regulations to the other
        assertThat(page.select("#conditional-regime input[name=tier]")).hasSize(2);
        assertThat(page.select("#conditional-regime-pecr #pecr-from-day, #conditional-regime-pecr #pecr-to-year")).hasSize(2);
        // every regulation PecrRules accepts: 5, 5A, 6 to 26 with 21A and 21B
        assertThat(page.select("input[name=pecr-regulations]").eachAttr("value")).hasSize(25)
                .startsWith("5", "5A", "6").contains("21", "21A", "21B", "22", "26");
        assertThat(page.select("label[for=pecr-regulations-21]").text()).isEqualTo("Regulation 21: unsolicited marketing calls");
        assertThat(page.select("label[for=pecr-regulations-22]").text()).isEqualTo("Regulation 22: marketing emails and texts");
        // shown, not revealed: GOV.UK Frontend would mark the radios aria-expanded, which axe refuses
        assertThat(page.select("input[name=regime][data-aria-controls], input[aria-expanded]")).isEmpty();
    }

    @Test
    void previewUnderPecrSendsRegimeAndInfringementWithoutATierAndShowsTheLawPeriodAndMaximumSource() {
        Map<String, Object> form = pecrForm();
        form.put("action", "preview");

        Response r = PageClient.submit(PAGE, PAGE, form);

        r.then().statusCode(200);
        ApiStubs.server().verify(postRequestedFor(urlEqualTo(CALCULATIONS)).withRequestBody(equalToJson(PECR_CALCULATION)));
        Document page = PageClient.parse(r);
        assertThat(page.select("#pecr-law").text()).isEqualTo("Law infringed: PECR regulations 21 and 22 (the Privacy "
                + "and Electronic Communications (EC Directive) Regulations 2003)");
        assertThat(page.select("#pecr-period").text()).isEqualTo("Infringement: from 1 March 2025 to 30 June 2025");
        assertThat(page.select("#maximum-source").text()).isEqualTo("Source: PECR reg 31 and Sch 1 (as amended by "
                + "SI 2011/1208), applying DPA 1998 s.55A; SI 2010/31 reg 2");
        assertThat(page.select("p:contains(Statutory maximum)").text()).startsWith("Statutory maximum: £500,000.00");
        // the answers are kept
        assertThat(page.select("input[name=regime][checked]").val()).isEqualTo("PECR");
        assertThat(page.select("input[name=pecr-regulations][checked]").eachAttr("value")).containsExactly("21", "22");
        assertThat(page.select("#pecr-to-day").val()).isEqualTo("30");
    }

    @Test
    void savingAPecrDraftSendsExactlyTheLawAndTheInfringementInItsCalculation() {
        ApiStubs.stub(post(urlEqualTo(NOTICES)).willReturn(StubAnswers.json(201, StubAnswers.fixture("notice-draft.json"))));
        Map<String, Object> form = pecrForm();
        form.put("action", "save");

        Response r = PageClient.submit(PAGE, PAGE, form);

        r.then().statusCode(303);
        ApiStubs.server().verify(postRequestedFor(urlEqualTo(NOTICES))
                .withRequestBody(matchingJsonPath("$.type", equalTo("NOTICE_OF_INTENT")))
                .withRequestBody(matchingJsonPath("$.calculation", equalToJson(PECR_CALCULATION))));
    }

    @Test
    void theDataProtectionAnswerSendsTheTierAndNothingOfPecrWhateverWasTyped() {
        Map<String, Object> form = pecrForm();
        form.put("regime", "DPA_UK_GDPR");
        form.put("action", "preview");

        PageClient.submit(PAGE, PAGE, form).then().statusCode(200);

        ApiStubs.server().verify(postRequestedFor(urlEqualTo(CALCULATIONS)).withRequestBody(equalToJson(PECR_CALCULATION
                .replace("\"regime\": \"PECR\", \"pecr\": {\"infringedFrom\": \"2025-03-01\", \"infringedTo\": "
                        + "\"2025-06-30\", \"regulations\": [\"21\", \"22\"]}", "\"tier\": \"STANDARD\""))));
    }

    @Test
    void aPecrAnswerWithoutItsDaysOrRegulationsIsRefusedHereAndNothingIsDrafted() {
        Map<String, Object> form = pecrForm();
        form.put("pecr-from-day", "");
        form.put("pecr-from-month", "");
        form.put("pecr-from-year", "");
        form.put("pecr-to-month", "13");
        form.remove("pecr-regulations");
        form.put("action", "save");

        Response r = PageClient.submit(PAGE, PAGE, form);

        r.then().statusCode(400);
        Document page = PageClient.parse(r);
        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsSubsequence("#pecr-from-day", "#pecr-to-day", "#pecr-regulations");
        assertThat(page.select("#pecr-from-day-error").text()).contains("Enter the first day of the infringement");
        assertThat(page.select("#pecr-to-day-error").text()).contains("The last day of the infringement must be a real date");
        assertThat(page.select("#pecr-regulations-error").text()).contains("Select the regulations of PECR that were infringed");
        ApiStubs.server().verify(0, postRequestedFor(urlEqualTo(NOTICES)));
    }

    @Test
    void anInfringementEndingBeforeItBeganIsRefusedOnTheLastDay() {
        Map<String, Object> form = pecrForm();
        form.put("pecr-to-year", "2024");
        form.put("action", "save");

        Response r = PageClient.submit(PAGE, PAGE, form);

        r.then().statusCode(400);
        assertThat(PageClient.parse(r).select("#pecr-to-day-error").text())
                .contains("The last day of the infringement must be the same as or after the first day");
    }

    /** notice-service's PecrRules name the field under "calculation." in a draft, or bare in a calculation. */
    @Test
    void noticeServicesObjectionsToThePecrAnswersLandOnTheirFields() {
        ApiStubs.stub(post(urlEqualTo(CALCULATIONS)).willReturn(StubAnswers.problem(400, "Penalty rule", "1 field is invalid",
                "[{\"field\":\"pecr.infringedTo\",\"message\":\"The infringement period cannot end after today\"}]")));
        ApiStubs.stub(post(urlEqualTo(NOTICES)).willReturn(StubAnswers.problem(400, "Penalty rule", "1 field is invalid",
                "[{\"field\":\"calculation.pecr.regulations[1]\",\"message\":\"Regulation 22 is named twice\"}]")));
        Map<String, Object> form = pecrForm();
        form.put("action", "save");

        Response r = PageClient.submit(PAGE, PAGE, form);

        r.then().statusCode(400);
        Document page = PageClient.parse(r);
        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#pecr-to-day");
        assertThat(page.select("#pecr-to-day-error").text()).contains("The infringement period cannot end after today");
        ApiStubs.server().verify(0, postRequestedFor(urlEqualTo(NOTICES)));

        ApiStubs.stub(post(urlEqualTo(CALCULATIONS)).willReturn(StubAnswers.json(200, StubAnswers.fixture("calculation-pecr.json"))));
        Document saved = PageClient.parse(PageClient.submit(PAGE, PAGE, form));
        assertThat(saved.select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#pecr-regulations");
        assertThat(saved.select("#pecr-regulations-error").text()).contains("Regulation 22 is named twice");
        assertThat(saved.select("#pecr-regulations").attr("type")).isEqualTo("checkbox");
    }

    @Test
    void theNoticePageShowsThePecrLawTheInfringementInWordsAndTheMaximumWithItsSource() {
        ApiStubs.answer(ApiStubs.NOTICES, "/notices/" + ApiStubs.NOI_ID, "notice-pecr.json");

        Document page = PageClient.page("/notices/" + ApiStubs.NOI_ID);

        assertThat(page.select("#pecr-law").text()).startsWith("Law infringed: PECR regulations 21 and 22");
        assertThat(page.select("#pecr-period").text()).isEqualTo("Infringement: from 1 March 2025 to 30 June 2025");
        assertThat(page.select("p:contains(Statutory maximum)").text()).startsWith("Statutory maximum: £500,000.00 — "
                + "The fixed maximum for an infringement of PECR on a day before 5 February 2026");
        assertThat(page.select("#maximum-source").text()).startsWith("Source: PECR reg 31 and Sch 1");
        assertThat(page.select(".casework-amount h3").text()).isEqualTo("£45,000.00");
    }

    @Test
    void aOneDayInfringementReadsAsOneDay() {
        ApiStubs.answerWith(ApiStubs.NOTICES, "/notices/" + ApiStubs.NOI_ID, "notice-pecr.json",
                "\"infringedTo\": \"2025-06-30\"", "\"infringedTo\": \"2025-03-01\"", "\"21\",\n", "");

        Document page = PageClient.page("/notices/" + ApiStubs.NOI_ID);

        assertThat(page.select("#pecr-law").text()).startsWith("Law infringed: PECR regulation 22 (");
        assertThat(page.select("#pecr-period").text()).isEqualTo("Infringement: on 1 March 2025");
    }

    @Test
    void aDataProtectionNoticeShowsNoPecrLines() {
        Document page = PageClient.page("/notices/" + ApiStubs.DRAFT_ID);

        assertThat(page.select("#pecr-law, #pecr-period")).isEmpty();
        assertThat(page.select(".casework-amount h3").text()).isEqualTo("£783,000.00");
    }

    @Test
    void editingAPecrDraftStartsFromItsLawAndSendsItAgainWhenWorkedOutAgain() {
        String draft = "/notices/" + ApiStubs.DRAFT_ID;
        ApiStubs.answerWith(ApiStubs.NOTICES, draft, "notice-pecr.json", "\"status\": \"ISSUED\"", "\"status\": \"DRAFT\"",
                "\"id\": \"" + ApiStubs.NOI_ID + "\"", "\"id\": \"" + ApiStubs.DRAFT_ID + "\"");
        ApiStubs.stub(patch(urlEqualTo(ApiStubs.NOTICES + draft)).willReturn(StubAnswers.json(200, StubAnswers.fixture("notice-draft.json"))));

        Document page = PageClient.page(draft + "/edit");

        assertThat(page.select("input[name=regime][checked]").val()).isEqualTo("PECR");
        assertThat(page.select("#pecr-from-day").val()).isEqualTo("1");
        assertThat(page.select("#pecr-to-month").val()).isEqualTo("6");
        assertThat(page.select("input[name=pecr-regulations][checked]").eachAttr("value")).containsExactly("21", "22");

        Map<String, Object> form = pecrForm();
        form.put("etag", "2");
        form.put("recalculate", "again");
        form.put("action", "save");
        PageClient.submit(draft + "/edit", draft + "/edit", form).then().statusCode(303);
        ApiStubs.server().verify(patchRequestedFor(urlEqualTo(ApiStubs.NOTICES + draft))
                .withRequestBody(matchingJsonPath("$.calculation", equalToJson(PECR_CALCULATION))));
    }

    /** A penalty notice is for the contravention its notice of intent described (notice-service's RegimeRules). */
    @Test
    void aNewPenaltyNoticeStartsFromTheLawOfTheCasesIssuedNoticeOfIntent() {
        ApiStubs.stub(get(urlPathEqualTo(NOTICES)).willReturn(StubAnswers.json(200,
                "{\"items\": [" + StubAnswers.fixture("notice-pecr.json") + "], \"next\": null}")));

        Document page = PageClient.page(PAGE + "?type=PENALTY_NOTICE");

        assertThat(page.select("input[name=regime][checked]").val()).isEqualTo("PECR");
        assertThat(page.select("#pecr-to-year").val()).isEqualTo("2025");
        assertThat(page.select("input[name=pecr-regulations][checked]").eachAttr("value")).containsExactly("21", "22");
    }
}
