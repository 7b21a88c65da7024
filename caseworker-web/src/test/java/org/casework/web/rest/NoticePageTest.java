package org.casework.web.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
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
@TestSecurity(user = "grace", roles = "decision-maker")
@OidcSecurity(claims = @Claim(key = "sub", value = People.GRACE))
class NoticePageTest {

    private static final String PAGE = "/notices/" + ApiStubs.NOI_ID;
    private static final String ISSUE = ApiStubs.NOTICES + "/notices/" + ApiStubs.NOI_ID + "/issue";

    @BeforeEach
    void stubs() {
        ApiStubs.defaults();
    }

    @Test
    void aDecisionMakerWhoDidNotInvestigateSeesTheIssueButtonAndTheCalculation() {
        Document page = PageClient.page(PAGE);

        assertThat(page.select("h1").text()).isEqualTo("Notice of intent");
        assertThat(page.select("#issue-button").text()).isEqualTo("Issue notice of intent");
        assertThat(page.select("form[action$=/issue] input[name=idempotency-key]").val()).matches("[0-9a-f-]{36}");
        assertThat(page.select(".casework-amount h3").text()).isEqualTo("£783,000.00");
        assertThat(page.select(".govuk-summary-list__row").eachText()).contains("Amount £783,000.00",
                "Representations 28 days from the day it is given");
    }

    @Test
    void issuingSendsTheFormsIdempotencyKeySoADoubleClickIssuesOnce() {
        ApiStubs.stub(post(urlEqualTo(ISSUE)).willReturn(ApiStubs.json(200, ApiStubs.fixture("notice-issued.json"))));

        Response r = PageClient.submit(PAGE, PAGE + "/issue", Map.of("idempotency-key", "0b7f1c1e-2d1f-4f53-8c1a-6a3e6b1f0a01"));

        r.then().statusCode(303);
        assertThat(r.header("Location")).endsWith(PAGE);
        ApiStubs.server().verify(postRequestedFor(urlEqualTo(ISSUE))
                .withHeader("Idempotency-Key", equalTo("0b7f1c1e-2d1f-4f53-8c1a-6a3e6b1f0a01")));
    }

    @Test
    void aRefusalToIssueIsExplainedOnTheNoticePage() {
        ApiStubs.stub(post(urlEqualTo(ISSUE)).willReturn(ApiStubs.problem(409, "Investigator cannot decide",
                "A decision-maker may not issue a notice on a case they investigate", null)));

        Response r = PageClient.submit(PAGE, PAGE + "/issue", Map.of("idempotency-key", "0b7f1c1e-2d1f-4f53-8c1a-6a3e6b1f0a02"));

        r.then().statusCode(409);
        assertThat(PageClient.parse(r).select(".govuk-notification-banner").text())
                .contains("may not issue a notice on a case they investigate");
    }

    @Test
    void missingStatutoryPartsAreListedSoTheDraftCanBeCompleted() {
        ApiStubs.stub(post(urlEqualTo(ISSUE)).willReturn(aResponse().withStatus(422).withHeader("Content-Type",
                "application/problem+json").withBody("{\"title\":\"Statutory content missing\",\"status\":422,"
                        + "\"detail\":\"Notice of intent cannot be issued: 2 required part(s) missing\",\"missing\":["
                        + "{\"part\":\"natureOfData\",\"message\":\"The nature of the personal data involved is missing\"},"
                        + "{\"part\":\"recipients[0].address\",\"message\":\"The address of AHS Ltd is missing\"}]}")));

        Response r = PageClient.submit(PAGE, PAGE + "/issue", Map.of("idempotency-key", "0b7f1c1e-2d1f-4f53-8c1a-6a3e6b1f0a05"));

        r.then().statusCode(422);
        Document page = PageClient.parse(r);
        assertThat(page.select(".govuk-notification-banner li").eachText()).containsExactly(
                "The nature of the personal data involved is missing", "The address of AHS Ltd is missing");
        assertThat(page.select(".govuk-error-summary")).isEmpty();
    }

    @Test
    void whenNoticeServiceIsDownThePageSaysTheButtonIsSafeToPressAgain() {
        ApiStubs.stub(post(urlEqualTo(ISSUE)).willReturn(aResponse().withStatus(502)));

        Response r = PageClient.submit(PAGE, PAGE + "/issue", Map.of("idempotency-key", "0b7f1c1e-2d1f-4f53-8c1a-6a3e6b1f0a03"));

        r.then().statusCode(503);
        Document page = PageClient.parse(r);
        assertThat(page.select(".govuk-notification-banner").text()).contains("Sending it again is safe: it is done once");
        assertThat(page.select("input[name=idempotency-key]").val()).isEqualTo("0b7f1c1e-2d1f-4f53-8c1a-6a3e6b1f0a03");
    }

    @Test
    @TestSecurity(user = "ada", roles = "caseworker")
    @OidcSecurity(claims = @Claim(key = "sub", value = People.ADA))
    void caseworkersSeeWhyThereIsNoIssueButton() {
        Document page = PageClient.page(PAGE);

        assertThat(page.select("#issue-button, form[action$=/issue], form[action$=/withdraw]")).isEmpty();
        assertThat(page.select("#why-no-issue").text()).isEqualTo("Only a decision-maker can issue a notice. "
                + "Ask a decision-maker to review this draft.");
    }

    @Test
    @TestSecurity(user = "ada", roles = "caseworker")
    @OidcSecurity(claims = @Claim(key = "sub", value = People.ADA))
    void caseworkersCannotIssueEvenByHand() {
        Response r = PageClient.submit("/cases/" + ApiStubs.CASE_ID, PAGE + "/issue",
                Map.of("idempotency-key", "0b7f1c1e-2d1f-4f53-8c1a-6a3e6b1f0a04"));

        r.then().statusCode(403);
        ApiStubs.server().verify(0, postRequestedFor(urlEqualTo(ISSUE)));
    }

    @Test
    @TestSecurity(user = "ada", roles = { "caseworker", "decision-maker" })
    @OidcSecurity(claims = @Claim(key = "sub", value = People.ADA))
    void aDecisionMakerWhoInvestigatedTheCaseIsToldAnotherMustIssue() {
        Document page = PageClient.page(PAGE);

        assertThat(page.select("#issue-button")).isEmpty();
        assertThat(page.select("#why-no-issue").text()).contains("another decision-maker must issue it");
    }

    @Test
    void anIssuedNoticeShowsItsDatesAndThePdf() {
        ApiStubs.answer(ApiStubs.NOTICES, "/notices/" + ApiStubs.NOI_ID, "notice-issued.json");

        Document page = PageClient.page(PAGE);

        assertThat(page.select("h1").text()).isEqualTo("Notice of intent NOI-2026-0001");
        assertThat(page.select(".govuk-summary-list__row").eachText()).contains("Given 5 October 2026");
        assertThat(page.select("a[href=" + PAGE + "/document]").text()).isEqualTo("Download the notice (PDF)");
        assertThat(page.select("#issue-button")).isEmpty();
        assertThat(page.select("form[action$=/withdraw]")).hasSize(1);
    }

    @Test
    void thePdfIsStreamedFromNoticeService() {
        ApiStubs.stub(com.github.tomakehurst.wiremock.client.WireMock.get(urlEqualTo(ApiStubs.NOTICES + "/notices/"
                + ApiStubs.NOI_ID + "/document")).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/pdf")
                .withHeader("Content-Disposition", "attachment; filename=\"NOI-2026-0001.pdf\"").withBody("%PDF-1.7 test")));

        Response r = PageClient.fetch(PAGE + "/document");

        r.then().statusCode(200).contentType("application/pdf").header("Content-Disposition", "attachment; filename=\"NOI-2026-0001.pdf\"");
        assertThat(r.asString()).isEqualTo("%PDF-1.7 test");
    }
}
