package org.casework.web.page;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
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

/**
 * The calculator's step 2 and who the penalty is for: an adjustment by a percentage, no adjustment with a
 * reason (Fining Guidance step 2 is discretionary), or a person that is not an undertaking (DPA 2018 s.157:
 * the fixed maximum). Every test posts as a browser without script does: all conditional parts are sent.
 */
@QuarkusTest
@TestSecurity(user = "ada", roles = "caseworker")
@OidcSecurity(claims = @Claim(key = "sub", value = People.ADA))
class CalculatorTurnoverStepTest {

    private static final String PAGE = "/cases/" + ApiStubs.CASE_ID + "/notices/new";
    private static final String CALCULATIONS = ApiStubs.NOTICES + "/penalty-calculations";
    private static final String SERIOUSNESS = "\"seriousness\": {\"band\": \"MEDIUM\", \"percent\": \"15\", "
            + "\"reason\": \"Special category data of many people\"}";
    private static final String REST = "\"factors\": [], \"effectiveness\": {\"percent\": \"0\", \"reason\": \"None needed\"}";

    @BeforeEach
    void stubs() {
        ApiStubs.defaults();
        ApiStubs.stub(post(urlEqualTo(CALCULATIONS)).willReturn(StubAnswers.json(200, StubAnswers.fixture("calculation.json"))));
    }

    @Test
    void aNewDraftAsksWhetherThePersonIsAnUndertakingAndHowStepTwoIsAnswered() {
        Document page = PageClient.page(PAGE + "?type=NOTICE_OF_INTENT");

        assertThat(page.select("input[name=undertaking]").eachAttr("value")).containsExactly("yes", "no");
        assertThat(page.select("input[name=undertaking][checked]").val()).isEqualTo("yes");
        // shown, not revealed by script: GOV.UK Frontend would mark the radio aria-expanded, which axe refuses
        assertThat(page.select("#undertaking").hasAttr("data-aria-controls")).isFalse();
        assertThat(page.select("#conditional-undertaking").hasClass("govuk-radios__conditional--hidden")).isFalse();
        assertThat(page.select("#conditional-undertaking #turnover-amount").val()).isEqualTo("30,500,000");
        assertThat(page.select("input[name=adjustment]").eachAttr("value"))
                .containsExactly("percent", "none", "not-applicable");
        // nothing typed yet: no adjustment applies until one is chosen; the percentage is read only with "Yes"
        assertThat(page.select("input[name=adjustment][checked]").val()).isEqualTo("not-applicable");
        assertThat(page.select("#adjustment").hasAttr("data-aria-controls")).isFalse();
        assertThat(page.select("#conditional-adjustment #adjustment-percent")).hasSize(1);
    }

    @Test
    void noTurnoverAdjustmentSendsItsReasonWithoutAPercentAndShowsTheStepAsTheCalculatorExplainsIt() {
        ApiStubs.stub(post(urlEqualTo(CALCULATIONS)).willReturn(StubAnswers.json(200, StubAnswers.fixture("calculation.json")
                .replace("\"chosen\": \"-40%\", \"range\": null, \"reason\": \"Turnover is modest\"", "\"chosen\": \"none\", "
                        + "\"range\": \"-80% to -20%\", \"reason\": \"Its turnover does not reflect its reach\"")
                .replace("\"explanation\": null, \"details\": [] },\n    { \"number\": 3", "\"explanation\": \"No adjustment "
                        + "was made because its turnover does not reflect its reach.\", \"details\": [] },\n    { \"number\": 3"))));
        Map<String, Object> form = NoticeDraftPageTest.calculatorForm();
        form.put("action", "preview");
        form.put("undertaking", "yes");
        form.put("adjustment", "none");
        form.put("adjustment-reason", "Its turnover does not reflect its reach");
        // typed before choosing "no adjustment": ignored

        Response r = PageClient.submit(PAGE, PAGE, form);

        r.then().statusCode(200);
        ApiStubs.server().verify(postRequestedFor(urlEqualTo(CALCULATIONS)).withRequestBody(equalToJson("{"
                + "\"worldwideTurnover\": {\"amount\": \"30500000.00\", \"currency\": \"GBP\"}, \"tier\": \"STANDARD\", "
                + SERIOUSNESS + ", \"turnoverAdjustment\": {\"reason\": \"Its turnover does not reflect its reach\"}, "
                + REST + "}")));
        Document page = PageClient.parse(r);
        assertThat(page.select(".casework-breakdown tbody tr").get(1).text()).isEqualTo("2. Turnover adjustment "
                + "No adjustment Band: -80% to -20% Because: Its turnover does not reflect its reach No adjustment was made "
                + "because its turnover does not reflect its reach. £783,000.00");
        assertThat(page.select("input[name=adjustment][checked]").val()).isEqualTo("none");
    }

    @Test
    void aPersonThatIsNotAnUndertakingIsSentWithoutTurnoverOrAdjustmentWhateverWasTyped() {
        ApiStubs.stub(post(urlEqualTo(CALCULATIONS)).willReturn(StubAnswers.json(200, StubAnswers.fixture("calculation.json")
                .replace("\"explanation\": \"£8.7m is higher than 2% of turnover\"", "\"explanation\": \"The standard maximum "
                        + "for a person that is not an undertaking is the fixed amount of £8,700,000.00\"")
                .replace("\"chosen\": \"-40%\", \"range\": null, \"reason\": \"Turnover is modest\"", "\"chosen\": \"none\", "
                        + "\"range\": \"not applicable\", \"reason\": \"The person is not an undertaking and has no turnover.\""))));
        Map<String, Object> form = NoticeDraftPageTest.calculatorForm();
        form.put("action", "preview");
        form.put("undertaking", "no");
        form.put("adjustment", "percent");

        Response r = PageClient.submit(PAGE, PAGE, form);

        r.then().statusCode(200);
        ApiStubs.server().verify(postRequestedFor(urlEqualTo(CALCULATIONS)).withRequestBody(equalToJson("{"
                + "\"worldwideTurnover\": null, \"undertaking\": false, \"tier\": \"STANDARD\", " + SERIOUSNESS + ", " + REST
                + "}")));
        Document page = PageClient.parse(r);
        assertThat(page.select(".casework-calculation-maximum, p:contains(Statutory maximum)").first().text())
                .contains("for a person that is not an undertaking is the fixed amount");
        assertThat(page.select(".casework-breakdown tbody tr").get(1).text()).startsWith("2. Turnover adjustment "
                + "No adjustment Band: not applicable Because: The person is not an undertaking and has no turnover.");
        assertThat(page.select("input[name=undertaking][checked]").val()).isEqualTo("no");
    }

    @Test
    void noAdjustmentWithoutAReasonIsRefusedHereAndTheDraftIsNotSaved() {
        Map<String, Object> form = NoticeDraftPageTest.calculatorForm();
        form.put("adjustment", "none");
        form.put("adjustment-reason", "");

        Response r = PageClient.submit(PAGE, PAGE, form);

        r.then().statusCode(400);
        Document page = PageClient.parse(r);
        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href")).contains("#adjustment-reason");
        assertThat(page.select("#adjustment-reason-error").text()).contains("Enter why no turnover adjustment is made");
        ApiStubs.server().verify(0, postRequestedFor(urlEqualTo(ApiStubs.NOTICES + "/notices")));
    }

    @Test
    void theCalculatorsRefusalOfStepTwoIsShownAgainstTheChoice() {
        ApiStubs.stub(post(urlEqualTo(CALCULATIONS)).willReturn(StubAnswers.problem(400, "Outside the Fining Guidance",
                "Step 2: no turnover adjustment applies", "[{\"field\": \"turnoverAdjustment\", \"message\": \"Step 2: no "
                        + "turnover adjustment applies to a worldwide turnover above £435,000,000.00\"}]")));
        Map<String, Object> form = NoticeDraftPageTest.calculatorForm();
        form.put("action", "preview");
        form.put("adjustment", "none");

        Response r = PageClient.submit(PAGE, PAGE, form);

        r.then().statusCode(400);
        Document page = PageClient.parse(r);
        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#adjustment");
        assertThat(page.select("#adjustment-error").text()).contains("no turnover adjustment applies");
    }
}
