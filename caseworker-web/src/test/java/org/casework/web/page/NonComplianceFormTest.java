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

import java.util.HashMap;
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
 * Recording on a given information or assessment notice's page that the organisation did not comply (DPA 2018
 * s.155(1)(b)): offered to staff once the period for compliance has ended (s.142(3)(c), s.146(2)) and while nothing is
 * recorded, sent with If-Match and an Idempotency-Key; the record once made.
 */
@QuarkusTest
@TestSecurity(user = "ada", roles = "caseworker")
@OidcSecurity(claims = @Claim(key = "sub", value = People.ADA))
class NonComplianceFormTest {

    private static final String ID = "90110000-0000-4000-8000-000000000007";
    private static final String PAGE = "/notices/" + ID;
    private static final String ACTION = PAGE + "/non-compliance";
    private static final String API = ApiStubs.NOTICES + ACTION;
    private static final String REQUIRED_BY = "\"requiredBy\": \"2026-11-03\"";
    static final String RECORD = "\"nonCompliance\": {\"noticeId\": \"" + ID + "\", \"reference\": \"IN-2026-0007\", "
            + "\"type\": \"INFORMATION_NOTICE\", \"failure\": \"The access logs were not provided.\", "
            + "\"periodEndedOn\": \"2026-11-03\", \"note\": \"Reminder sent 10 November, no answer.\", "
            + "\"appealEndedOn\": null, \"recordedBy\": \"" + People.ADA + "\", \"recordedAt\": \"2026-11-20T10:15:00Z\", "
            + "\"rule\": \"DPA 2018 s.155(1)(b)\"}";

    @BeforeEach
    void stubs() {
        ApiStubs.defaults();
        // given 5 October 2026, required by 3 November 2026: the period for compliance has ended
        ApiStubs.answer(ApiStubs.NOTICES, PAGE, "notice-information.json");
    }

    private static Map<String, Object> answers() {
        Map<String, Object> f = new HashMap<>();
        f.put("nc-failure", "The access logs were not provided.");
        f.put("nc-period-ended-day", "3");
        f.put("nc-period-ended-month", "11");
        f.put("nc-period-ended-year", "2026");
        f.put("nc-note", "Reminder sent 10 November, no answer.");
        f.put("nc-no-appeal-pending", "yes");
        f.put("etag", "1");
        return f;
    }

    @Test
    void onceThePeriodHasEndedACaseworkerIsOfferedTheFormWithTheComplianceDayFilledIn() {
        Document page = PageClient.page(PAGE);

        assertThat(page.select("#non-compliance").text()).isEqualTo("Record that the organisation did not comply");
        assertThat(page.select("#non-compliance-form").attr("action")).isEqualTo(ACTION);
        assertThat(page.select("#non-compliance-form input[name=etag]").val()).isEqualTo("1");
        assertThat(page.select("#non-compliance-form input[name=idempotency-key]").val()).matches("[0-9a-f-]{36}");
        assertThat(page.select("#nc-period-ended-day").val()).isEqualTo("3");
        assertThat(page.select("#nc-period-ended-month").val()).isEqualTo("11");
        assertThat(page.select("#nc-period-ended-year").val()).isEqualTo("2026");
        assertThat(page.select("#nc-failure, #nc-note, #nc-no-appeal-pending, #nc-appeal-ended-day")).hasSize(4);
        assertThat(page.select("#non-compliance-record")).isEmpty();
    }

    @Test
    @TestSecurity(user = "grace", roles = "decision-maker")
    @OidcSecurity(claims = @Claim(key = "sub", value = People.GRACE))
    void aDecisionMakerIsOfferedItToo() {
        assertThat(PageClient.page(PAGE).select("#non-compliance-form")).hasSize(1);
    }

    @Test
    @TestSecurity(user = "alan", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "sub", value = People.ALAN))
    void anAuditorIsNotOfferedItAndCannotPostIt() {
        assertThat(PageClient.page(PAGE).select("#non-compliance-form, #non-compliance")).isEmpty();
        assertThat(PageClient.submit(PAGE, ACTION, answers()).statusCode()).isEqualTo(403);
        ApiStubs.server().verify(0, anyRequestedFor(urlPathMatching(".*/non-compliance")));
    }

    @Test
    void whileThePeriodForComplianceRunsTheFormIsNotOffered() {
        // s.142(3)(c): the information may be given until the end of the day it is required by
        ApiStubs.answerWith(ApiStubs.NOTICES, PAGE, "notice-information.json", REQUIRED_BY, "\"requiredBy\": \"2099-11-03\"");

        Document page = PageClient.page(PAGE);

        assertThat(page.select("#non-compliance-form, #non-compliance")).isEmpty();
    }

    @Test
    void aDraftIsNotOfferedIt() {
        ApiStubs.answerWith(ApiStubs.NOTICES, PAGE, "notice-information.json", "\"status\": \"ISSUED\"",
                "\"status\": \"DRAFT\"");

        assertThat(PageClient.page(PAGE).select("#non-compliance-form")).isEmpty();
    }

    @Test
    void onceRecordedThePageShowsWhoRecordedWhatAndWhenAndNoLongerOffersTheForm() {
        ApiStubs.answerWith(ApiStubs.NOTICES, PAGE, "notice-information.json", REQUIRED_BY, REQUIRED_BY + ", " + RECORD);

        Document page = PageClient.page(PAGE);

        assertThat(page.select("#non-compliance").text()).isEqualTo("Not complied with");
        assertThat(page.select("#non-compliance-record dd").eachText()).containsExactly(
                "The access logs were not provided.", "3 November 2026", "Reminder sent 10 November, no answer.",
                "By Ada Byron, 20 November 2026 at 10:15am");
        assertThat(page.select("#non-compliance-form")).isEmpty();
    }

    @Test
    void recordingSendsTheAnswersWithTheVersionAndAKeyAndConfirms() {
        ApiStubs.stub(post(urlEqualTo(API)).willReturn(StubAnswers.json(201, StubAnswers.fixture("notice-information.json"))));

        Response r = PageClient.submit(PAGE, ACTION, answers());

        r.then().statusCode(303);
        assertThat(r.header("Location")).endsWith(PAGE + "?done=non-compliance-recorded");
        ApiStubs.server().verify(postRequestedFor(urlEqualTo(API))
                .withHeader("If-Match", equalTo("\"1\"")).withHeader("Idempotency-Key", matching("[0-9a-f-]{36}"))
                .withRequestBody(equalToJson("{\"failure\":\"The access logs were not provided.\","
                        + "\"periodEndedOn\":\"2026-11-03\",\"note\":\"Reminder sent 10 November, no answer.\","
                        + "\"noAppealPending\":true,\"appealEndedOn\":null}")));
        assertThat(PageClient.page(PAGE + "?done=non-compliance-recorded").select(".govuk-notification-banner--success")
                .text()).contains("The failure to comply with the notice was recorded");
    }

    @Test
    void theKeyShownWithTheFormIsTheKeySentSoASecondPressActsOnce() {
        ApiStubs.stub(post(urlEqualTo(API)).willReturn(StubAnswers.json(201, "{}")));
        Map<String, Object> f = answers();
        f.put("idempotency-key", "0b0e5e1a-7c1d-4a57-9d0e-6a1f2b3c4d5e");

        PageClient.submit(PAGE, ACTION, f).then().statusCode(303);

        ApiStubs.server().verify(postRequestedFor(urlEqualTo(API))
                .withHeader("Idempotency-Key", equalTo("0b0e5e1a-7c1d-4a57-9d0e-6a1f2b3c4d5e")));
    }

    @Test
    void withoutItsAnswersTheRecordIsRefusedHereAndNothingIsSent() {
        Map<String, Object> f = Map.of("etag", "1", "nc-period-ended-day", "", "nc-period-ended-month", "",
                "nc-period-ended-year", "");

        Response r = PageClient.submit(PAGE, ACTION, f);

        r.then().statusCode(400);
        Document page = PageClient.parse(r);
        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#nc-failure", "#nc-period-ended-day", "#nc-no-appeal-pending");
        assertThat(page.title()).startsWith("Error: ");
        ApiStubs.server().verify(0, anyRequestedFor(urlPathMatching(".*/non-compliance")));
    }

    @Test
    void aFieldTheServiceRefusesIsShownAgainstItsFieldWithEverythingTypedKept() {
        ApiStubs.stub(post(urlEqualTo(API)).willReturn(StubAnswers.problem(422, "Appeal end out of range",
                "The day the appeal was determined or withdrawn must lie between the day IN-2026-0007 was given and today",
                "[{\"field\":\"appealEndedOn\",\"message\":\"must lie between the day IN-2026-0007 was given and today\"}]")));
        Map<String, Object> f = answers();
        f.put("nc-appeal-ended-day", "1");
        f.put("nc-appeal-ended-month", "10");
        f.put("nc-appeal-ended-year", "2026");

        Response r = PageClient.submit(PAGE, ACTION, f);

        r.then().statusCode(422);
        Document page = PageClient.parse(r);
        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#nc-appeal-ended-day");
        assertThat(page.select("#nc-failure").val()).isEqualTo("The access logs were not provided.");
        assertThat(page.select("#nc-no-appeal-pending").hasAttr("checked")).isTrue();
    }

    @Test
    void aRefusalWithoutAFieldIsShownAgainstTheFormWithItsRule() {
        // an appeal suspends compliance with an information notice (DPA 2018 s.142(6))
        ApiStubs.stub(post(urlEqualTo(API)).willReturn(PenaltyAccountPageTest.problem(409, "compliance-suspended",
                "An appeal against IN-2026-0007 is pending", "DPA 2018 s.142(6)")));

        Response r = PageClient.submit(PAGE, ACTION, answers());

        r.then().statusCode(409);
        Document page = PageClient.parse(r);
        assertThat(page.select(".govuk-error-summary__list a").eachText())
                .containsExactly("An appeal against IN-2026-0007 is pending (DPA 2018 s.142(6))");
        assertThat(page.select(".govuk-error-summary__list a").attr("href")).isEqualTo("#nc-failure");
    }
}
