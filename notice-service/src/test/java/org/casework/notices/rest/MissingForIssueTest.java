package org.casework.notices.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casework.notices.DownstreamStubs;
import org.casework.notices.NoticeApi;
import org.casework.notices.NoticeRequests;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * A draft says what its issue would still refuse, from the moment it is drafted, each part with its
 * rule and where it is corrected; and it follows the case, so a fact corrected in the case shows in the
 * draft without drafting it again.
 */
@QuarkusTest
class MissingForIssueTest {

    private static final String NO_ADDRESS = "{\"name\":\"Advanced Business Software and Solutions Limited\","
            + "\"companyNumber\":\"01946476\",\"address\":null}";
    private static final String NEW_ADDRESS = "Ditton Park, Riding Court Road, Datchet, SL3 9LL";

    /** The reference case as case-service answers it after a caseworker added the third entity's address. */
    private static void caseCorrected(UUID caseId, String address) {
        DownstreamStubs.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlEqualTo("/cases/" + caseId))
                .willReturn(DownstreamStubs.json(200, DownstreamStubs.caseJson(caseId, "INVESTIGATING", "caseworker-ada")
                        .replace(NO_ADDRESS, NO_ADDRESS.replace("null", "\"" + address + "\"")))));
    }

    private static String noticeOfIntentTo(UUID caseId, String recipient) {
        return NoticeRequests.noticeOfIntent(caseId).replaceFirst("\"recipients\":\\[[^\\]]*\\]",
                "\"recipients\":[" + recipient + "]");
    }

    private static List<Map<String, String>> missing(Response r) {
        return r.jsonPath().getList("missingForIssue");
    }

    @Test
    void aDraftToAnEntityWithoutAnAddressSaysSoAtOnceAndFollowsTheCaseOnceItIsCorrected() throws IOException {
        UUID caseId = UUID.randomUUID();
        DownstreamStubs.caseIs(caseId, "INVESTIGATING", "caseworker-ada");
        DownstreamStubs.transitionsSucceed(caseId, "NOTICE_OF_INTENT_ISSUED");
        Response drafted = NoticeApi.draft(noticeOfIntentTo(caseId, "{\"name\":\"x\",\"companyNumber\":\"01946476\"}"));
        drafted.then().statusCode(201);
        assertThat(missing(drafted), equalTo(List.of(Map.of("part", "recipients[0].address",
                "rule", "DPA 2018 Sch 16 para 3(1)(a)",
                "message", "The address of Advanced Business Software and Solutions Limited is missing",
                "correctIn", "case"))));
        UUID noi = UUID.fromString(drafted.path("id"));
        DownstreamStubs.windowOpens(noi);

        caseCorrected(caseId, NEW_ADDRESS);
        Response read = given().auth().oauth2(Tokens.caseworker("caseworker-ada")).get("/notices/" + noi);
        read.then().statusCode(200).body("recipients[0].address", equalTo(NEW_ADDRESS))
                .body("missingForIssueNotChecked", nullValue());
        assertThat(missing(read), empty());

        Response issued = NoticeApi.issue(noi);
        issued.then().statusCode(200).body("status", equalTo("ISSUED")).body("recipients[0].address", equalTo(NEW_ADDRESS))
                .body("missingForIssue", nullValue());
        byte[] pdf = given().auth().oauth2(Tokens.auditor()).get("/notices/" + noi + "/document").asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "), containsString("Riding Court Road"));
        }
    }

    @Test
    void theCaseIsReadWithTheCallersOwnToken() {
        UUID caseId = UUID.randomUUID();
        DownstreamStubs.caseIs(caseId, "INVESTIGATING", "caseworker-ada");
        UUID noi = NoticeApi.drafted(NoticeRequests.noticeOfIntent(caseId));
        String auditor = Tokens.auditor();
        given().auth().oauth2(auditor).get("/notices/" + noi).then().statusCode(200).body("missingForIssue", empty());
        DownstreamStubs.server().verify(getRequestedFor(urlEqualTo("/cases/" + caseId))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer " + auditor)));
    }

    @Test
    void aCompleteDraftLacksNothingWhenDraftedRevisedAndRead() {
        UUID caseId = UUID.randomUUID();
        DownstreamStubs.caseIs(caseId, "INVESTIGATING", "caseworker-ada");
        Response drafted = NoticeApi.draft(NoticeRequests.noticeOfIntent(caseId));
        assertThat(missing(drafted), empty());
        UUID noi = UUID.fromString(drafted.path("id"));
        Response revised = given().auth().oauth2(Tokens.caseworker()).contentType("application/merge-patch+json")
                .header("If-Match", drafted.header("ETag")).body("{\"reasons\":\"Revised reasons\"}")
                .patch("/notices/" + noi);
        revised.then().statusCode(200);
        assertThat(missing(revised), empty());
        assertThat(missing(NoticeApi.read(noi)), empty());
    }

    @Test
    void revisingADraftTakesTheCasesCorrectedAddressButKeepsOneGivenForTheNotice() {
        UUID caseId = UUID.randomUUID();
        DownstreamStubs.caseIs(caseId, "INVESTIGATING", "caseworker-ada");
        Response drafted = NoticeApi.draft(noticeOfIntentTo(caseId,
                "{\"name\":\"x\",\"companyNumber\":\"01946476\"},"
                        + "{\"name\":\"x\",\"companyNumber\":\"05965280\",\"address\":\"Legal department, Ditton Park\"}"));
        assertThat(missing(drafted), hasSize(1));
        caseCorrected(caseId, NEW_ADDRESS);
        Response revised = given().auth().oauth2(Tokens.caseworker()).contentType("application/merge-patch+json")
                .header("If-Match", drafted.header("ETag")).body("{\"reasons\":\"Revised reasons\"}")
                .patch("/notices/" + drafted.path("id"));
        revised.then().statusCode(200).body("recipients[0].address", equalTo(NEW_ADDRESS))
                .body("recipients[1].address", equalTo("Legal department, Ditton Park"));
        assertThat(missing(revised), empty());
    }

    @Test
    void whenCaseServiceDoesNotAnswerTheReadSaysTheCheckCouldNotBeDoneAndTriesOnce() {
        UUID caseId = UUID.randomUUID();
        DownstreamStubs.caseIs(caseId, "INVESTIGATING", "caseworker-ada");
        UUID noi = NoticeApi.drafted(NoticeRequests.noticeOfIntent(caseId));
        DownstreamStubs.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlEqualTo("/cases/" + caseId))
                .willReturn(DownstreamStubs.json(503, "{}")));
        int before = DownstreamStubs.server().findAll(getRequestedFor(urlEqualTo("/cases/" + caseId))).size();
        NoticeApi.read(noi).then().statusCode(200).body("status", equalTo("DRAFT"))
                .body("missingForIssue", nullValue())
                .body("missingForIssueNotChecked", containsString("case-service did not answer"))
                .body("recipients", hasSize(2));
        assertThat(DownstreamStubs.server().findAll(getRequestedFor(urlEqualTo("/cases/" + caseId))), hasSize(before + 1));
    }

    @Test
    void aNoticeOfIntentForACaseWithoutAnOrganisationIdIsToldToCorrectTheCase() {
        UUID caseId = UUID.randomUUID();
        DownstreamStubs.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlEqualTo("/cases/" + caseId))
                .willReturn(DownstreamStubs.json(200, DownstreamStubs.caseJson(caseId, "INVESTIGATING", "caseworker-ada")
                        .replace("\"id\":\"org-nhs-supplier\",", ""))));
        Response drafted = NoticeApi.draft(NoticeRequests.noticeOfIntent(caseId));
        assertThat(missing(drafted), equalTo(List.of(Map.of("part", "organisation.id", "rule", "DPA 2018 Sch 16 para 3(3)(a)",
                "message", "The case records no organisation id, so the organisation's people could not see this notice "
                        + "or make representations on it", "correctIn", "case"))));
    }

    @Test
    void aPenaltyNoticeDraftedBeforeAnyNoticeOfIntentSaysSo() {
        UUID caseId = UUID.randomUUID();
        DownstreamStubs.caseIs(caseId, "NOTICE_OF_INTENT_ISSUED", "caseworker-ada");
        Response drafted = NoticeApi.draft(NoticeRequests.penaltyNotice(caseId));
        assertThat(drafted.jsonPath().getList("missingForIssue.part"), equalTo(List.of("noticeOfIntentId")));
        assertThat(drafted.jsonPath().getString("missingForIssue[0].correctIn"), equalTo("notice"));
    }

    @Test
    void aListAndAnIssuedNoticeCarryNoCheck() {
        UUID caseId = UUID.randomUUID();
        UUID noi = NoticeApi.issuedNoticeOfIntent(caseId);
        NoticeApi.read(noi).then().body("missingForIssue", nullValue()).body("documentSha256", notNullValue());
        given().auth().oauth2(Tokens.caseworker()).queryParam("caseId", caseId).get("/notices").then().statusCode(200)
                .body("items[0].missingForIssue", nullValue());
        given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON).get("/notices/" + noi)
                .then().body("missingForIssueNotChecked", nullValue());
    }
}
