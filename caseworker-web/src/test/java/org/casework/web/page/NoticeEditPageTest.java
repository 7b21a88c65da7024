package org.casework.web.page;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
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

/** Editing a draft notice: its parts as they stand, sent as a merge patch with If-Match. */
@QuarkusTest
@TestSecurity(user = "ada", roles = "caseworker")
@OidcSecurity(claims = @Claim(key = "sub", value = People.ADA))
class NoticeEditPageTest {

    private static final String PAGE = "/notices/" + ApiStubs.DRAFT_ID + "/edit";
    private static final String API = ApiStubs.NOTICES + "/notices/" + ApiStubs.DRAFT_ID;

    @BeforeEach
    void stubs() {
        ApiStubs.defaults();
        ApiStubs.stub(patch(urlEqualTo(API)).willReturn(StubAnswers.json(200, StubAnswers.fixture("notice-draft.json"))));
        ApiStubs.stub(post(urlEqualTo(ApiStubs.NOTICES + "/penalty-calculations"))
                .willReturn(StubAnswers.json(200, StubAnswers.fixture("calculation.json"))));
    }

    private static Map<String, Object> edited() {
        Map<String, Object> f = new HashMap<>();
        f.put("etag", "1");
        f.put("recipients", List.of("0", "1"));
        f.put("reasons", "The organisation did not require multi-factor authentication on remote access.");
        f.put("nature-of-data", "");
        f.put("representation-days", "28");
        f.put("recalculate", "keep");
        f.put("action", "save");
        return f;
    }

    @Test
    void theFormShowsTheDraftAsItStandsAndKeepsItsCalculationUnlessAskedNotTo() {
        Document page = PageClient.page(PAGE);

        assertThat(page.title()).isEqualTo("Edit the draft: Notice of intent on CW-2026-0001 – Casework");
        assertThat(page.select("input[name=recipients][checked]").eachAttr("value")).containsExactly("0");
        assertThat(page.select("#reasons").text()).isEqualTo("The organisation did not require multi-factor authentication.");
        assertThat(page.select("#nature-of-data").text()).isEqualTo("health records");
        assertThat(page.select("#representation-days").val()).isEqualTo("28");
        assertThat(page.select("input[name=recalculate][checked]").val()).isEqualTo("keep");
        assertThat(page.select("legend:contains(calculation on the draft)").text()).endsWith("£783,000.00");
        assertThat(page.select("#recalculate-hint").text()).isEqualTo("The steps below are used only if you choose to work it out again");
        assertThat(page.select("#seriousness-percent")).hasSize(1);
        assertThat(page.select("input[name=etag]").val()).isEqualTo("1");
        assertThat(page.select("a[href=/cases/" + ApiStubs.CASE_ID + "/facts]").text()).isEqualTo("correct the case’s facts");
    }

    @Test
    void savingSendsAMergePatchOnTheVersionReadThatEmptiesWhatWasEmptiedAndLeavesTheCalculation() {
        Response r = PageClient.submit(PAGE, PAGE, edited());

        r.then().statusCode(303);
        assertThat(r.header("Location")).endsWith("/notices/" + ApiStubs.DRAFT_ID + "?done=draft-changed");
        ApiStubs.server().verify(patchRequestedFor(urlEqualTo(API)).withHeader("If-Match", equalTo("\"1\""))
                .withRequestBody(matchingJsonPath("$.recipients[1].name", equalTo("AHS Holdings plc")))
                .withRequestBody(matchingJsonPath("$.recipients[0].companyNumber", equalTo("01234567")))
                .withRequestBody(matchingJsonPath("$.recipients[0].address", absent()))
                .withRequestBody(matchingJsonPath("$[?(@.natureOfData == null)]"))
                .withRequestBody(matchingJsonPath("$.representationDays", equalTo("28")))
                .withRequestBody(matchingJsonPath("$.calculation", absent()))
                .withRequestBody(matchingJsonPath("$.type", absent())));
    }

    @Test
    void workingTheCalculationOutAgainSendsTheNewOne() {
        Map<String, Object> form = edited();
        form.putAll(NoticeDraftPageTest.calculatorForm());
        form.put("recalculate", "again");
        form.put("action", "save");

        PageClient.submit(PAGE, PAGE, form).then().statusCode(303);

        ApiStubs.server().verify(patchRequestedFor(urlEqualTo(API))
                .withRequestBody(matchingJsonPath("$.calculation.seriousness.percent", equalTo("15"))));
    }

    @Test
    void aDraftWithoutACalculationGetsTheCalculatorAndItsPaymentPeriod() {
        Document page = PageClient.page("/notices/" + ApiStubs.MISSING_ID + "/edit");

        assertThat(page.select("h1").text()).isEqualTo("Edit the draft: Penalty notice");
        assertThat(page.select("input[type=hidden][name=recalculate]").val()).isEqualTo("again");
        assertThat(page.select("#seriousness-band, #payment-days, #fine")).hasSize(3);
        assertThat(page.select("input[name=recipients][checked]").eachAttr("value")).containsExactly("1");
        assertThat(page.select("label[for=recipients-1]").text()).isEqualTo("AHS Holdings plc – no address recorded");
    }

    @Test
    void whenSomeoneElseChangedTheDraftTheAnswersStayAndTheNewVersionIsTaken() {
        ApiStubs.stub(patch(urlEqualTo(API)).willReturn(StubAnswers.problem(412, "Precondition failed", "Stale", null)));

        Response r = PageClient.submit(PAGE, PAGE, Map.of("etag", "0", "recipients", "0", "reasons", "New reasons",
                "recalculate", "keep", "action", "save"));

        r.then().statusCode(412);
        Document page = PageClient.parse(r);
        assertThat(page.select(".govuk-notification-banner").text()).contains("Someone else changed this draft");
        assertThat(page.select("#reasons").text()).isEqualTo("New reasons");
        assertThat(page.select("input[name=etag]").val()).isEqualTo("1");
    }

    @Test
    void anIssuedNoticeCannotBeEditedSoItsEditAddressLeadsBackToIt() {
        Response r = PageClient.fetch("/notices/" + ApiStubs.NOI_ID + "/edit");

        r.then().statusCode(303);
        assertThat(r.header("Location")).endsWith("/notices/" + ApiStubs.NOI_ID);
    }

    @Test
    @TestSecurity(user = "alan", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "sub", value = People.ALAN))
    void auditorsCannotEditADraft() {
        PageClient.page(PAGE, 403);
        ApiStubs.server().verify(0, patchRequestedFor(urlEqualTo(API)));
    }
}
