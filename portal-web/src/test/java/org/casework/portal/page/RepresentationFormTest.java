package org.casework.portal.page;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.casework.portal.PortalStubs;
import org.casework.web.testing.PageClient;
import org.casework.web.testing.StubAnswers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;

/**
 * Making representations with evidence: checked here, sent on with the person's token, confirmed with the reference
 * and each file's SHA-256 as representation-service took it; refused forms send nothing.
 */
@QuarkusTest
@TestSecurity(user = "betty", roles = "org-representative")
@OidcSecurity(claims = { @Claim(key = "sub", value = PortalStubs.BETTY), @Claim(key = "org_id", value = "org-nhs-supplier") })
class RepresentationFormTest {

    private static final String FORM = "/notices/" + PortalStubs.NOI_ID + "/representations/new";
    private static final String API = PortalStubs.REPRESENTATIONS + "/portal/notices/" + PortalStubs.NOI_ID + "/representations";
    private static final String SENT_ID = "4e900000-0000-4000-8000-000000000002";
    private static final byte[] REPORT = "%PDF-1.7 our report".getBytes(StandardCharsets.US_ASCII);

    @BeforeEach
    void stubs() {
        PortalStubs.defaults();
        PortalStubs.stub(post(urlPathEqualTo(API)).willReturn(StubAnswers.json(201, StubAnswers.fixture("representation-sent.json"))));
        PortalStubs.answer(PortalStubs.REPRESENTATIONS, "/portal/representations/" + SENT_ID, "representation-sent.json");
    }

    @Test
    void theFormAsksForTheStatementTheFilesAndAConfirmation() {
        Document page = PageClient.page(FORM);

        assertThat(page.select("h1").text()).isEqualTo("Make representations");
        assertThat(page.select("form").attr("enctype")).isEqualTo("multipart/form-data");
        assertThat(page.select("label[for=statement]").text()).isEqualTo("Your representations");
        assertThat(page.select("input#files").attr("accept")).isEqualTo(".pdf,.docx,.xlsx,.png,.jpg,.jpeg,.txt");
        assertThat(page.select("input#files").hasAttr("multiple")).isTrue();
        assertThat(page.select("input#declaration").attr("type")).isEqualTo("checkbox");
        assertThat(page.text()).contains("until 11:59pm on 11 December 2026");
    }

    @Test
    void withoutItsScriptTheFormSendsAtOnceAndTheScriptIsToldTheLimitsTheServerApplies() {
        Document page = PageClient.page(FORM);

        // as served, one page that works without JavaScript: the check step and the progress bar are hidden
        assertThat(page.select("#answers-step #statement")).hasSize(1);
        assertThat(page.select("#check-step").hasAttr("hidden")).isTrue();
        assertThat(page.select("#upload").hasAttr("hidden")).isTrue();
        assertThat(page.select("button#send").text()).isEqualTo("Send representations");
        // the script that adds check-your-answers and the upload's progress, loaded from here (the CSP allows no other)
        assertThat(page.select("script[src=/static/representations.js]").attr("type")).isEqualTo("module");
        var form = page.select("form#representation-form");
        assertThat(form.attr("data-max-files")).isEqualTo("20");
        assertThat(form.attr("data-max-file")).isEqualTo(String.valueOf(20L * 1024 * 1024));
        assertThat(form.attr("data-max-all")).isEqualTo(String.valueOf(100L * 1024 * 1024));
        assertThat(form.attr("data-max-statement")).isEqualTo("100000");
        assertThat(form.attr("data-kinds")).isEqualTo(page.select("input#files").attr("accept"));
        assertThat(PageClient.fetch("/static/representations.js").contentType()).startsWith("text/javascript");
    }

    @Test
    void representationsWithAFileAreSentOnAndConfirmedWithTheReferenceAndTheFilesHash() {
        Response sent = PageClient.submitMultipart(FORM, FORM, Map.of("statement", "The breach affected fewer people than the notice says.",
                "declaration", "yes"), "report.pdf", REPORT, "application/pdf");

        sent.then().statusCode(303);
        String confirmation = "/notices/" + PortalStubs.NOI_ID + "/representations/" + SENT_ID + "/sent";
        assertThat(sent.header("Location")).endsWith(confirmation);
        PortalStubs.server().verify(postRequestedFor(urlPathEqualTo(API))
                .withRequestBodyPart(aMultipart().withName("statement")
                        .withBody(containing("The breach affected fewer people than the notice says.")).build())
                .withRequestBodyPart(aMultipart().withName("files").withBody(containing("%PDF-1.7 our report")).build()));

        Document page = PageClient.page(confirmation);
        assertThat(page.select(".govuk-panel__title").text()).isEqualTo("Representations sent");
        assertThat(page.select("#reference").text()).isEqualTo(SENT_ID);
        assertThat(page.select("#files tbody tr td").eachText()).containsExactly("report.pdf", "2 KB",
                "c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00");
    }

    @Test
    void withoutAStatementOrTheConfirmationNothingIsSentAndEachErrorIsBesideItsField() {
        Response refused = PageClient.submitMultipart(FORM, FORM, Map.of("statement", ""), null, null, null);

        refused.then().statusCode(400);
        Document page = Jsoup.parse(refused.asString());
        assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#statement", "#declaration");
        assertThat(page.select("#declaration-error").text())
                .isEqualTo("Error: Confirm that you are making these representations for your organisation");
        PortalStubs.server().verify(0, postRequestedFor(urlPathEqualTo(API)));
    }

    @Test
    void aFileOfAKindTheServiceDoesNotTakeIsRefusedBeforeAnythingIsSent() {
        Response refused = PageClient.submitMultipart(FORM, FORM, Map.of("statement", "See the file.", "declaration", "yes"),
                "tool.exe", new byte[] { 'M', 'Z', 0, 0 }, "application/octet-stream");

        refused.then().statusCode(400);
        Document page = Jsoup.parse(refused.asString());
        assertThat(page.select("#files-error").text())
                .isEqualTo("Error: tool.exe must be a PDF, Word (DOCX), Excel (XLSX), PNG, JPEG or text file");
        assertThat(page.select("#statement").val()).isEqualTo("See the file.");
        assertThat(page.select("#files-hint").text()).contains("Choose your files again");
        PortalStubs.server().verify(0, postRequestedFor(urlPathEqualTo(API)));
    }

    @Test
    void aRefusalByTheServiceIsShownOnTheForm() {
        PortalStubs.stub(post(urlPathEqualTo(API)).willReturn(StubAnswers.json(422, "{\"title\":\"Not a file it takes\","
                + "\"status\":422,\"detail\":\"report.pdf is not a PDF: its content is not what its name says.\","
                + "\"errors\":[{\"field\":\"files[0]\",\"message\":\"report.pdf is not a PDF\"}]}")));

        Response refused = PageClient.submitMultipart(FORM, FORM, Map.of("statement", "See the file.", "declaration", "yes"),
                "report.pdf", "not a pdf".getBytes(StandardCharsets.US_ASCII), "application/pdf");

        refused.then().statusCode(400);
        Document page = Jsoup.parse(refused.asString());
        assertThat(page.select("#refusal").text()).isEqualTo("report.pdf is not a PDF: its content is not what its name says.");
        assertThat(page.select("#files-error").text()).isEqualTo("Error: report.pdf is not a PDF");
    }

    @Test
    void anotherNoticesRepresentationIsNotShownAsThisOnesConfirmation() {
        PageClient.page("/notices/" + PortalStubs.OTHER_ID + "/representations/" + SENT_ID + "/sent", 404);
    }
}
