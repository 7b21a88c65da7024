package org.casework.web.page;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
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

/** Drafting the notices with terms of their own: enforcement (s.149-150), information (s.142), assessment (s.146-147). */
@QuarkusTest
@TestSecurity(user = "ada", roles = "caseworker")
@OidcSecurity(claims = @Claim(key = "sub", value = People.ADA))
class NoticeTermsFormsTest {

    private static final String PAGE = "/cases/" + ApiStubs.CASE_ID + "/notices/new";
    private static final String NOTICES = ApiStubs.NOTICES + "/notices";
    private static final String INFORMATION_ID = "90110000-0000-4000-8000-000000000007";

    @BeforeEach
    void stubs() {
        ApiStubs.defaults();
    }

    static Map<String, Object> enforcementForm() {
        Map<String, Object> f = new HashMap<>();
        f.put("type", "ENFORCEMENT_NOTICE");
        f.put("recipients", List.of("0"));
        f.put("reasons", "Remote access without multi-factor authentication.");
        f.put("failures", "Failing to secure remote access (Article 32 UK GDPR).");
        f.put("step-1-text", "Require multi-factor authentication on every remote access route.");
        f.put("step-1-date-day", "15");
        f.put("step-1-date-month", "1");
        f.put("step-1-date-year", "2027");
        f.put("step-3-text", "Train every administrator.");
        f.put("step-3-date-day", "1");
        f.put("step-3-date-month", "3");
        f.put("step-3-date-year", "2027");
        f.put("action", "save");
        return f;
    }

    @Test
    void theTypesOfferedIncludeTheInformationAndAssessmentNotices() {
        Document page = PageClient.page("/cases/" + ApiStubs.CASE_ID);

        assertThat(page.select("a[href$=type=INFORMATION_NOTICE]").text()).isEqualTo("Information notice");
        assertThat(page.select("a[href$=type=ASSESSMENT_NOTICE]").text()).isEqualTo("Assessment notice");
    }

    @Test
    void anEnforcementNoticeFormAsksForTheFailuresUrgencyAndFiveStepsEachWithADate() {
        Document page = PageClient.page(PAGE + "?type=ENFORCEMENT_NOTICE");

        assertThat(page.select("h1").text()).isEqualTo("Draft: Enforcement notice");
        assertThat(page.title()).startsWith("Draft an enforcement notice: ");
        assertThat(page.select("textarea#failures")).hasSize(1);
        assertThat(page.select("input#urgent[type=checkbox]")).hasSize(1);
        assertThat(page.select("textarea[name~=^step-\\d-text$]")).hasSize(5);
        assertThat(page.select("input#step-5-date-day, input#step-5-date-month, input#step-5-date-year")).hasSize(3);
        assertThat(page.select("#information-basis, #inspection, #seriousness-percent")).isEmpty();
    }

    @Test
    void anInformationNoticeFormOffersTheLimbsOfSection142AndThePeriod() {
        Document page = PageClient.page(PAGE + "?type=INFORMATION_NOTICE");

        assertThat(page.select("h1").text()).isEqualTo("Draft: Information notice");
        assertThat(page.title()).startsWith("Draft an information notice: ");
        assertThat(page.select("input[name=information-basis]").eachAttr("value")).containsExactly(
                "COMMISSIONER_FUNCTIONS", "SUSPECTED_FAILURE_OR_OFFENCE", "HOUSEHOLD_ACTIVITY");
        assertThat(page.select("#information-required, #information-form, #compliance-days, #urgency-reasons")).hasSize(4);
        assertThat(page.select("#failures, #inspection")).isEmpty();
    }

    @Test
    void anAssessmentNoticeFormAsksForTheInspectionAndTheExemptBodyConfirmation() {
        Document page = PageClient.page(PAGE + "?type=ASSESSMENT_NOTICE");

        assertThat(page.select("h1").text()).isEqualTo("Draft: Assessment notice");
        assertThat(page.select("#inspection, #inspect-on-day, #inspect-at, #documents, #people, #exemption-check")).hasSize(6);
        assertThat(page.select("input#recipient-not-exempt[type=checkbox]")).hasSize(1);
        assertThat(page.select("label[for=recipient-not-exempt]").text()).contains("not a body");
    }

    @Test
    void anEnforcementDraftSendsOnlyItsTermsWithTheFilledStepsInOrderAndBlankRowsLeftOut() {
        ApiStubs.stub(post(urlEqualTo(NOTICES)).willReturn(StubAnswers.json(201, StubAnswers.fixture("notice-draft.json"))));

        Response r = PageClient.submit(PAGE, PAGE, enforcementForm());

        r.then().statusCode(303);
        assertThat(r.header("Location")).endsWith("/notices/" + ApiStubs.DRAFT_ID + "?done=notice-drafted");
        ApiStubs.server().verify(postRequestedFor(urlEqualTo(NOTICES))
                .withRequestBody(matchingJsonPath("$.type", equalTo("ENFORCEMENT_NOTICE")))
                .withRequestBody(matchingJsonPath("$.enforcement.failures", equalTo("Failing to secure remote access (Article 32 UK GDPR).")))
                .withRequestBody(matchingJsonPath("$.enforcement.urgent", equalTo("false")))
                .withRequestBody(matchingJsonPath("$.enforcement.steps.length()", equalTo("2")))
                .withRequestBody(matchingJsonPath("$.enforcement.steps[0].complianceDate", equalTo("2027-01-15")))
                .withRequestBody(matchingJsonPath("$.enforcement.steps[1].text", equalTo("Train every administrator.")))
                .withRequestBody(matchingJsonPath("$.enforcement.steps[1].complianceDate", equalTo("2027-03-01")))
                .withRequestBody(notMatching(".*\"(information|assessment|calculation)\".*")));
    }

    @Test
    void aComplianceDateTooEarlyIsShownOnThatStepsDateAndEveryAnswerIsKept() {
        String message = "Step 2 is due on 2027-03-01; no step may fall due before the period for appealing has ended "
                + "(DPA 2018 s.150(6))";
        ApiStubs.stub(post(urlEqualTo(NOTICES)).willReturn(StubAnswers.problem(422, "Compliance date too early", message,
                "[{\"field\":\"enforcement.steps[1].complianceDate\",\"message\":\"" + message + "\"}]")));

        Response r = PageClient.submit(PAGE, PAGE, enforcementForm());

        r.then().statusCode(422);
        Document page = PageClient.parse(r);
        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#step-2-date-day");
        assertThat(page.select("#step-2-date-day-error").text()).contains("s.150(6)");
        assertThat(page.select("#failures").text()).isEqualTo("Failing to secure remote access (Article 32 UK GDPR).");
        assertThat(page.select("#step-3-text").text()).isEqualTo("Train every administrator.");
        assertThat(page.select("#step-3-date-month").val()).isEqualTo("3");
    }

    @Test
    void aStepWithoutItsDateIsRefusedOnThatRowBeforeAnythingIsSent() {
        Map<String, Object> form = enforcementForm();
        form.put("step-1-date-day", "");
        form.put("step-1-date-month", "");
        form.put("step-1-date-year", "");

        Response r = PageClient.submit(PAGE, PAGE, form);

        r.then().statusCode(400);
        assertThat(PageClient.parse(r).select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#step-1-date-day");
        ApiStubs.server().verify(0, postRequestedFor(urlEqualTo(NOTICES)));
    }

    @Test
    void anAssessmentDraftSendsTheInspectionAndTheConfirmationThatTheRecipientIsNotExempt() {
        ApiStubs.stub(post(urlEqualTo(NOTICES)).willReturn(StubAnswers.json(201, StubAnswers.fixture("notice-draft.json"))));
        Map<String, Object> form = new HashMap<>();
        form.put("type", "ASSESSMENT_NOTICE");
        form.put("recipients", List.of("0"));
        form.put("inspection", "The data centre at 1 High Street");
        form.put("inspect-on-day", "2");
        form.put("inspect-on-month", "2");
        form.put("inspect-on-year", "2027");
        form.put("inspect-at", "9:30");
        form.put("recipient-not-exempt", "yes");
        form.put("exemption-check", "Not on the list of bodies in s.147(6)");
        form.put("action", "save");

        PageClient.submit(PAGE, PAGE, form).then().statusCode(303);

        ApiStubs.server().verify(postRequestedFor(urlEqualTo(NOTICES))
                .withRequestBody(matchingJsonPath("$.assessment.inspectOn", equalTo("2027-02-02")))
                .withRequestBody(matchingJsonPath("$.assessment.inspectAt", equalTo("09:30")))
                .withRequestBody(matchingJsonPath("$.assessment.recipientNotExempt", equalTo("true")))
                .withRequestBody(notMatching(".*\"(information|enforcement)\".*")));
    }

    @Test
    void anInformationNoticeRefusedOnItsPeriodShowsTheErrorOnTheDaysAndKeepsTheAnswers() {
        ApiStubs.stub(post(urlEqualTo(NOTICES)).willReturn(StubAnswers.problem(422, "Invalid request", "1 field is invalid",
                "[{\"field\":\"information.complianceDays\",\"message\":\"must be at least 30 unless urgent\"}]")));
        Map<String, Object> form = new HashMap<>();
        form.put("type", "INFORMATION_NOTICE");
        form.put("recipients", List.of("0"));
        form.put("information-basis", "SUSPECTED_FAILURE_OR_OFFENCE");
        form.put("information-required", "The access logs");
        form.put("compliance-days", "10");
        form.put("action", "save");

        Response r = PageClient.submit(PAGE, PAGE, form);

        r.then().statusCode(422);
        Document page = PageClient.parse(r);
        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#compliance-days");
        assertThat(page.select("#compliance-days").val()).isEqualTo("10");
        assertThat(page.select("input[name=information-basis][checked]").val()).isEqualTo("SUSPECTED_FAILURE_OR_OFFENCE");
        ApiStubs.server().verify(postRequestedFor(urlEqualTo(NOTICES))
                .withRequestBody(matchingJsonPath("$.information.basis", equalTo("SUSPECTED_FAILURE_OR_OFFENCE")))
                .withRequestBody(matchingJsonPath("$.information.complianceDays", equalTo("10"))));
    }

    @Test
    void theNoticePageShowsAnInformationNoticesTermsAndTheDayItIsRequiredBy() {
        ApiStubs.answer(ApiStubs.NOTICES, "/notices/" + INFORMATION_ID, "notice-information.json");

        Document page = PageClient.page("/notices/" + INFORMATION_ID);

        assertThat(page.select("h1").text()).isEqualTo("Information notice IN-2026-0007");
        assertThat(page.select("#required-by").text()).isEqualTo("3 November 2026");
        assertThat(page.select("#information-basis").text()).isEqualTo("To investigate a suspected failure or offence");
        assertThat(page.select("#information-required").text()).isEqualTo("The access logs of the remote-access gateway for March 2026.");
        assertThat(page.select("#compliance-period").text())
                .isEqualTo("By 3 November 2026: 30 days beginning when the notice was given");
    }

    @Test
    void editingAnEnforcementDraftShowsItsStepsAsTheyStandAndPatchesTheTermsWithIfMatch() {
        String edit = "/notices/" + ApiStubs.DRAFT_ID + "/edit";
        ApiStubs.answerWith(ApiStubs.NOTICES, "/notices/" + ApiStubs.DRAFT_ID, "notice-draft.json",
                "\"type\": \"NOTICE_OF_INTENT\"", "\"type\": \"ENFORCEMENT_NOTICE\"",
                "\"calculation\": {", "\"enforcement\": {\"failures\": \"No MFA\", \"urgent\": false, \"steps\": "
                        + "[{\"text\": \"Require MFA\", \"complianceDate\": \"2027-01-15\"}]}, \"unused\": {");
        ApiStubs.stub(patch(urlEqualTo(NOTICES + "/" + ApiStubs.DRAFT_ID))
                .willReturn(StubAnswers.json(200, StubAnswers.fixture("notice-draft.json"))));

        Document page = PageClient.page(edit);

        assertThat(page.select("#failures").text()).isEqualTo("No MFA");
        assertThat(page.select("#step-1-text").text()).isEqualTo("Require MFA");
        assertThat(page.select("#step-1-date-year").val()).isEqualTo("2027");
        assertThat(page.select("#step-2-text").text()).isEmpty();

        Map<String, Object> form = enforcementForm();
        form.put("etag", "1");
        PageClient.submit(edit, edit, form).then().statusCode(303);

        ApiStubs.server().verify(patchRequestedFor(urlEqualTo(NOTICES + "/" + ApiStubs.DRAFT_ID))
                .withHeader("If-Match", equalTo("\"1\""))
                .withRequestBody(matchingJsonPath("$.enforcement.steps.length()", equalTo("2")))
                .withRequestBody(matchingJsonPath("$.enforcement.steps[1].complianceDate", equalTo("2027-03-01"))));
    }
}
