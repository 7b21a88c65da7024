package org.casework.web.page;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.casework.web.ApiStubs;
import org.casework.web.People;
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

/** A decision-maker uploads a CSV of unpaid fees and sees what came of each row. */
@QuarkusTest
@TestSecurity(user = "grace", roles = "decision-maker")
@OidcSecurity(claims = @Claim(key = "sub", value = People.GRACE))
class FeePenaltyUploadPageTest {

    private static final String FORM = "/fee-penalties/batches/new";
    private static final String BATCH = "fb000000-0000-4000-8000-000000000001";
    private static final String API = ApiStubs.NOTICES + "/fee-penalties/batches";
    private static final byte[] CSV = ("organisation_id,organisation_name,reference,tier,charge_period_start,"
            + "aggravated_amount,aggravation_reason\norg-1,Corner Shop Ltd,ZA000001,1,2025-03-01,,\n")
            .getBytes(StandardCharsets.UTF_8);
    private static final String ANSWER = "{\"id\":\"" + BATCH + "\",\"fileName\":\"unpaid.csv\",\"fileSha256\":\""
            + "ab".repeat(32) + "\",\"rowsRead\":1000,\"rowsCreated\":998,\"rowsRejected\":2,\"errors\":["
            + "{\"row\":102,\"column\":\"tier\",\"reason\":\"must be 1, 2 or 3\"},"
            + "{\"row\":502,\"column\":\"charge_period_start\",\"reason\":\"must be the first day as YYYY-MM-DD\"}],"
            + "\"givenOn\":\"2025-06-02\",\"uploadedBy\":\"" + People.ADA + "\",\"uploadedAt\":\"2025-06-02T09:00:00Z\"}";

    @BeforeEach
    void stubs() {
        ApiStubs.defaults();
    }

    @Test
    void theFormWorksWithoutScriptAndCarriesItsOwnIdempotencyKey() {
        Document page = PageClient.page(FORM);

        var form = page.select("form[action=/fee-penalties/batches]");
        assertThat(form.attr("enctype")).isEqualTo("multipart/form-data");
        assertThat(form.select("input[name=csrf-token]")).hasSize(1);
        assertThat(form.select("input[name=key]").val()).matches("[0-9a-f-]{36}");
        assertThat(form.select("input[type=file][name=file]").attr("accept")).contains("text/csv");
        assertThat(form.select(".govuk-hint").text()).contains("organisation_id,organisation_name,reference,tier");
        assertThat(page.select(".govuk-service-navigation__link[href=" + FORM + "]")).hasSize(1);
    }

    @Test
    void anUploadIsSentWithItsKeyAndTheResultListsEachRowNotCreated() {
        ApiStubs.stub(post(urlEqualTo(API)).willReturn(StubAnswers.json(201, ANSWER)));
        ApiStubs.stub(get(urlEqualTo(API + "/" + BATCH)).willReturn(StubAnswers.json(200, ANSWER)));

        Response r = PageClient.submitFile(FORM, "/fee-penalties/batches", Map.of(), "file", "unpaid.csv", CSV, "text/csv");

        r.then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/fee-penalties/batches/" + BATCH));
        ApiStubs.server().verify(postRequestedFor(urlEqualTo(API))
                .withHeader("Idempotency-Key", com.github.tomakehurst.wiremock.client.WireMock.matching("[0-9a-f-]{36}"))
                .withRequestBodyPart(aMultipart().withName("file").withHeader("Content-Disposition",
                        containing("filename=\"unpaid.csv\"")).withBody(equalTo(new String(CSV, StandardCharsets.UTF_8)))
                        .build()));

        Document result = PageClient.page("/fee-penalties/batches/" + BATCH);
        assertThat(result.select(".govuk-panel__title").text()).isEqualTo("998 notices of intent given");
        assertThat(result.select("#rejected").text()).isEqualTo("2");
        assertThat(result.select(".govuk-panel__body").text()).isEqualTo("on 2 June 2025, from 1,000 rows");
        assertThat(result.select("#row-errors tbody tr")).hasSize(2);
        assertThat(result.select("#row-errors tbody tr").get(0).text()).isEqualTo("102 tier must be 1, 2 or 3");
        assertThat(result.select(".casework-hash").text()).isEqualTo("ab".repeat(32));
        assertThat(result.select("#uploaded-by").text()).isEqualTo("Ada Byron");
    }

    @Test
    void aFileRefusedAsAWholeShowsTheFormAgainWithTheReasonAndTheSameKey() {
        ApiStubs.stub(post(urlEqualTo(API)).willReturn(aProblem(422, "Wrong header row",
                "The first line must be exactly: organisation_id,...")));
        String key = PageClient.page(FORM).select("input[name=key]").val();

        Response r = PageClient.submitFile(FORM, "/fee-penalties/batches", Map.of("key", key), "file", "unpaid.csv", CSV,
                "text/csv");

        r.then().statusCode(422);
        Document page = Jsoup.parse(r.asString());
        assertThat(page.select(".govuk-error-summary__list").text()).contains("Wrong header row");
        assertThat(page.select("input[name=key]").val()).isEqualTo(key);
        ApiStubs.server().verify(postRequestedFor(urlEqualTo(API)).withHeader("Idempotency-Key", equalTo(key)));
    }

    @Test
    void noFileIsAskedForAgainWithoutCallingTheApi() {
        Response r = PageClient.submitFile(FORM, "/fee-penalties/batches", Map.of(), "file", null, null, "text/csv");

        r.then().statusCode(422);
        assertThat(Jsoup.parse(r.asString()).select(".govuk-error-summary__list").text())
                .isEqualTo("Select a CSV file of unpaid fees");
        ApiStubs.server().verify(0, anyRequestedFor(urlPathEqualTo(API)));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder aProblem(int status, String title,
            String detail) {
        return com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(status)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"urn:casework:problem:csv-header\",\"title\":\"" + title + "\",\"status\":" + status
                        + ",\"detail\":\"" + detail + "\"}");
    }
}
