package org.casework.web.page;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
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

/** An enforcement notice's steps on its page (DPA 2018 s.149-150): each status, the evidence, and the finding form. */
@QuarkusTest
@TestSecurity(user = "ada", roles = "caseworker")
@OidcSecurity(claims = @Claim(key = "sub", value = People.ADA))
class EnforcementStepsPageTest {

    private static final String PAGE = "/notices/" + ApiStubs.PENALTY_ID;
    private static final String API = ApiStubs.NOTICES + PAGE;
    private static final String MISSED_STEP = "57e90000-0000-4000-8000-000000000002";

    @BeforeEach
    void stubs() {
        ApiStubs.defaults();
        ApiStubs.answerWith(ApiStubs.NOTICES, PAGE, "notice-penalty-settled.json", "\"PENALTY_NOTICE\"",
                "\"ENFORCEMENT_NOTICE\"");
        ApiStubs.answer(ApiStubs.NOTICES, PAGE + "/steps", "enforcement-steps.json");
    }

    @Test
    void eachStepShowsItsDateStatusAndEvidenceAndOnlyPendingStepsOfferTheFinding() {
        Document page = PageClient.page(PAGE);

        assertThat(page.select("#steps").text()).isEqualTo("Steps and compliance");
        assertThat(page.select("#step-1-status").text()).isEqualTo("Complied with");
        assertThat(page.select("#step-2-status").text()).isEqualTo("Missed");
        assertThat(page.select("#step-2-status").hasClass("govuk-tag--red")).isTrue();
        assertThat(page.select("#step-3-status").text()).isEqualTo("Pending");
        assertThat(page.select("#step-2 dd").eachText()).contains("1 December 2026");
        assertThat(page.select("#step-1 a[href$=/evidence/e1d00000-0000-4000-8000-000000000001]").text())
                .isEqualTo("mfa-report.pdf");
        assertThat(page.select("#step-1").text()).contains("SHA-256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        assertThat(page.select("#step-1 .govuk-summary-list__row:contains(Finding) dd").text()).startsWith("Complied with by Ada Byron, ");
        assertThat(page.select("#step-1 form")).isEmpty();
        assertThat(page.select("#step-2 form").attr("action")).isEqualTo(PAGE + "/steps/" + MISSED_STEP + "/compliance");
        assertThat(page.select("#step-3 form")).hasSize(1);
        // one id per field on the page, however many steps await a finding
        assertThat(page.select("[id^=status-], [id^=note-]").eachAttr("id")).doesNotHaveDuplicates();
    }

    @Test
    void recordingAFindingSendsItWithTheVersionAndAKeyAndConfirms() {
        ApiStubs.stub(post(urlEqualTo(API + "/steps/" + MISSED_STEP + "/compliance")).willReturn(StubAnswers.json(200, "{}")));

        Response r = PageClient.submit(PAGE, PAGE + "/steps/" + MISSED_STEP + "/compliance", Map.of(
                "status-" + MISSED_STEP, "NOT_COMPLIED", "note-" + MISSED_STEP, "No training record by the date",
                "etag", "2"));

        r.then().statusCode(303);
        assertThat(r.header("Location")).endsWith(PAGE + "?done=step-decided");
        ApiStubs.server().verify(postRequestedFor(urlEqualTo(API + "/steps/" + MISSED_STEP + "/compliance"))
                .withHeader("If-Match", equalTo("\"2\"")).withHeader("Idempotency-Key", matching("[0-9a-f-]{36}"))
                .withRequestBody(equalToJson("{\"status\":\"NOT_COMPLIED\",\"note\":\"No training record by the date\"}")));
        assertThat(PageClient.page(PAGE + "?done=step-decided").select(".govuk-notification-banner--success").text())
                .contains("The finding on the step was recorded");
    }

    @Test
    void aFindingWithoutItsAnswersIsRefusedHereAndNothingIsSent() {
        Response r = PageClient.submit(PAGE, PAGE + "/steps/" + MISSED_STEP + "/compliance", Map.of("etag", "2"));

        r.then().statusCode(400);
        assertThat(PageClient.parse(r).select(".govuk-error-summary__list a").eachText()).containsExactly(
                "Select whether the step was complied with", "Enter what the finding rests on");
        ApiStubs.server().verify(0, anyRequestedFor(urlPathMatching(".*/compliance")));
    }

    @Test
    void aFindingTheServiceRefusesIsShownWithItsRule() {
        ApiStubs.stub(post(urlEqualTo(API + "/steps/" + MISSED_STEP + "/compliance")).willReturn(PenaltyAccountPageTest
                .problem(409, "compliance-suspended", "An appeal is pending", "DPA 2018 s.150(7)")));

        Response r = PageClient.submit(PAGE, PAGE + "/steps/" + MISSED_STEP + "/compliance", Map.of(
                "status-" + MISSED_STEP, "NOT_COMPLIED", "note-" + MISSED_STEP, "Not done", "etag", "2"));

        r.then().statusCode(409);
        Document page = PageClient.parse(r);
        assertThat(page.select(".govuk-error-summary__list a").eachText())
                .containsExactly("An appeal is pending (DPA 2018 s.150(7))");
        assertThat(page.select("#step-note").val()).isEqualTo("Not done");
    }
}
