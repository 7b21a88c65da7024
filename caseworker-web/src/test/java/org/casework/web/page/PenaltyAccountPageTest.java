package org.casework.web.page;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
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

/** A penalty notice's account on its page: each state of the account and the forms on it, for each role. */
@QuarkusTest
@TestSecurity(user = "grace", roles = "decision-maker")
@OidcSecurity(claims = @Claim(key = "sub", value = People.GRACE))
class PenaltyAccountPageTest {

    private static final String PAGE = "/notices/" + ApiStubs.PENALTY_ID;
    private static final String API = ApiStubs.NOTICES + PAGE;

    @BeforeEach
    void stubs() {
        ApiStubs.defaults();
        ApiStubs.answer(ApiStubs.NOTICES, PAGE + "/account", "account.json");
    }

    @Test
    void beforeNoticeServiceKeepsAnAccountThePageSaysSo() {
        ApiStubs.defaults();

        Document page = PageClient.page(PAGE);

        assertThat(page.select("#no-account").text()).startsWith("No account is kept for this penalty yet.");
        assertThat(page.select("#account-figures")).isEmpty();
    }

    @Test
    void aBalanceDueShowsTheFiguresTheWorkingDayInstalmentsPaymentsAndWhyRecoveryIsBarred() {
        Document page = PageClient.page(PAGE);

        assertThat(page.select("#account-status").text()).isEqualTo("Balance due");
        assertThat(page.select("#account-figures .govuk-summary-list__row").eachText()).contains(
                "Amount due £3,076,320.00", "Paid £1,000,000.00", "Balance £2,076,320.00");
        assertThat(page.select("#payment-due").text()).isEqualTo("Due by 25 December 2026: the period the penalty notice "
                + "gives for payment, at least 28 days (Data Protection Act 2018, Schedule 16, paragraph 6(2)); as that day is "
                + "a bank holiday, a payment is in time on the next working day, 29 December 2026.");
        assertThat(page.select("#instalments tbody tr").eachText())
                .containsExactly("20 November 2026 Paid £1,000,000.00", "25 January 2027 Due £2,076,320.00");
        assertThat(page.select("#payments tbody tr").eachText()).containsExactly("20 November 2026 BACS-0001 £1,000,000.00");
        assertThat(page.select("#recovery-barred li").eachText())
                .containsExactly("The period for payment has not ended: it ends on 29 December 2026");
        assertThat(page.select("#recovery-barred").text()).contains("Recovery cannot be started before 30 December 2026");
        assertThat(page.select("button#recovery-button").hasAttr("disabled")).isTrue();
        assertThat(page.select("form[action$=/recovery]")).isEmpty();
        assertThat(page.select("#recovery").next().text()).contains("Schedule 16, paragraph 9");
        assertThat(page.select("#overdue, #account-figures dt:contains(Refund due)")).isEmpty();
    }

    @Test
    void anOverdueBalanceIsWarnedOfWithTheDaySinceWhen() {
        ApiStubs.answerWith(ApiStubs.NOTICES, PAGE + "/account", "account.json",
                "\"overdue\": false", "\"overdue\": true", "\"overdueSince\": null", "\"overdueSince\": \"2026-11-03\"");

        Document page = PageClient.page(PAGE);

        assertThat(page.select("#account-status").text()).isEqualTo("Overdue");
        assertThat(page.select("#overdue").text()).isEqualTo("!Warning Overdue since 3 November 2026: £2,076,320.00 is owed.");
    }

    @Test
    void aPaidPenaltyOwesNothingAndOffersNoPlan() {
        ApiStubs.answerWith(ApiStubs.NOTICES, PAGE + "/account", "account.json",
                "\"paid\": {\"amount\": \"1000000.00\"", "\"paid\": {\"amount\": \"3076320.00\"",
                "\"balance\": {\"amount\": \"2076320.00\"", "\"balance\": {\"amount\": \"0.00\"");

        Document page = PageClient.page(PAGE);

        assertThat(page.select("#account-status").text()).isEqualTo("Paid");
        assertThat(page.select("#account-figures .govuk-summary-list__row").eachText()).contains("Balance £0.00");
        assertThat(page.select("form[action$=/instalment-plan]")).isEmpty();
    }

    @Test
    void aCancelledPenaltyShowsTheRefundDueAndCanNoLongerBeVariedOrCancelled() {
        ApiStubs.answerWith(ApiStubs.NOTICES, PAGE, "notice-penalty-settled.json", "\"status\": \"ISSUED\"",
                "\"status\": \"CANCELLED\"", "\"withdrawal\": null", "\"withdrawal\": null, \"cancellation\": {\"reasons\": "
                        + "\"The failure was not the organisation's.\", \"source\": \"REGULATOR\", \"cancelledOn\": \"2026-11-25\"}");
        ApiStubs.answerWith(ApiStubs.NOTICES, PAGE + "/account", "account.json", "\"status\": \"ISSUED\"",
                "\"status\": \"CANCELLED\"", "\"amountDue\": {\"amount\": \"3076320.00\"", "\"amountDue\": {\"amount\": \"0.00\"",
                "\"balance\": {\"amount\": \"2076320.00\"", "\"balance\": {\"amount\": \"0.00\"",
                "\"refundDue\": {\"amount\": \"0.00\"", "\"refundDue\": {\"amount\": \"1000000.00\"");

        Document page = PageClient.page(PAGE);

        assertThat(page.select("#cancelled").text()).isEqualTo("Cancelled on 25 November 2026: The failure was not the organisation's.");
        assertThat(page.select("#account-status").text()).isEqualTo("Cancelled: refund due");
        assertThat(page.select("#account-figures .govuk-summary-list__row").eachText()).contains("Amount due £0.00",
                "Refund due £1,000,000.00 What was paid towards a cancelled penalty is refunded.");
        assertThat(page.select("form[action$=/variation], form[action$=/cancellation], form[action$=/instalment-plan]")).isEmpty();
        assertThat(page.select("#payment-due")).isEmpty();
    }

    @Test
    void recordingAPaymentSendsItAndConfirms() {
        ApiStubs.stub(post(urlEqualTo(API + "/payments")).willReturn(StubAnswers.json(201, "{}")));

        Response r = PageClient.submit(PAGE, PAGE + "/payments", Map.of("pay-amount", "2,076,320.00", "pay-received-day", "1",
                "pay-received-month", "12", "pay-received-year", "2026", "pay-reference", "BACS-0002"));

        r.then().statusCode(303);
        assertThat(r.header("Location")).endsWith(PAGE + "?done=payment-recorded");
        ApiStubs.server().verify(postRequestedFor(urlEqualTo(API + "/payments")).withRequestBody(equalToJson(
                "{\"amount\":{\"amount\":\"2076320.00\",\"currency\":\"GBP\"},\"receivedOn\":\"2026-12-01\",\"reference\":\"BACS-0002\"}")));
        assertThat(PageClient.page(PAGE + "?done=payment-recorded").select(".govuk-notification-banner--success").text())
                .contains("The payment was recorded");
    }

    @Test
    void aPaymentTheServiceRefusesIsShownInTheErrorSummaryAndKept() {
        ApiStubs.stub(post(urlEqualTo(API + "/payments")).willReturn(problem(409, "payment-reference-used",
                "A payment with reference BACS-0001 is already recorded", null)));

        Response r = PageClient.submit(PAGE, PAGE + "/payments", Map.of("pay-amount", "10", "pay-received-day", "1",
                "pay-received-month", "12", "pay-received-year", "2026", "pay-reference", "BACS-0001"));

        r.then().statusCode(409);
        Document page = PageClient.parse(r);
        assertThat(page.select(".govuk-error-summary__list a").eachText())
                .containsExactly("A payment with reference BACS-0001 is already recorded");
        assertThat(page.select(".govuk-error-summary__list a").attr("href")).isEqualTo("#pay-amount");
        assertThat(page.select("#pay-reference").val()).isEqualTo("BACS-0001");
    }

    @Test
    void aPaymentMissingItsPartsIsRefusedHereAndNothingIsSent() {
        Response r = PageClient.submit(PAGE, PAGE + "/payments", Map.of("pay-amount", "ten pounds"));

        r.then().statusCode(400);
        assertThat(PageClient.parse(r).select(".govuk-error-summary__list a").eachText()).containsExactly(
                "Enter an amount in pounds, for example 1,000.50", "Enter the day the payment was received",
                "Enter the payment’s reference");
        ApiStubs.server().verify(0, anyRequestedFor(urlPathMatching(".*/payments")));
    }

    @Test
    void agreeingAnInstalmentPlanSendsTheRowsFilledIn() {
        ApiStubs.stub(put(urlEqualTo(API + "/instalment-plan")).willReturn(StubAnswers.json(200, "{}")));
        Map<String, String> fields = new LinkedHashMap<>(Map.of("instalment-1-due-day", "31", "instalment-1-due-month", "12",
                "instalment-1-due-year", "2026", "instalment-1-amount", "1,000,000", "instalment-2-due-day", "29",
                "instalment-2-due-month", "1", "instalment-2-due-year", "2027", "instalment-2-amount", "1,076,320.00"));
        fields.putAll(Map.of("plan-agreed-day", "2", "plan-agreed-month", "12", "plan-agreed-year", "2026",
                "plan-reason", "Cash flow"));

        Response r = PageClient.submit(PAGE, PAGE + "/instalment-plan", fields);

        r.then().statusCode(303);
        assertThat(r.header("Location")).endsWith("?done=plan-agreed");
        ApiStubs.server().verify(putRequestedFor(urlEqualTo(API + "/instalment-plan")).withRequestBody(equalToJson(
                "{\"instalments\":[{\"dueOn\":\"2026-12-31\",\"amount\":{\"amount\":\"1000000.00\",\"currency\":\"GBP\"}},"
                        + "{\"dueOn\":\"2027-01-29\",\"amount\":{\"amount\":\"1076320.00\",\"currency\":\"GBP\"}}],"
                        + "\"agreedOn\":\"2026-12-02\",\"reason\":\"Cash flow\"}")));
    }

    @Test
    void referringForRecoveryWhenPossibleSendsTheReferralAndARefusalCitesTheRule() {
        ApiStubs.answerWith(ApiStubs.NOTICES, PAGE + "/account", "account.json", "\"possible\": false", "\"possible\": true");
        ApiStubs.stub(post(urlEqualTo(API + "/recovery")).willReturn(problem(409, "recovery-barred",
                "An appeal is pending", "DPA 2018 Sch 16 para 9")));
        Map<String, String> fields = Map.of("recovery-referred-day", "3", "recovery-referred-month", "12",
                "recovery-referred-year", "2026", "recovery-note", "To the court");

        Response refused = PageClient.submit(PAGE, PAGE + "/recovery", fields);

        refused.then().statusCode(409);
        assertThat(PageClient.parse(refused).select(".govuk-error-summary__list a").eachText())
                .containsExactly("An appeal is pending (DPA 2018 Sch 16 para 9)");
        ApiStubs.stub(post(urlEqualTo(API + "/recovery")).willReturn(StubAnswers.json(200, "{}")));
        Response r = PageClient.submit(PAGE, PAGE + "/recovery", fields);
        r.then().statusCode(303);
        ApiStubs.server().verify(postRequestedFor(urlEqualTo(API + "/recovery"))
                .withRequestBody(equalToJson("{\"referredOn\":\"2026-12-03\",\"note\":\"To the court\"}")));
    }

    @Test
    void aVariationIsSentOnTheVersionShownAndOneToTheDetrimentIsRefusedInTheSummary() {
        ApiStubs.stub(post(urlEqualTo(API + "/variation")).willReturn(problem(422, "variation-to-detriment",
                "A variation cannot raise the amount", "DPA 2018 Sch 16 para 7")));
        Map<String, String> fields = Map.of("etag", "2", "vary-amount", "4,000,000", "vary-reasons", "Recalculated");

        Response refused = PageClient.submit(PAGE, PAGE + "/variation", fields);

        refused.then().statusCode(422);
        Document page = PageClient.parse(refused);
        assertThat(page.select(".govuk-error-summary__list a").eachText())
                .containsExactly("A variation cannot raise the amount (DPA 2018 Sch 16 para 7)");
        assertThat(page.select("#vary-amount").val()).isEqualTo("4,000,000");
        ApiStubs.stub(post(urlEqualTo(API + "/variation")).willReturn(StubAnswers.json(200, "{}")));
        Response r = PageClient.submit(PAGE, PAGE + "/variation", Map.of("etag", "2", "vary-amount", "2,500,000",
                "vary-days", "56", "vary-reasons", "Hardship shown"));
        r.then().statusCode(303);
        assertThat(r.header("Location")).endsWith("?done=notice-varied");
        ApiStubs.server().verify(postRequestedFor(urlEqualTo(API + "/variation")).withHeader("If-Match", equalTo("\"2\""))
                .withRequestBody(equalToJson("{\"amount\":{\"amount\":\"2500000.00\",\"currency\":\"GBP\"},"
                        + "\"paymentDays\":56,\"reasons\":\"Hardship shown\"}")));
    }

    @Test
    void cancellingAsksForConfirmationFirstAndSendsOnlyWhenConfirmed() {
        ApiStubs.stub(post(urlEqualTo(API + "/cancellation")).willReturn(StubAnswers.json(200, "{}")));

        Response asked = PageClient.submit(PAGE, PAGE + "/cancellation", Map.of("etag", "2", "cancel-reasons", "Wrong organisation"));

        asked.then().statusCode(200);
        Document confirm = PageClient.parse(asked);
        assertThat(confirm.select("#confirm-cancellation").text()).contains("Are you sure you want to cancel this penalty notice?",
                "what has been paid becomes due back to the organisation");
        assertThat(confirm.select("form[action$=/cancellation] input[name=confirm]").val()).isEqualTo("yes");
        ApiStubs.server().verify(0, postRequestedFor(urlEqualTo(API + "/cancellation")));

        Response r = PageClient.submit(PAGE, PAGE + "/cancellation", Map.of("etag", "2", "cancel-reasons",
                "Wrong organisation", "confirm", "yes"));

        r.then().statusCode(303);
        assertThat(r.header("Location")).endsWith("?done=notice-cancelled");
        ApiStubs.server().verify(postRequestedFor(urlEqualTo(API + "/cancellation")).withHeader("If-Match", equalTo("\"2\""))
                .withRequestBody(equalToJson("{\"reasons\":\"Wrong organisation\"}")));
    }

    @Test
    @TestSecurity(user = "ada", roles = "caseworker")
    @OidcSecurity(claims = @Claim(key = "sub", value = People.ADA))
    void caseworkersRecordPaymentsButDoNotPlanReferVaryOrCancel() {
        Document page = PageClient.page(PAGE);

        assertThat(page.select("form[action$=/payments]")).hasSize(1);
        assertThat(page.select("form[action$=/instalment-plan], form[action$=/recovery], form[action$=/variation], "
                + "form[action$=/cancellation], button#recovery-button")).isEmpty();
        assertThat(PageClient.submit(PAGE, PAGE + "/variation", Map.of("vary-reasons", "x")).statusCode()).isEqualTo(403);
    }

    @Test
    @TestSecurity(user = "alan", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "sub", value = People.ALAN))
    void auditorsReadTheAccountAndActOnNothing() {
        Document page = PageClient.page(PAGE);

        assertThat(page.select("#account-figures")).hasSize(1);
        assertThat(page.select("form[method=post]")).isEmpty();
    }

    @Test
    void interestABrokenSettlementAndAPendingAppealAreShownWithTheAccount() {
        ApiStubs.answerWith(ApiStubs.NOTICES, PAGE + "/account", "account.json",
                "\"interest\": null", "\"interest\": {\"annualPercent\": 8, \"accrued\": {\"amount\": \"1234.56\", \"currency\": \"GBP\"}}",
                "\"broken\": []", "\"broken\": [\"The right of appeal was waived, and an appeal was lodged\"]",
                "\"appealPending\": false", "\"appealPending\": true");

        Document page = PageClient.page(PAGE);

        assertThat(page.select("#account-figures .govuk-summary-list__row").eachText()).contains(
                "Interest 8% a year, as the notice states: £1,234.56 so far",
                "Appeal An appeal is pending: the penalty cannot be recovered until it is decided or withdrawn.");
        assertThat(page.select("#settlement-broken li").eachText())
                .containsExactly("The right of appeal was waived, and an appeal was lodged");
    }

    @Test
    void aPlanThatDoesNotAddUpIsShownInTheSummary() {
        ApiStubs.stub(put(urlEqualTo(API + "/instalment-plan")).willReturn(StubAnswers.problem(422, "Invalid request",
                "1 field is invalid", "[{\"field\":\"instalments\",\"message\":\"The instalments add up to £10.00, "
                        + "not the balance of £2,076,320.00\"}]")));

        Response r = PageClient.submit(PAGE, PAGE + "/instalment-plan", Map.of("instalment-1-due-day", "31",
                "instalment-1-due-month", "12", "instalment-1-due-year", "2026", "instalment-1-amount", "10",
                "plan-agreed-day", "2", "plan-agreed-month", "12", "plan-agreed-year", "2026", "plan-reason", "Cash flow"));

        r.then().statusCode(422);
        Document page = PageClient.parse(r);
        assertThat(page.select(".govuk-error-summary__list a").eachText())
                .containsExactly("The instalments add up to £10.00, not the balance of £2,076,320.00");
        assertThat(page.select("#instalment-1-amount").val()).isEqualTo("10");
    }

    @Test
    void aConfirmedCancellationTheServiceRefusesIsShownInTheSummary() {
        ApiStubs.stub(post(urlEqualTo(API + "/cancellation")).willReturn(problem(409, "not-cancellable",
                "Only an issued penalty notice can be cancelled", "DPA 2018 Sch 16 para 8")));

        Response r = PageClient.submit(PAGE, PAGE + "/cancellation", Map.of("etag", "2", "cancel-reasons",
                "Wrong organisation", "confirm", "yes"));

        r.then().statusCode(409);
        Document page = PageClient.parse(r);
        assertThat(page.select(".govuk-error-summary__list a").eachText())
                .containsExactly("Only an issued penalty notice can be cancelled (DPA 2018 Sch 16 para 8)");
        assertThat(page.select("#cancel-reasons").text()).isEqualTo("Wrong organisation");
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefusedAndNothingIsSent() {
        Response r = PageClient.submitWithoutToken(PAGE + "/payments", Map.of("pay-amount", "10"));

        assertThat(r.statusCode()).isEqualTo(400);
        ApiStubs.server().verify(0, anyRequestedFor(urlPathMatching(".*/payments")));
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder problem(int status, String code, String detail,
            String rule) {
        String body = "{\"type\":\"https://casework.example/problems/" + code + "\",\"title\":\"Refused\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"" + (rule == null ? "" : ",\"rule\":\"" + rule + "\"") + "}";
        return com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(status)
                .withHeader("Content-Type", "application/problem+json").withBody(body);
    }
}
