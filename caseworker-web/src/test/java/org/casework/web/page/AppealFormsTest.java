package org.casework.web.page;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;

/** Appeals on a penalty notice's page: pending, each outcome, an onward appeal; recorded by staff only. */
@QuarkusTest
@TestSecurity(user = "ada", roles = "caseworker")
@OidcSecurity(claims = @Claim(key = "sub", value = People.ADA))
class AppealFormsTest {

    private static final String PAGE = "/notices/" + ApiStubs.PENALTY_ID;
    private static final String APPEAL = "a9900000-0000-4000-8000-000000000001";
    private static final String PENDING = "\"status\": \"PENDING\",\n   \"outcome\": null";

    @BeforeEach
    void stubs() {
        ApiStubs.defaults();
        ApiStubs.answer(ApiStubs.NOTICES, PAGE + "/appeals", "appeals.json");
    }

    @Test
    void aPendingAppealShowsItsGroundsDocumentsTheLostSettlementAndTheOutcomeForm() {
        ApiStubs.answerWith(ApiStubs.NOTICES, PAGE, "notice-penalty-settled.json", "\"withdrawal\": null",
                "\"withdrawal\": null, \"appealPending\": true");

        Document page = PageClient.page(PAGE);

        assertThat(page.select("#under-appeal").text()).isEqualTo("Under appeal");
        var card = page.select("#appeal-" + APPEAL);
        assertThat(card.select(".govuk-summary-card__title-wrapper").text()).isEqualTo("Appeal EA/2026/0042 Pending");
        assertThat(card.select(".govuk-summary-list__row").eachText()).contains("Lodged 20 April 2026",
                "Grounds The amount is disproportionate.");
        assertThat(card.select("#settlement-lost").text()).startsWith("The settlement discount was lost");
        assertThat(card.select("a[download]").attr("href"))
                .isEqualTo(PAGE + "/appeals/" + APPEAL + "/documents/d0c00000-0000-4000-8000-000000000001");
        assertThat(card.select("form[action$=/outcome] input[name=outcome]").eachAttr("value"))
                .containsExactly("DISMISSED", "ALLOWED", "VARIED", "WITHDRAWN");
        assertThat(page.select("form[action=" + PAGE + "/appeals]")).isEmpty();
        assertThat(page.select("#appeal-due").text()).isEqualTo("Appeal by 24 April 2026: 28 days to appeal to the "
                + "First-tier Tribunal (Data Protection Act 2018, section 162; Tribunal Procedure (First-tier Tribunal) "
                + "(General Regulatory Chamber) Rules 2009, rule 22).");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "DISMISSED|Dismissed on 1 October 2026",
            "ALLOWED|Allowed on 1 October 2026",
            "VARIED|Varied on 1 October 2026: £2,000,000.00 substituted",
            "WITHDRAWN|Withdrawn on 1 October 2026" })
    void eachOutcomeIsShownInWordsAndOffersAnOnwardAppeal(String outcome, String shown) {
        String amount = "VARIED".equals(outcome) ? "{\"amount\": \"2000000.00\", \"currency\": \"GBP\"}" : "null";
        ApiStubs.answerWith(ApiStubs.NOTICES, PAGE + "/appeals", "appeals.json", PENDING, "\"status\": \"" + outcome
                + "\", \"outcome\": {\"outcome\": \"" + outcome + "\", \"decidedOn\": \"2026-10-01\", \"note\": \"Heard in London\", "
                + "\"amount\": " + amount + "}");

        Document page = PageClient.page(PAGE);

        assertThat(page.select("#appeal-outcome").text()).isEqualTo(shown + " Heard in London");
        assertThat(page.select("form[action$=/appeals/" + APPEAL + "/outcome]")).isEmpty();
        assertThat(page.select("form[action$=/onward-appeal]")).hasSize(1);
        assertThat(page.select("form[action=" + PAGE + "/appeals]")).hasSize(1);
    }

    @Test
    void anOnwardAppealPendingShowsItAndTheFormForItsDecision() {
        ApiStubs.answerWith(ApiStubs.NOTICES, PAGE + "/appeals", "appeals.json", PENDING, "\"status\": \"DISMISSED\", "
                + "\"outcome\": {\"outcome\": \"DISMISSED\", \"decidedOn\": \"2026-10-01\"}, \"onwardAppeal\": {\"lodgedOn\": "
                + "\"2026-10-20\", \"court\": \"UPPER_TRIBUNAL\", \"reference\": \"UA-2026-0007\"}", "\"onwardAppeal\": null,", "");

        Document page = PageClient.page(PAGE);

        assertThat(page.select("#onward-appeal").text()).isEqualTo("To the Upper tribunal, UA-2026-0007, lodged 20 October 2026; pending");
        assertThat(page.select("form[action$=/onward-appeal/outcome]")).hasSize(1);
        assertThat(page.select("form[action=" + PAGE + "/appeals]")).isEmpty();
    }

    @Test
    void noAppealYetOffersTheFormAndAnAppealDayOnAHolidayMovesToTheNextWorkingDay() {
        ApiStubs.answer(ApiStubs.NOTICES, PAGE + "/appeals", "page-empty.json");
        ApiStubs.answerWith(ApiStubs.NOTICES, PAGE, "notice-penalty-settled.json", "\"appealDueOn\": \"2026-04-24\"",
                "\"appealDueOn\": \"2026-12-25\"");
        ApiStubs.answerWith(ApiStubs.NOTICES, PAGE + "/appeals", "appeals.json", "\"workingDayDueOn\": \"2026-04-24\"",
                "\"workingDayDueOn\": \"2026-12-29\"", PENDING, "\"status\": \"WITHDRAWN\", \"outcome\": null");

        Document page = PageClient.page(PAGE);

        assertThat(page.select("#appeal-due").text()).endsWith("rule 22); as that day is a bank holiday, an appeal is in "
                + "time on the next working day, 29 December 2026 (rule 12).");
        assertThat(page.select("form[action=" + PAGE + "/appeals] textarea#appeal-grounds")).hasSize(1);
    }

    @Test
    void recordingAnAppealSendsItAndALateOneRefusedIsShownInTheSummary() {
        ApiStubs.answer(ApiStubs.NOTICES, PAGE + "/appeals", "page-empty.json");
        String api = ApiStubs.NOTICES + PAGE + "/appeals";
        ApiStubs.stub(post(urlEqualTo(api)).willReturn(PenaltyAccountPageTest.problem(422, "appeal-out-of-time",
                "The appeal was lodged after 24 April 2026 and the tribunal has not admitted it late", "DPA 2018 s.162")));
        Map<String, String> fields = Map.of("appeal-lodged-day", "1", "appeal-lodged-month", "5", "appeal-lodged-year", "2026",
                "appeal-reference", "EA/2026/0042", "appeal-grounds", "Disproportionate");

        Response refused = PageClient.submit(PAGE, PAGE + "/appeals", fields);

        refused.then().statusCode(422);
        Document page = PageClient.parse(refused);
        assertThat(page.select(".govuk-error-summary__list a").eachText()).containsExactly("The appeal was lodged after "
                + "24 April 2026 and the tribunal has not admitted it late (DPA 2018 s.162)");
        assertThat(page.select(".govuk-error-summary__list a").attr("href")).isEqualTo("#appeal-lodged-day");
        assertThat(page.select("#appeal-reference").val()).isEqualTo("EA/2026/0042");

        ApiStubs.stub(post(urlEqualTo(api)).willReturn(StubAnswers.json(201, "{}")));
        Response r = PageClient.submit(PAGE, PAGE + "/appeals", Map.of("appeal-lodged-day", "1", "appeal-lodged-month", "5",
                "appeal-lodged-year", "2026", "appeal-reference", "EA/2026/0042", "appeal-grounds", "Disproportionate",
                "appeal-late", "yes", "appeal-late-reason", "Illness"));
        r.then().statusCode(303);
        assertThat(r.header("Location")).endsWith("?done=appeal-recorded");
        ApiStubs.server().verify(postRequestedFor(urlEqualTo(api)).withRequestBody(equalToJson("{\"lodgedOn\":\"2026-05-01\","
                + "\"tribunalReference\":\"EA/2026/0042\",\"grounds\":\"Disproportionate\",\"lateAppealAdmitted\":true,"
                + "\"lateAppealReason\":\"Illness\"}")));
    }

    @Test
    void recordingTheOutcomeSendsItAndARefusalIsShownOnThatAppealsForm() {
        String api = ApiStubs.NOTICES + "/appeals/" + APPEAL + "/outcome";
        ApiStubs.stub(post(urlEqualTo(api)).willReturn(PenaltyAccountPageTest.problem(409, "appeal-decided",
                "The appeal is already decided", null)));
        Map<String, String> fields = Map.of("outcome", "VARIED", "outcome-decided-day", "1", "outcome-decided-month", "10",
                "outcome-decided-year", "2026", "outcome-amount", "2,000,000", "outcome-days", "28", "outcome-note", "Reduced");

        Response refused = PageClient.submit(PAGE, PAGE + "/appeals/" + APPEAL + "/outcome", fields);

        refused.then().statusCode(409);
        Document page = PageClient.parse(refused);
        assertThat(page.select(".govuk-error-summary__list a").eachText()).containsExactly("The appeal is already decided");
        assertThat(page.select("#appeal-" + APPEAL + " #outcome-error").text()).isEqualTo("Error: The appeal is already decided");

        ApiStubs.stub(post(urlEqualTo(api)).willReturn(StubAnswers.json(200, "{}")));
        Response r = PageClient.submit(PAGE, PAGE + "/appeals/" + APPEAL + "/outcome", fields);
        r.then().statusCode(303);
        assertThat(r.header("Location")).endsWith(PAGE + "?done=appeal-decided");
        ApiStubs.server().verify(postRequestedFor(urlEqualTo(api)).withRequestBody(equalToJson("{\"outcome\":\"VARIED\","
                + "\"decidedOn\":\"2026-10-01\",\"note\":\"Reduced\",\"amount\":{\"amount\":\"2000000.00\",\"currency\":\"GBP\"},"
                + "\"paymentDays\":28,\"terms\":null}")));
    }

    @Test
    void notingAnOnwardAppealAndItsDecisionSendsEach() {
        String onward = ApiStubs.NOTICES + "/appeals/" + APPEAL + "/onward-appeal";
        ApiStubs.stub(post(urlEqualTo(onward)).willReturn(StubAnswers.json(200, "{}")));
        ApiStubs.stub(post(urlEqualTo(onward + "/outcome")).willReturn(StubAnswers.json(200, "{}")));

        Response noted = PageClient.submit(PAGE, PAGE + "/appeals/" + APPEAL + "/onward-appeal", Map.of("onward-lodged-day",
                "20", "onward-lodged-month", "10", "onward-lodged-year", "2026", "onward-court", "UPPER_TRIBUNAL",
                "onward-reference", "UA-2026-0007"));
        Response decided = PageClient.submit(PAGE, PAGE + "/appeals/" + APPEAL + "/onward-appeal/outcome", Map.of(
                "onward-decided-day", "1", "onward-decided-month", "12", "onward-decided-year", "2026",
                "onward-outcome-note", "Permission refused"));

        assertThat(noted.header("Location")).endsWith("?done=onward-appeal-noted");
        assertThat(decided.header("Location")).endsWith("?done=onward-appeal-decided");
        ApiStubs.server().verify(postRequestedFor(urlEqualTo(onward)).withRequestBody(equalToJson("{\"lodgedOn\":\"2026-10-20\","
                + "\"court\":\"UPPER_TRIBUNAL\",\"reference\":\"UA-2026-0007\",\"note\":null}")));
        ApiStubs.server().verify(postRequestedFor(urlEqualTo(onward + "/outcome"))
                .withRequestBody(equalToJson("{\"decidedOn\":\"2026-12-01\",\"note\":\"Permission refused\"}")));
    }

    @Test
    void anOnwardAppealMissingItsCourtIsRefusedHereOnThatAppealsForm() {
        ApiStubs.answerWith(ApiStubs.NOTICES, PAGE + "/appeals", "appeals.json", PENDING, "\"status\": \"DISMISSED\", "
                + "\"outcome\": {\"outcome\": \"DISMISSED\", \"decidedOn\": \"2026-10-01\"}");

        Response r = PageClient.submit(PAGE, PAGE + "/appeals/" + APPEAL + "/onward-appeal", Map.of("onward-lodged-day",
                "20", "onward-lodged-month", "10", "onward-lodged-year", "2026", "onward-reference", "UA-2026-0007"));

        r.then().statusCode(400);
        Document page = PageClient.parse(r);
        assertThat(page.select(".govuk-error-summary__list a").eachText()).containsExactly("Select the court or tribunal appealed to");
        assertThat(page.select("#appeal-" + APPEAL + " details[open] #onward-reference").val()).isEqualTo("UA-2026-0007");
        ApiStubs.server().verify(0, postRequestedFor(urlEqualTo(ApiStubs.NOTICES + "/appeals/" + APPEAL + "/onward-appeal")));
    }

    @Test
    @TestSecurity(user = "alan", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "sub", value = People.ALAN))
    void auditorsReadAppealsAndRecordNothing() {
        Document page = PageClient.page(PAGE);

        assertThat(page.select("#appeal-" + APPEAL)).hasSize(1);
        assertThat(page.select("form[method=post]")).isEmpty();
        assertThat(PageClient.submit(PAGE, PAGE + "/appeals", Map.of("appeal-grounds", "x")).statusCode()).isEqualTo(403);
    }
}
