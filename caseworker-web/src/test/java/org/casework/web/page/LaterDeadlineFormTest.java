package org.casework.web.page;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
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

/** A later date for the penalty notice agreed with the organisation (DPA 2018 Sch 16 para 2(3)), on the notice of intent's page. */
@QuarkusTest
@TestSecurity(user = "grace", roles = "decision-maker")
@OidcSecurity(claims = @Claim(key = "sub", value = People.GRACE))
class LaterDeadlineFormTest {

    private static final String PAGE = "/notices/" + ApiStubs.NOI_ID;
    private static final String API = ApiStubs.NOTICES + PAGE + "/deadline-extension";
    private static final String AGREED = "\"deadlineExtension\": {\"agreedUntil\": \"2027-06-30\", \"reason\": \"Awaiting the "
            + "organisation's audit report\", \"agreedBy\": \"Jo Bloggs, Data Protection Officer\", \"agreedOn\": \"2026-12-01\", "
            + "\"evidence\": \"Letter of 1 December 2026, ref AHS/DPO/12\", \"recordedBy\": \"" + People.GRACE + "\", "
            + "\"recordedAt\": \"2026-12-01T15:00:00Z\"}";

    @BeforeEach
    void stubs() {
        ApiStubs.defaults();
    }

    @Test
    void anIssuedNoticeOfIntentShowsThePenaltyNoticeDeadlineWithItsBasisAndTheFormToADecisionMaker() {
        Document page = PageClient.page(PAGE);

        // given 5 October 2026: 6 months beginning with that day end on 4 April 2027
        assertThat(page.select("#penalty-notice-by").text()).isEqualTo("4 April 2027: 6 months beginning with the day the "
                + "notice of intent was given (Data Protection Act 2018, Schedule 16, paragraph 2(2)).");
        assertThat(page.select("#penalty-notice-agreed")).isEmpty();
        assertThat(page.select("#no-extension").text()).isEqualTo("No later date has been agreed.");
        assertThat(page.select("#later-deadline + p").text()).contains("paragraph 2(3)", "only while that period is still running");
        var form = page.select("form[action=" + PAGE + "/deadline-extension]");
        assertThat(form.select("input[name=etag]").val()).isEqualTo("2");
        assertThat(form.select("input[name=csrf-token]")).hasSize(1);
        assertThat(form.select("input, textarea").eachAttr("name")).contains("extension-until-day", "extension-agreed-by",
                "extension-agreed-on-year", "extension-reason", "extension-evidence");
    }

    @Test
    void aRecordedAgreementShowsWhoAgreedWhenTheEvidenceAndBothDates() {
        ApiStubs.answerWith(ApiStubs.NOTICES, PAGE, "notice-issued.json", "\"deadlineExtension\": null", AGREED);

        Document page = PageClient.page(PAGE);

        assertThat(page.select("#penalty-notice-statutory").text()).startsWith("4 April 2027: 6 months beginning");
        assertThat(page.select("#penalty-notice-agreed").text()).isEqualTo("30 June 2027: a later date agreed with the "
                + "organisation (Data Protection Act 2018, Schedule 16, paragraph 2(3)).");
        assertThat(page.select("#extension-agreement .govuk-summary-list__row").eachText()).containsExactly(
                "Later date agreed 30 June 2027", "Agreed by Jo Bloggs, Data Protection Officer", "Agreed on 1 December 2026",
                "Why Awaiting the organisation's audit report", "Evidence Letter of 1 December 2026, ref AHS/DPO/12",
                "Recorded 1 December 2026 at 3:00pm");
    }

    @Test
    void recordingTheAgreementSendsItWithTheVersionTheFormWasFilledFromAndConfirms() {
        ApiStubs.stub(post(urlEqualTo(API)).willReturn(StubAnswers.json(200, "{}")));

        Response r = PageClient.submit(PAGE, PAGE + "/deadline-extension", fields());

        r.then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith(PAGE + "?done=deadline-extended"));
        ApiStubs.server().verify(postRequestedFor(urlEqualTo(API)).withHeader("If-Match", equalTo("\"2\""))
                .withRequestBody(equalToJson("{\"agreedUntil\": \"2027-06-30\", \"reason\": \"Awaiting the audit report\", "
                        + "\"agreedBy\": \"Jo Bloggs, Data Protection Officer\", \"agreedOn\": \"2026-12-01\", "
                        + "\"evidence\": \"Letter of 1 December 2026\"}")));
        assertThat(PageClient.page(PAGE + "?done=deadline-extended").select(".govuk-notification-banner__heading").text())
                .isEqualTo("The later date agreed for the penalty notice was recorded");
    }

    @Test
    void anAgreementAfterThePeriodEndedIsRefusedInTheErrorSummaryAgainstTheDate() {
        ApiStubs.stub(post(urlEqualTo(API)).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\": \"https://casework.example/problems/extension-after-deadline\", \"title\": "
                        + "\"Deadline already passed\", \"status\": 422, \"detail\": \"The period for giving a penalty notice "
                        + "ended on 2027-04-04: it can no longer be extended\", \"rule\": \"DPA 2018 Sch 16 para 2(3)\"}")));

        Response r = PageClient.submit(PAGE, PAGE + "/deadline-extension", fields());

        r.then().statusCode(422);
        Document page = PageClient.parse(r);
        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#extension-until-day");
        assertThat(page.select(".govuk-error-summary__list a").text()).isEqualTo("The period for giving a penalty notice "
                + "ended on 2027-04-04: it can no longer be extended (DPA 2018 Sch 16 para 2(3))");
        assertThat(page.select("#extension-agreed-by").val()).isEqualTo("Jo Bloggs, Data Protection Officer");
    }

    @Test
    void anAgreementDatedOutsideThePeriodIsShownAgainstTheDayItWasAgreed() {
        ApiStubs.stub(post(urlEqualTo(API)).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\": \"https://casework.example/problems/agreement-date-invalid\", \"title\": "
                        + "\"Agreement date invalid\", \"status\": 422, \"detail\": \"The agreement is dated 2026-10-01, "
                        + "before the notice of intent was given on 2026-10-05\", \"rule\": \"DPA 2018 Sch 16 para 2(3)\"}")));

        Response r = PageClient.submit(PAGE, PAGE + "/deadline-extension", fields());

        r.then().statusCode(422);
        Document page = PageClient.parse(r);
        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#extension-agreed-on-day");
        assertThat(page.select("#extension-agreed-on-day-error").text()).contains("before the notice of intent was given",
                "(DPA 2018 Sch 16 para 2(3))");
    }

    @Test
    void anIncompleteFormIsRefusedHereAndNothingIsSent() {
        Map<String, String> f = fields();
        f.put("extension-agreed-by", "");
        f.put("extension-until-day", "31");
        f.put("extension-until-month", "2");

        Response r = PageClient.submit(PAGE, PAGE + "/deadline-extension", f);

        r.then().statusCode(400);
        assertThat(PageClient.parse(r).select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#extension-until-day", "#extension-agreed-by");
        ApiStubs.server().verify(0, anyRequestedFor(urlPathMatching(".*/deadline-extension")));
    }

    @Test
    @TestSecurity(user = "ada", roles = "caseworker")
    @OidcSecurity(claims = @Claim(key = "sub", value = People.ADA))
    void aCaseworkerSeesTheDatesButNoFormAndCannotPostOne() {
        Document page = PageClient.page(PAGE);

        assertThat(page.select("#penalty-notice-by").text()).startsWith("4 April 2027");
        assertThat(page.select("form[action$=/deadline-extension]")).isEmpty();
        assertThat(page.select("#why-no-extension").text()).contains("Only a decision-maker");
        PageClient.submit(PAGE, PAGE + "/deadline-extension", fields()).then().statusCode(403);
        ApiStubs.server().verify(0, anyRequestedFor(urlPathMatching(".*/deadline-extension")));
    }

    @Test
    void aPenaltyNoticeOrAWithdrawnNoticeOfIntentHasNoPenaltyNoticeDateOrForm() {
        for (String id : new String[] { ApiStubs.PENALTY_ID, ApiStubs.WITHDRAWN_ID }) {
            Document page = PageClient.page("/notices/" + id);

            assertThat(page.select("#later-deadline, #penalty-notice-by, form[action$=/deadline-extension]")).isEmpty();
        }
    }

    private static Map<String, String> fields() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("etag", "2");
        f.put("extension-until-day", "30");
        f.put("extension-until-month", "6");
        f.put("extension-until-year", "2027");
        f.put("extension-agreed-by", "Jo Bloggs, Data Protection Officer");
        f.put("extension-agreed-on-day", "1");
        f.put("extension-agreed-on-month", "12");
        f.put("extension-agreed-on-year", "2026");
        f.put("extension-reason", "Awaiting the audit report");
        f.put("extension-evidence", "Letter of 1 December 2026");
        return f;
    }
}
