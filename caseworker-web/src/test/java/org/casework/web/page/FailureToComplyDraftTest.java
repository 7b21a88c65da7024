package org.casework.web.page;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
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

/**
 * A notice of intent for failing to comply with a notice (DPA 2018 s.155(1)(b)): the draft lists the case's notices
 * found not complied with, sends the one chosen as failureToComplyWith, and the fine on the higher maximum (s.157(4)).
 */
@QuarkusTest
@TestSecurity(user = "ada", roles = "caseworker")
@OidcSecurity(claims = @Claim(key = "sub", value = People.ADA))
class FailureToComplyDraftTest {

    private static final String PAGE = "/cases/" + ApiStubs.CASE_ID + "/notices/new";
    private static final String NOTICES = ApiStubs.NOTICES + "/notices";
    private static final String CALCULATIONS = ApiStubs.NOTICES + "/penalty-calculations";
    private static final String INFORMATION = "90110000-0000-4000-8000-000000000007";
    private static final String ENFORCEMENT = "90110000-0000-4000-8000-000000000009";

    @BeforeEach
    void stubs() {
        ApiStubs.defaults();
        ApiStubs.answer(ApiStubs.NOTICES, "/notices", "notices-not-complied.json");
        ApiStubs.stub(post(urlEqualTo(CALCULATIONS)).willReturn(StubAnswers.json(200, StubAnswers.fixture("calculation.json"))));
    }

    private static Map<String, Object> chosen(String notice) {
        Map<String, Object> f = NoticeDraftPageTest.calculatorForm();
        f.put("failure-to-comply-with", notice);
        f.put("action", "save");
        return f;
    }

    @Test
    void theQuestionListsOnlyTheCasesGivenNoticesFoundNotCompliedWithAndSaysTheHigherMaximumApplies() {
        Document page = PageClient.page(PAGE);

        assertThat(page.select("input[name=failure-to-comply-with]").eachAttr("value"))
                .containsExactly("none", INFORMATION, ENFORCEMENT);
        assertThat(page.select("label[for^=failure-to-comply-with]").eachText()).containsExactly("No",
                "IN-2026-0007: information notice given on 5 October 2026",
                "EN-2026-0009: enforcement notice given on 1 September 2026");
        assertThat(page.select("#failure-to-comply-with-" + INFORMATION + "-hint").text())
                .isEqualTo("Not complied with: the period ended on 3 November 2026");
        assertThat(page.select("legend:contains(Is this a penalty for failing to comply with a notice?)")).hasSize(1);
        assertThat(page.select("#failure-to-comply-with-hint").text()).contains("the higher maximum applies (section 157(4))");
        // a conditional reveal would mark each radio aria-expanded (axe aria-allowed-attr): none here
        assertThat(page.select("input[name=failure-to-comply-with][aria-expanded], [data-aria-controls]")).isEmpty();
    }

    @Test
    void withNoNoticeFoundNotCompliedWithThePageSaysSoAndAsksNothing() {
        ApiStubs.answer(ApiStubs.NOTICES, "/notices", "notices.json");

        Document page = PageClient.page(PAGE);

        assertThat(page.select("input[name=failure-to-comply-with]")).isEmpty();
        assertThat(page.select("#failure-to-comply-none").text()).contains("section 155(1)(a)");
    }

    @Test
    void otherNoticeTypesAreNotAsked() {
        Document page = PageClient.page(PAGE + "?type=PENALTY_NOTICE");

        assertThat(page.select("#failure-to-comply, input[name=failure-to-comply-with]")).isEmpty();
    }

    @Test
    void whenTheCasesNoticesCannotBeReadTheDraftPageStillOpensAndSaysSo() {
        ApiStubs.stub(get(urlPathEqualTo(ApiStubs.NOTICES + "/notices")).willReturn(StubAnswers.json(503, "{}")));

        Document page = PageClient.page(PAGE);

        assertThat(page.select("#failure-to-comply-unread").text()).contains("could not be read");
        assertThat(page.select("#seriousness-percent")).hasSize(1);
    }

    @Test
    void choosingANoticeSendsItAndTheHigherMaximumWhateverTheTierQuestionSays() {
        ApiStubs.stub(post(urlEqualTo(NOTICES)).willReturn(StubAnswers.json(201, StubAnswers.fixture("notice-draft.json"))));

        Response r = PageClient.submit(PAGE, PAGE, chosen(ENFORCEMENT)); // the form's tier says STANDARD

        r.then().statusCode(303);
        ApiStubs.server().verify(postRequestedFor(urlEqualTo(NOTICES))
                .withRequestBody(matchingJsonPath("$.failureToComplyWith", equalTo(ENFORCEMENT)))
                .withRequestBody(matchingJsonPath("$.calculation.tier", equalTo("HIGHER"))));
        ApiStubs.server().verify(postRequestedFor(urlEqualTo(CALCULATIONS))
                .withRequestBody(matchingJsonPath("$.tier", equalTo("HIGHER"))));
    }

    @Test
    void answeringNoSendsNoBasisAndKeepsTheTierChosen() {
        ApiStubs.stub(post(urlEqualTo(NOTICES)).willReturn(StubAnswers.json(201, StubAnswers.fixture("notice-draft.json"))));

        PageClient.submit(PAGE, PAGE, chosen("none")).then().statusCode(303);

        ApiStubs.server().verify(postRequestedFor(urlEqualTo(NOTICES))
                .withRequestBody(matchingJsonPath("$.calculation.tier", equalTo("STANDARD")))
                .withRequestBody(notContaining("failureToComplyWith")));
    }

    @Test
    void aPreviewWithANoticeChosenIsWorkedOutOnTheHigherMaximumAndShowsItChosen() {
        Map<String, Object> f = chosen(INFORMATION);
        f.put("action", "preview");

        Response r = PageClient.submit(PAGE, PAGE, f);

        r.then().statusCode(200);
        Document page = PageClient.parse(r);
        assertThat(page.select("input[name=tier][checked]").val()).isEqualTo("HIGHER");
        assertThat(page.select("input[name=failure-to-comply-with][checked]").val()).isEqualTo(INFORMATION);
    }

    @Test
    void noBasisOnRecordIsShownAgainstTheQuestion() {
        // DPA 2018 s.155(1)(b): notice-service checks the basis again
        ApiStubs.stub(post(urlEqualTo(NOTICES)).willReturn(StubAnswers.problem(422, "No failure to comply on record",
                "A penalty for failing to comply with a notice rests on a notice found not complied with",
                "[{\"field\":\"failureToComplyWith\",\"message\":\"no non-compliance with IN-2026-0007 is recorded\"}]")));

        Response r = PageClient.submit(PAGE, PAGE, chosen(INFORMATION));

        r.then().statusCode(422);
        Document page = PageClient.parse(r);
        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#failure-to-comply-with");
        assertThat(page.select("#failure-to-comply-with-error").text()).contains("no non-compliance with IN-2026-0007");
        assertThat(page.select("input[name=failure-to-comply-with][checked]").val()).isEqualTo(INFORMATION);
    }

    @Test
    void aStandardMaximumRefusedIsShownAgainstTheTier() {
        // DPA 2018 s.157(4): the higher maximum for failing to comply
        ApiStubs.stub(post(urlEqualTo(NOTICES)).willReturn(StubAnswers.problem(422, "Higher maximum required",
                "Field 'calculation.tier' must be HIGHER",
                "[{\"field\":\"calculation.tier\",\"message\":\"must be HIGHER: the maximum penalty for failing to comply "
                        + "with IN-2026-0007 is the higher maximum amount (DPA 2018 s.157(4))\"}]")));

        Response r = PageClient.submit(PAGE, PAGE, chosen(INFORMATION));

        r.then().statusCode(422);
        assertThat(PageClient.parse(r).select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#tier");
    }

    @Test
    void theNoticeOfIntentsPageSaysWhichNoticeItIsForFailingToComplyWith() {
        ApiStubs.answerWith(ApiStubs.NOTICES, "/notices/" + ApiStubs.NOI_ID, "notice-issued.json", "\"version\"",
                "\"failureToComply\": {\"noticeId\": \"" + INFORMATION + "\", \"reference\": \"IN-2026-0007\", "
                        + "\"type\": \"INFORMATION_NOTICE\", \"givenOn\": \"2026-10-05\", \"rule\": \"DPA 2018 s.155(1)(b)\", "
                        + "\"maximumTier\": \"HIGHER\", \"maximumRule\": \"DPA 2018 s.157(4)\"}, \"version\"");

        Document page = PageClient.page("/notices/" + ApiStubs.NOI_ID);

        assertThat(page.select("#failure-to-comply").text())
                .startsWith("For failing to comply with IN-2026-0007 given on 5 October 2026")
                .contains("the higher maximum applies (section 157(4))");
        assertThat(page.select("#failure-to-comply a").attr("href")).isEqualTo("/notices/" + INFORMATION);
    }

    @Test
    void aNoticeOfIntentUnderSection155_1_aSaysNothingOfIt() {
        assertThat(PageClient.page("/notices/" + ApiStubs.NOI_ID).select("#failure-to-comply")).isEmpty();
    }

    private static final String EDIT = "/notices/" + ApiStubs.DRAFT_ID + "/edit";
    private static final String DRAFT_API = ApiStubs.NOTICES + "/notices/" + ApiStubs.DRAFT_ID;

    private static void draftFailingToComplyWith(String notice) {
        ApiStubs.answerWith(ApiStubs.NOTICES, "/notices/" + ApiStubs.DRAFT_ID, "notice-draft.json", "\"version\": 1",
                "\"failureToComply\": {\"noticeId\": \"" + notice + "\", \"reference\": \"IN-2026-0007\", "
                        + "\"type\": \"INFORMATION_NOTICE\", \"givenOn\": \"2026-10-05\"}, \"version\": 1");
        ApiStubs.stub(com.github.tomakehurst.wiremock.client.WireMock.patch(urlEqualTo(DRAFT_API))
                .willReturn(StubAnswers.json(200, StubAnswers.fixture("notice-draft.json"))));
    }

    private static Map<String, Object> edited(String answer) {
        Map<String, Object> f = new java.util.HashMap<>();
        f.put("etag", "1");
        f.put("recipients", "0");
        f.put("reasons", "The organisation did not give the access logs.");
        f.put("representation-days", "28");
        f.put("recalculate", "keep");
        f.put("failure-to-comply-with", answer);
        f.put("action", "save");
        return f;
    }

    @Test
    void editingADraftShowsTheNoticeItIsForFailingToComplyWithChosen() {
        draftFailingToComplyWith(INFORMATION);

        Document page = PageClient.page(EDIT);

        assertThat(page.select("input[name=failure-to-comply-with][checked]").val()).isEqualTo(INFORMATION);
        assertThat(page.select("input[name=tier][checked]").val()).isEqualTo("HIGHER");
    }

    @Test
    void editingADraftToAnotherNoticePatchesIt() {
        draftFailingToComplyWith(INFORMATION);

        PageClient.submit(EDIT, EDIT, edited(ENFORCEMENT)).then().statusCode(303);

        ApiStubs.server().verify(com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor(urlEqualTo(DRAFT_API))
                .withHeader("If-Match", equalTo("\"1\""))
                .withRequestBody(matchingJsonPath("$.failureToComplyWith", equalTo(ENFORCEMENT))));
    }

    @Test
    void answeringNoOnADraftForFailingToComplyRemovesTheBasis() {
        draftFailingToComplyWith(INFORMATION);

        PageClient.submit(EDIT, EDIT, edited("none")).then().statusCode(303);

        ApiStubs.server().verify(com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor(urlEqualTo(DRAFT_API))
                .withRequestBody(matchingJsonPath("$[?(@.failureToComplyWith == null)]")));
    }

    @Test
    void answeringNoOnAnOrdinaryDraftSendsNothingOfIt() {
        ApiStubs.stub(com.github.tomakehurst.wiremock.client.WireMock.patch(urlEqualTo(DRAFT_API))
                .willReturn(StubAnswers.json(200, StubAnswers.fixture("notice-draft.json"))));

        PageClient.submit(EDIT, EDIT, edited("none")).then().statusCode(303);

        ApiStubs.server().verify(com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor(urlEqualTo(DRAFT_API))
                .withRequestBody(notContaining("failureToComplyWith")));
    }
}
