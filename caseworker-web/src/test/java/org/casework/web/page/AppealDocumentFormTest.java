package org.casework.web.page;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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

/** A document added to an appeal from the notice page, streamed to notice-service and confirmed with its SHA-256. */
@QuarkusTest
@TestSecurity(user = "ada", roles = "caseworker")
@OidcSecurity(claims = @Claim(key = "sub", value = People.ADA))
class AppealDocumentFormTest {

    private static final String PAGE = "/notices/" + ApiStubs.PENALTY_ID;
    private static final String APPEAL = "a9900000-0000-4000-8000-000000000001";
    private static final String ACTION = PAGE + "/appeals/" + APPEAL + "/documents";
    private static final String API = ApiStubs.NOTICES + "/appeals/" + APPEAL + "/documents";
    private static final String ADDED = "d0c00000-0000-4000-8000-000000000002";
    private static final String SHA = "cdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcd";
    private static final byte[] PDF = "%PDF-1.7 the tribunal's decision".getBytes(StandardCharsets.UTF_8);

    @BeforeEach
    void stubs() {
        ApiStubs.defaults();
        ApiStubs.answer(ApiStubs.NOTICES, PAGE + "/appeals", "appeals.json");
    }

    @Test
    void eachAppealOffersStaffAnUploadFormThatWorksWithoutScript() {
        Document page = PageClient.page(PAGE);

        var form = page.select("#appeal-" + APPEAL + " form[action=" + ACTION + "]");
        assertThat(form.attr("enctype")).isEqualTo("multipart/form-data");
        assertThat(form.select("input[name=csrf-token]")).hasSize(1);
        var input = form.select("input[type=file][name=file]");
        assertThat(input.attr("accept")).contains("application/pdf", "image/png", "image/jpeg");
        assertThat(form.select(".govuk-hint").text()).contains("PDF, PNG or JPEG of up to 20 MB", "SHA-256");
    }

    @Test
    void addingADocumentStreamsItThroughAndConfirmsItWithTheSha256NoticeServiceKept() {
        ApiStubs.stub(post(urlEqualTo(API)).willReturn(StubAnswers.json(201, "{\"id\": \"" + ADDED + "\", \"fileName\": "
                + "\"decision.pdf\", \"contentType\": \"application/pdf\", \"size\": 32, \"sha256\": \"" + SHA + "\"}")));

        Response r = PageClient.submitFile(PAGE, ACTION, Map.of(), "file", "decision.pdf", PDF, "application/pdf");

        r.then().statusCode(303).header("Location",
                org.hamcrest.Matchers.endsWith(PAGE + "?done=appeal-document-added&document=" + ADDED));
        ApiStubs.server().verify(postRequestedFor(urlEqualTo(API))
                .withHeader("Content-Type", containing("multipart/form-data"))
                .withRequestBodyPart(aMultipart().withName("file").withHeader("Content-Disposition",
                        containing("filename=\"decision.pdf\"")).withHeader("Content-Type", equalTo("application/pdf"))
                        .withBody(equalTo(new String(PDF, StandardCharsets.UTF_8))).build()));

        ApiStubs.answerWith(ApiStubs.NOTICES, PAGE + "/appeals", "appeals.json", "\"documents\": [", "\"documents\": "
                + "[{\"id\": \"" + ADDED + "\", \"fileName\": \"decision.pdf\", \"contentType\": \"application/pdf\", "
                + "\"size\": 32, \"sha256\": \"" + SHA + "\"}, ");
        Document landing = PageClient.page(PAGE + "?done=appeal-document-added&document=" + ADDED);
        assertThat(landing.select(".govuk-notification-banner__heading").text()).isEqualTo("The document was added to the appeal");
        assertThat(landing.select(".casework-success-detail").text()).isEqualTo("decision.pdf, SHA-256 " + SHA);
        assertThat(landing.select("#appeal-" + APPEAL + " .casework-hash").eachText()).contains("SHA-256 " + SHA);
    }

    @Test
    void anAddressCannotMakeTheConfirmationSayAnything() {
        Document page = PageClient.page(PAGE + "?done=appeal-document-added&document=not-a-document-of-this-notice");

        assertThat(page.select(".govuk-notification-banner__heading").text()).isEqualTo("The document was added to the appeal");
        assertThat(page.select(".casework-success-detail")).isEmpty();
    }

    @Test
    void aFileNoticeServiceRefusesIsShownInTheErrorSummaryAgainstTheUpload() {
        ApiStubs.stub(post(urlEqualTo(API)).willReturn(StubAnswers.problem(422, "File type not accepted",
                "A document must be a PDF, PNG or JPEG; this one is not", null)));

        Response r = PageClient.submitFile(PAGE, ACTION, Map.of(), "file", "notes.docx", PDF,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        r.then().statusCode(422);
        Document page = PageClient.parse(r);
        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#file");
        assertThat(page.select(".govuk-error-summary__list a").text())
                .isEqualTo("A document must be a PDF, PNG or JPEG; this one is not");
        var card = page.select("#appeal-" + APPEAL);
        assertThat(card.select("details.casework-appeal-document").hasAttr("open")).isTrue();
        assertThat(card.select("input#file.govuk-file-upload--error")).hasSize(1);
        assertThat(card.select("#file-error").text()).contains("PDF, PNG or JPEG");
    }

    @Test
    void noFileChosenIsRefusedHereAndNothingIsSent() {
        Response r = PageClient.submitFile(PAGE, ACTION, Map.of(), "file", "", new byte[0], "application/octet-stream");

        r.then().statusCode(400);
        assertThat(PageClient.parse(r).select(".govuk-error-summary__list a").text())
                .isEqualTo("Select a PDF, PNG or JPEG document to add");
        ApiStubs.server().verify(0, anyRequestedFor(urlPathMatching(".*/documents")));
    }

    @Test
    @TestSecurity(user = "alan", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "sub", value = People.ALAN))
    void anAuditorReadsTheDocumentsButCannotAddOne() {
        Document page = PageClient.page(PAGE);

        assertThat(page.select("#appeal-" + APPEAL + " a[download]")).hasSize(1);
        assertThat(page.select("form[action$=/documents]")).isEmpty();
        PageClient.submitFile(PAGE, ACTION, Map.of(), "file", "decision.pdf", PDF, "application/pdf").then().statusCode(403);
        ApiStubs.server().verify(0, anyRequestedFor(urlPathMatching(".*/documents")));
    }
}
