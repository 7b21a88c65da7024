package org.casework.web.page;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
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

/** The notice page in each state a notice can be in, and issuing from it. */
@QuarkusTest
@TestSecurity(user = "grace", roles = "decision-maker")
@OidcSecurity(claims = @Claim(key = "sub", value = People.GRACE))
class NoticePageTest {

    private static final String DRAFT = "/notices/" + ApiStubs.DRAFT_ID;
    private static final String ISSUE = ApiStubs.NOTICES + DRAFT + "/issue";
    private static final String KEY = "0b7f1c1e-2d1f-4f53-8c1a-6a3e6b1f0a01";

    @BeforeEach
    void stubs() {
        ApiStubs.defaults();
    }

    @Test
    void aDraftWithNothingMissingIsReadyAndADecisionMakerWhoDidNotInvestigateCanIssueIt() {
        Document page = PageClient.page(DRAFT);

        assertThat(page.select("h1").text()).isEqualTo("Notice of intent");
        assertThat(page.select("#issue-readiness h2").text()).isEqualTo("Ready to issue");
        assertThat(page.select("#issue-button").text()).isEqualTo("Issue notice of intent");
        assertThat(page.select("form[action$=/issue] input[name=idempotency-key]").val()).matches("[0-9a-f-]{36}");
        assertThat(page.select(".casework-amount h3").text()).isEqualTo("£783,000.00");
        assertThat(page.select(".govuk-summary-list__row").eachText()).contains("Amount £783,000.00", "Given Not yet given",
                "Representations 28 days from the day it is given");
        assertThat(page.select("a#edit-draft").attr("href")).isEqualTo(DRAFT + "/edit");
    }

    /** Issuing can take seconds: the button is disabled and the wait announced; without script the form posts as it is. */
    @Test
    void theIssueFormAnnouncesTheWorkInProgressToScriptAndStillWorksWithoutIt() {
        Document page = PageClient.page(DRAFT);

        var form = page.selectFirst("form[action=" + DRAFT + "/issue]");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("data-module")).isEqualTo("casework-busy");
        assertThat(form.attr("data-busy-message")).isEqualTo("Issuing the notice…");
        assertThat(form.select("#issue-status[role=status][aria-live=polite]").text()).isEmpty();
        assertThat(form.select("button[type=submit]#issue-button")).hasSize(1);
    }

    @Test
    void aDraftThatCannotBeIssuedListsWhatIsMissingEachWithALinkToWhereItIsPutRight() {
        Document page = PageClient.page("/notices/" + ApiStubs.MISSING_ID);

        assertThat(page.select("#issue-readiness h2").text()).isEqualTo("Before it can be issued");
        var items = page.select(".casework-missing li");
        assertThat(items.eachText()).containsExactly(
                "The address of AHS Holdings plc is missing DPA 2018 Sch 16 para 5(1)(a). Correct the case’s facts: The address of AHS Holdings plc is missing",
                "The amount and the reasons for it, with aggravating and mitigating factors, are missing DPA 2018 Sch 16 para 5(1)(e). "
                        + "Edit the draft: The amount and the reasons for it, with aggravating and mitigating factors, are missing",
                "The period for payment is missing DPA 2018 Sch 16 para 6. Edit the draft: The period for payment is missing",
                "How the penalty is to be paid is not configured DPA 2018 Sch 16 para 5(1)(f). Ask an administrator to set this up.");
        assertThat(items.select("a").eachAttr("href")).containsExactly(
                "/cases/" + ApiStubs.CASE_ID + "/facts#entity-2-address",
                "/notices/" + ApiStubs.MISSING_ID + "/edit#fine",
                "/notices/" + ApiStubs.MISSING_ID + "/edit#payment-days");
        assertThat(page.select("#issue-button")).isEmpty();
        assertThat(page.select("#why-no-issue").text()).isEqualTo("It cannot be issued until what is missing is put right.");
        assertThat(page.select(".govuk-summary-list__row").eachText()).contains(
                "Addressed to AHS Holdings plc Address taken from the case when it is issued", "Payment The usual period");
    }

    @Test
    void whenNoticeServiceCouldNotCheckTheDraftThePageSaysSoAndClaimsNothing() {
        ApiStubs.answerWith(ApiStubs.NOTICES, DRAFT, "notice-draft.json", "\"missingForIssue\": []", "\"missingForIssue\": null");

        Document page = PageClient.page(DRAFT);

        assertThat(page.select("#issue-readiness h2").text()).isEqualTo("Not checked");
        assertThat(page.text()).doesNotContain("Ready to issue");
        assertThat(page.select("#issue-button")).hasSize(1);
    }

    @Test
    void issuingSendsTheFormsKeyAndLandsOnTheNoticeWithAConfirmation() {
        ApiStubs.stub(post(urlEqualTo(ISSUE)).willReturn(StubAnswers.json(200, StubAnswers.fixture("notice-issued.json"))));

        Response r = PageClient.submit(DRAFT, DRAFT + "/issue", Map.of("idempotency-key", KEY, "giving-method", "EMAIL"));

        r.then().statusCode(303);
        assertThat(r.header("Location")).endsWith(DRAFT + "?done=notice-issued");
        ApiStubs.server().verify(postRequestedFor(urlEqualTo(ISSUE)).withHeader("Idempotency-Key", equalTo(KEY))
                .withRequestBody(equalToJson("{\"method\":\"EMAIL\"}")));
        assertThat(PageClient.page(DRAFT + "?done=notice-issued").select(".govuk-notification-banner--success").text())
                .isEqualTo("Success The notice was issued: it has been given to the organisation");
    }

    /** The first issue after start-up took 9.3 s; a read gives up sooner (2 s in the tests) than an issue does. */
    @Test
    void anIssueSlowerThanAReadIsWaitedFor() {
        ApiStubs.stub(post(urlEqualTo(ISSUE)).willReturn(StubAnswers.json(200, StubAnswers.fixture("notice-issued.json"))
                .withFixedDelay(2_500)));

        Response r = PageClient.submit(DRAFT, DRAFT + "/issue", Map.of("idempotency-key", KEY, "giving-method", "EMAIL"));

        r.then().statusCode(303);
    }

    @Test
    void anIssueThatTakesTooLongIsNotCalledAFailureButMayHaveHappenedAndIsSafeToRepeat() {
        ApiStubs.stub(post(urlEqualTo(ISSUE)).willReturn(StubAnswers.json(200, StubAnswers.fixture("notice-issued.json"))
                .withFixedDelay(10_000)));

        Response r = PageClient.submit(DRAFT, DRAFT + "/issue", Map.of("idempotency-key", KEY, "giving-method", "EMAIL"));

        r.then().statusCode(503);
        Document page = PageClient.parse(r);
        assertThat(page.select(".govuk-notification-banner").text()).contains("did not answer in time, so it may or may not "
                + "have been done", "Sending it again is safe: it is done once").doesNotContain("Nothing was done");
        assertThat(page.select("input[name=idempotency-key]").val()).isEqualTo(KEY);
    }

    @Test
    void aRefusalToIssueIsExplainedOnTheNoticePage() {
        ApiStubs.stub(post(urlEqualTo(ISSUE)).willReturn(StubAnswers.problem(409, "Investigator cannot decide",
                "A decision-maker may not issue a notice on a case they investigate", null)));

        Response r = PageClient.submit(DRAFT, DRAFT + "/issue", Map.of("idempotency-key", KEY, "giving-method", "EMAIL"));

        r.then().statusCode(409);
        assertThat(PageClient.parse(r).select(".govuk-notification-banner").text())
                .contains("may not issue a notice on a case they investigate");
    }

    @Test
    void partsFoundMissingAtIssueAreListedWithWhereToPutThemRight() {
        ApiStubs.stub(post(urlEqualTo(ISSUE)).willReturn(aResponse().withStatus(422).withHeader("Content-Type",
                "application/problem+json").withBody("{\"title\":\"Statutory content missing\",\"status\":422,"
                        + "\"detail\":\"Notice of intent cannot be issued: 2 required part(s) missing\",\"missing\":["
                        + "{\"part\":\"natureOfData\",\"rule\":\"DPA 2018 Sch 16 para 3(2)(b)\",\"message\":\"The nature of the personal data involved is missing\"},"
                        + "{\"part\":\"recipients[0].address\",\"rule\":\"DPA 2018 Sch 16 para 3(1)(a)\",\"message\":\"The address of AHS Ltd is missing\"}]}")));

        Response r = PageClient.submit(DRAFT, DRAFT + "/issue", Map.of("idempotency-key", KEY, "giving-method", "EMAIL"));

        r.then().statusCode(422);
        Document page = PageClient.parse(r);
        assertThat(page.select(".govuk-notification-banner").text()).contains("2 required part(s) missing");
        assertThat(page.select(".casework-missing li a").eachAttr("href")).containsExactly(DRAFT + "/edit#nature-of-data",
                "/cases/" + ApiStubs.CASE_ID + "/facts#entity-1-address");
        assertThat(page.select(".govuk-error-summary")).isEmpty();
    }

    @Test
    void whenNoticeServiceIsDownThePageSaysTheButtonIsSafeToPressAgain() {
        ApiStubs.stub(post(urlEqualTo(ISSUE)).willReturn(aResponse().withStatus(502)));

        Response r = PageClient.submit(DRAFT, DRAFT + "/issue", Map.of("idempotency-key", KEY, "giving-method", "EMAIL"));

        r.then().statusCode(503);
        Document page = PageClient.parse(r);
        assertThat(page.select(".govuk-notification-banner").text()).contains("Nothing was done",
                "Sending it again is safe: it is done once");
        assertThat(page.select("input[name=idempotency-key]").val()).isEqualTo(KEY);
    }

    @Test
    void aDraftBeingIssuedSaysSoAndOffersNoActions() {
        Document page = PageClient.page("/notices/" + ApiStubs.PENDING_ID);

        assertThat(page.select(".casework-pending").text()).isEqualTo("Issuing started 4 October 2026 at 10:00am and is being "
                + "completed: representation-service did not answer. Reload the page to see it finish.");
        assertThat(page.select("#issue-readiness, #issue-button, a#edit-draft, form[action$=/withdraw]")).isEmpty();
    }

    @Test
    void anIssuedNoticeShowsItsDatesAndThePdfAndCanOnlyBeWithdrawn() {
        Document page = PageClient.page("/notices/" + ApiStubs.NOI_ID);

        assertThat(page.select("h1").text()).isEqualTo("Notice of intent NOI-2026-0001");
        assertThat(page.select(".govuk-summary-list__row").eachText()).contains("Given 5 October 2026",
                "Representations Due by 2 November 2026");
        assertThat(page.select("a[href=/notices/" + ApiStubs.NOI_ID + "/document]").text()).isEqualTo("Download the notice (PDF)");
        assertThat(page.select("#issue-readiness, #issue-button, a#edit-draft")).isEmpty();
        assertThat(page.select("form[action$=/withdraw]")).hasSize(1);
    }

    /** DPA 2018 s.141A(2): the four ways, each saying when it counts as given, for the periods run from that day. */
    @Test
    void theIssueFormAsksHowTheNoticeWillBeGivenAndWhenEachWayCountsAsGiven() {
        var form = PageClient.page(DRAFT).selectFirst("form[action=" + DRAFT + "/issue]");

        assertThat(form.select("fieldset legend").text()).isEqualTo("How will the notice be given?");
        assertThat(form.select("input[type=radio][name=giving-method]").eachAttr("value"))
                .containsExactly("EMAIL", "POST", "BY_HAND", "LEFT_AT_ADDRESS");
        assertThat(form.select("input[type=radio][checked]")).isEmpty();
        assertThat(form.select("#giving-method-EMAIL-hint").text()).contains("given 48 hours after it is sent");
        assertThat(form.select("#giving-method-POST-hint").text()).contains("second working day after posting");
        assertThat(form.select("#giving-method-BY_HAND-hint").text()).contains("given that day");
    }

    @Test
    void issuingWithoutSayingHowTheNoticeWillBeGivenIsRefusedOnThePageAndNothingIsSent() {
        Response r = PageClient.submit(DRAFT, DRAFT + "/issue", Map.of("idempotency-key", KEY));

        r.then().statusCode(400);
        Document page = PageClient.parse(r);
        assertThat(page.select(".govuk-error-summary a[href=#giving-method]").text())
                .isEqualTo("Select how the notice will be given");
        assertThat(page.select("#giving-method-error").text()).contains("Select how the notice will be given");
        assertThat(page.select("form[action$=/issue] input[name=idempotency-key]").val()).isEqualTo(KEY);
        ApiStubs.server().verify(0, postRequestedFor(urlEqualTo(ISSUE)));
    }

    @Test
    void aMethodThePageDoesNotOfferIsRefusedAndNothingIsSent() {
        PageClient.submit(DRAFT, DRAFT + "/issue", Map.of("idempotency-key", KEY, "giving-method", "PIGEON"))
                .then().statusCode(400);
        ApiStubs.server().verify(0, postRequestedFor(urlEqualTo(ISSUE)));
    }

    @Test
    void anEmailedNoticeSaysWhenItWasSentAndTheDayItCountsAsGivenUnderTheLaw() {
        ApiStubs.answerWith(ApiStubs.NOTICES, "/notices/" + ApiStubs.NOI_ID, "notice-issued.json",
                "\"issuedOn\": \"2026-10-05\"", "\"issuedOn\": \"2026-12-04\", \"givingMethod\": \"EMAIL\", "
                        + "\"givingProvision\": \"DPA 2018 s.141A\", \"givenOn\": \"2026-12-06\"");

        Document page = PageClient.page("/notices/" + ApiStubs.NOI_ID);

        assertThat(page.select("#given").text()).isEqualTo("By email on Sunday 6 December 2026 (sent Friday 4 December; "
                + "an emailed notice is treated as given 48 hours after it is sent: DPA 2018 s.141A)");
        assertThat(page.select("#penalty-notice-statutory").text()).startsWith("5 June 2027");
    }

    @Test
    void aPostedNoticeSaysItCountsAsGivenOnTheSecondWorkingDayAfterPosting() {
        ApiStubs.answerWith(ApiStubs.NOTICES, "/notices/" + ApiStubs.NOI_ID, "notice-issued.json",
                "\"issuedOn\": \"2026-10-05\"", "\"issuedOn\": \"2026-12-04\", \"givingMethod\": \"POST\", "
                        + "\"givingProvision\": \"DPA 2018 s.141A\", \"givenOn\": \"2026-12-08\"");

        assertThat(PageClient.page("/notices/" + ApiStubs.NOI_ID).select("#given").text()).isEqualTo(
                "By post on Tuesday 8 December 2026 (posted Friday 4 December; a posted notice is treated as given when "
                        + "it would arrive in the ordinary course of post, the second working day after posting: "
                        + "DPA 2018 s.141A and Interpretation Act 1978 s.7)");
    }

    @Test
    void aWithdrawnNoticeSaysWhenAndWhyAndOffersNothing() {
        Document page = PageClient.page("/notices/" + ApiStubs.WITHDRAWN_ID);

        assertThat(page.select("h1 + p .govuk-tag").text()).isEqualTo("Withdrawn");
        assertThat(page.select(".govuk-summary-list__row").eachText()).contains(
                "Withdrawn 10 September 2026 at 12:00pm: Drafted against the wrong legal entity");
        assertThat(page.select("form[method=post]")).isEmpty();
    }

    @Test
    void aSettledPenaltyNoticeShowsTheSettlementPaymentAppealAndRegister() {
        Document page = PageClient.page("/notices/" + ApiStubs.PENALTY_ID);

        assertThat(page.select("h1").text()).isEqualTo("Penalty notice PN-2026-0001");
        assertThat(page.select(".govuk-summary-list__row").eachText()).contains("Amount £3,076,320.00",
                "Settlement After representations: 20% discount, right of appeal waived", "Payment Due by 23 April 2026",
                "Appeal by 24 April 2026", "Public register Published on the register", "Given 27 March 2026");
        assertThat(page.select(".govuk-summary-list__key").eachText()).doesNotContain("Representations");
        assertThat(page.select("form[action$=/issue], form[action$=/settlement], form[action$=/withdraw]")).isEmpty();
    }

    @Test
    @TestSecurity(user = "ada", roles = "caseworker")
    @OidcSecurity(claims = @Claim(key = "sub", value = People.ADA))
    void caseworkersSeeWhyThereIsNoIssueButtonAndMayEditTheDraft() {
        Document page = PageClient.page(DRAFT);

        assertThat(page.select("#issue-button, form[action$=/issue], form[action$=/withdraw]")).isEmpty();
        assertThat(page.select("#why-no-issue").text()).isEqualTo("Only a decision-maker can issue a notice. "
                + "Ask a decision-maker to review this draft.");
        assertThat(page.select("a#edit-draft")).hasSize(1);
    }

    @Test
    @TestSecurity(user = "ada", roles = "caseworker")
    @OidcSecurity(claims = @Claim(key = "sub", value = People.ADA))
    void caseworkersCannotIssueEvenByHand() {
        Response r = PageClient.submit("/cases/" + ApiStubs.CASE_ID, DRAFT + "/issue", Map.of("idempotency-key", KEY, "giving-method", "EMAIL"));

        r.then().statusCode(403);
        ApiStubs.server().verify(0, postRequestedFor(urlEqualTo(ISSUE)));
    }

    @Test
    @TestSecurity(user = "ada", roles = { "caseworker", "decision-maker" })
    @OidcSecurity(claims = @Claim(key = "sub", value = People.ADA))
    void aDecisionMakerWhoInvestigatedTheCaseIsToldAnotherMustIssue() {
        Document page = PageClient.page(DRAFT);

        assertThat(page.select("#issue-button")).isEmpty();
        assertThat(page.select("#why-no-issue").text()).contains("another decision-maker must issue it");
    }

    @Test
    void thePdfIsStreamedFromNoticeService() {
        ApiStubs.stub(get(urlEqualTo(ApiStubs.NOTICES + "/notices/" + ApiStubs.NOI_ID + "/document")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/pdf")
                .withHeader("Content-Disposition", "attachment; filename=\"NOI-2026-0001.pdf\"").withBody("%PDF-1.7 test")));

        Response r = PageClient.fetch("/notices/" + ApiStubs.NOI_ID + "/document");

        r.then().statusCode(200).contentType("application/pdf").header("Content-Disposition", "attachment; filename=\"NOI-2026-0001.pdf\"");
        assertThat(r.asString()).isEqualTo("%PDF-1.7 test");
    }
}
