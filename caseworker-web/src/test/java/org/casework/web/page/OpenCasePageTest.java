package org.casework.web.page;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
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

@QuarkusTest
@TestSecurity(user = "ada", roles = "caseworker")
@OidcSecurity(claims = @Claim(key = "sub", value = People.ADA))
class OpenCasePageTest {

    private static final String CASES = ApiStubs.CASES + "/cases";

    @BeforeEach
    void stubs() {
        ApiStubs.defaults();
    }

    static Map<String, String> completeForm() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("title", "Patient records taken through a customer account");
        f.put("summary", "An attacker used a customer account without multi-factor authentication.");
        f.put("source", "BREACH_REPORT");
        f.put("organisation-name", "Advanced Health Software");
        f.put("organisation-id", "org-nhs-supplier");
        f.put("entity-1-name", "Advanced Health Software Ltd");
        f.put("entity-1-number", "01234567");
        f.put("turnover-amount", "30,500,000");
        f.put("turnover-year-end-day", "31");
        f.put("turnover-year-end-month", "12");
        f.put("turnover-year-end-year", "2025");
        f.put("occurred-day", "4");
        f.put("occurred-month", "8");
        f.put("occurred-year", "2026");
        f.put("people-affected", "82,946");
        f.put("data-categories", "contact details\nhealth records");
        f.put("special-category", "yes");
        f.put("idempotency-key", "7d3c0c34-46a5-4a50-9b43-5a3f1a0d0b11");
        return f;
    }

    @Test
    void theFormHasACsrfTokenLabelsForEveryFieldAndNoErrorsAtFirst() {
        Document page = PageClient.page("/cases/new");

        assertThat(page.title()).isEqualTo("Open a case – Casework");
        assertThat(page.select("form input[name=csrf-token]").val()).isNotBlank();
        assertThat(page.select("form input[name=idempotency-key]").val()).matches("[0-9a-f-]{36}");
        for (var input : page.select("form input.govuk-input, form textarea")) {
            assertThat(page.select("label[for=" + input.id() + "]")).as("label for " + input.id()).hasSize(1);
        }
        assertThat(page.select(".govuk-error-summary")).isEmpty();
    }

    @Test
    void openingACaseSendsTheFactsToCaseServiceAndRedirectsToTheNewCase() {
        ApiStubs.stub(post(urlEqualTo(CASES)).willReturn(StubAnswers.json(201, StubAnswers.fixture("case.json"))));

        Response r = PageClient.submit("/cases/new", "/cases/new", completeForm());

        r.then().statusCode(303);
        assertThat(r.header("Location")).endsWith("/cases/" + ApiStubs.CASE_ID + "?done=case-opened");
        ApiStubs.server().verify(postRequestedFor(urlEqualTo(CASES))
                .withHeader("Idempotency-Key", equalTo("7d3c0c34-46a5-4a50-9b43-5a3f1a0d0b11"))
                .withRequestBody(matchingJsonPath("$.organisation.worldwideTurnover.amount", equalTo("30500000.00")))
                .withRequestBody(matchingJsonPath("$.incident.occurredOn", equalTo("2026-08-04")))
                .withRequestBody(matchingJsonPath("$.incident.peopleAffected", equalTo("82946")))
                .withRequestBody(matchingJsonPath("$.incident.dataCategories[1]", equalTo("health records")))
                .withRequestBody(matchingJsonPath("$.organisation.legalEntities[0].companyNumber", equalTo("01234567"))));
    }

    @Test
    void missingAnswersAreListedInTheErrorSummaryLinkedToTheirFieldsAndNothingIsSent() {
        Map<String, String> form = completeForm();
        form.remove("source");
        form.put("people-affected", "lots");
        form.put("occurred-month", "13");
        form.remove("turnover-year-end-day");
        form.remove("turnover-year-end-month");
        form.remove("turnover-year-end-year");

        Response r = PageClient.submit("/cases/new", "/cases/new", form);

        r.then().statusCode(400);
        Document page = PageClient.parse(r);
        assertThat(page.title()).startsWith("Error: Open a case");
        var links = page.select(".govuk-error-summary__list a");
        assertThat(links.eachText()).containsExactlyInAnyOrder("The date it happened must be a real date, for example 27 8 2024",
                "The number of people affected must be a whole number", "Select how the regulator came to investigate",
                "Enter the end of the financial year the turnover is for");
        for (var link : links) {
            String id = link.attr("href").substring(1);
            assertThat(page.getElementById(id)).as("field " + id).isNotNull();
        }
        assertThat(page.select("#people-affected").attr("aria-describedby")).contains("people-affected-error");
        assertThat(page.select("#people-affected-error").text()).isEqualTo("Error: The number of people affected must be a whole number");
        assertThat(page.select("#occurred-day").hasClass("govuk-input--error")).isTrue();
        assertThat(page.select("#title").val()).isEqualTo("Patient records taken through a customer account");
        assertThat(page.select("#data-categories").text()).contains("health records");
        ApiStubs.server().verify(0, postRequestedFor(urlEqualTo(CASES)));
    }

    /**
     * Every problem at once, in the order of the page: the form used to stop at its own few checks and
     * show case-service's (title, summary, organisation, legal entity) only after they were put right.
     */
    @Test
    void everyProblemIsShownInOneRoundInPlainWordsLinkedToItsField() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("people-affected", "lots");
        form.put("occurred-day", "4");
        form.put("occurred-month", "13");
        form.put("occurred-year", "2026");
        form.put("entity-2-number", "12-34");
        form.put("organisation-id", "NHS Supplier");
        form.put("turnover-amount", "about 30m");
        form.put("idempotency-key", "7d3c0c34-46a5-4a50-9b43-5a3f1a0d0b11");

        Response r = PageClient.submit("/cases/new", "/cases/new", form);

        r.then().statusCode(400);
        Document page = PageClient.parse(r);
        var links = page.select(".govuk-error-summary__list a");
        assertThat(links.eachText()).containsExactly("Enter a title", "Enter a summary",
                "Select how the regulator came to investigate", "Enter the organisation’s name",
                "Organisation identifier must be 1 to 64 lower-case letters, digits or hyphens, starting with a letter or digit",
                "Enter the name of legal entity 2", "Company number of legal entity 2 must be 1 to 20 letters or digits",
                "Turnover must be an amount in pounds of up to 15 digits, for example 30,500,000",
                "The date it happened must be a real date, for example 27 8 2024",
                "The number of people affected must be a whole number", "Select yes if special category data was involved");
        assertThat(links.eachAttr("href")).containsExactly("#title", "#summary", "#source", "#organisation-name",
                "#organisation-id", "#entity-2-name", "#entity-2-number", "#turnover-amount", "#occurred-day",
                "#people-affected", "#special-category");
        for (var link : links) {
            assertThat(page.getElementById(link.attr("href").substring(1))).as(link.attr("href")).isNotNull();
        }
        ApiStubs.server().verify(0, postRequestedFor(urlEqualTo(CASES)));
    }

    @Test
    void aCaseWithoutAnyLegalEntityOrWithDatesOutOfOrderIsRefusedBeforeAnythingIsSent() {
        Map<String, String> form = completeForm();
        form.remove("entity-1-name");
        form.remove("entity-1-number");
        form.put("discovered-day", "3");
        form.put("discovered-month", "8");
        form.put("discovered-year", "2026");
        form.put("reported-day", "1");
        form.put("reported-month", "1");
        form.put("reported-year", "2999");

        Response r = PageClient.submit("/cases/new", "/cases/new", form);

        r.then().statusCode(400);
        assertThat(PageClient.parse(r).select(".govuk-error-summary__list a").eachText()).containsExactly(
                "Enter the name of at least one legal entity",
                "The date it was discovered must be the same as or after the date it happened",
                "The date it was reported must be today or in the past");
        ApiStubs.server().verify(0, postRequestedFor(urlEqualTo(CASES)));
    }

    @Test
    void caseServiceFieldErrorsAreShownAgainstThePagesFields() {
        ApiStubs.stub(post(urlEqualTo(CASES)).willReturn(StubAnswers.problem(400, "Invalid request", "4 fields are invalid",
                "[{\"field\":\"organisation.legalEntities[1].companyNumber\",\"message\":\"must be 1 to 20 letters or digits\"},"
                        + "{\"field\":\"title\",\"message\":\"must not contain control characters\"},"
                        + "{\"field\":\"organisation.legalEntities[0].address\",\"message\":\"Enter the address in plain text\"},"
                        + "{\"field\":\"body\",\"message\":\"The request could not be read\"}]")));

        Response r = PageClient.submit("/cases/new", "/cases/new", completeForm());

        r.then().statusCode(400);
        Document page = PageClient.parse(r);
        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#entity-2-number", "#title",
                "#entity-1-address");
        assertThat(page.select(".govuk-error-summary__list a").eachText()).containsExactly(
                "The company number of legal entity 2 must be 1 to 20 letters or digits",
                "The title must not contain control characters", "Enter the address in plain text");
        assertThat(page.select("#entity-2-number").hasClass("govuk-input--error")).isTrue();
        assertThat(page.select(".govuk-notification-banner li").eachText()).containsExactly("The request could not be read");
    }

    @Test
    void aFormPostedWithoutItsIdempotencyKeyStillOpensTheCaseWithOne() {
        ApiStubs.stub(post(urlEqualTo(CASES)).willReturn(StubAnswers.json(201, StubAnswers.fixture("case.json"))));
        Map<String, String> form = completeForm();
        form.remove("idempotency-key");

        PageClient.submit("/cases/new", "/cases/new", form).then().statusCode(303);

        ApiStubs.server().verify(postRequestedFor(urlEqualTo(CASES)).withHeader("Idempotency-Key",
                com.github.tomakehurst.wiremock.client.WireMock.matching("[0-9a-f-]{36}")));
    }

    @Test
    void sendingTheFormAgainAfterAFailureSendsTheSameKeySoOneCaseIsOpened() {
        ApiStubs.stub(post(urlEqualTo(CASES)).willReturn(aResponse().withStatus(503)));
        Document refused = PageClient.parse(PageClient.submit("/cases/new", "/cases/new", completeForm()));
        Map<String, String> again = completeForm();
        again.put("idempotency-key", refused.select("input[name=idempotency-key]").val());
        ApiStubs.stub(post(urlEqualTo(CASES)).willReturn(StubAnswers.json(201, StubAnswers.fixture("case.json"))));

        PageClient.submit("/cases/new", "/cases/new", again).then().statusCode(303);

        ApiStubs.server().verify(2, postRequestedFor(urlEqualTo(CASES))
                .withHeader("Idempotency-Key", equalTo("7d3c0c34-46a5-4a50-9b43-5a3f1a0d0b11")));
    }

    @Test
    void whenCaseServiceIsDownThePageSaysWhatToDoAndKeepsEverythingTyped() {
        ApiStubs.stub(post(urlEqualTo(CASES)).willReturn(aResponse().withStatus(503)));

        Response r = PageClient.submit("/cases/new", "/cases/new", completeForm());

        r.then().statusCode(503);
        Document page = PageClient.parse(r);
        assertThat(page.select(".govuk-notification-banner").text()).contains("did not answer", "try again in a minute");
        assertThat(page.select("#summary").text()).isEqualTo("An attacker used a customer account without multi-factor authentication.");
        assertThat(page.select("input[name=source][checked]").val()).isEqualTo("BREACH_REPORT");
        assertThat(page.select("input[name=idempotency-key]").val()).isEqualTo("7d3c0c34-46a5-4a50-9b43-5a3f1a0d0b11");
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefusedAndNothingIsSent() {
        Response r = PageClient.submitWithoutToken("/cases/new", completeForm());

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.asString()).doesNotContain("Exception").doesNotContain("at org.");
        ApiStubs.server().verify(0, postRequestedFor(urlEqualTo(CASES)));
    }

    @Test
    @TestSecurity(user = "grace", roles = "decision-maker")
    @OidcSecurity(claims = @Claim(key = "sub", value = People.GRACE))
    void onlyCaseworkersOpenCases() {
        Document page = PageClient.page("/cases/new", 403);

        assertThat(page.select("h1").text()).isEqualTo("You cannot see this page");
    }
}
