package org.casework.notices.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.casework.notices.DownstreamStubs;
import org.casework.notices.NoticeApi;
import org.casework.notices.NoticeRequests;
import org.casework.testing.Problems;
import org.casework.testing.RowCounts;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Bad input to notice-service: a 4xx problem naming what is wrong, and nothing written. */
@QuarkusTest
class NoticeBadInputTest {

    private static Response refused(int status, String field, Supplier<Response> request) {
        RowCounts before = RowCounts.of(NoticeApi.TABLES);
        Response response = Problems.assertProblem(request.get(), status);
        if (field != null) {
            List<String> fields = response.jsonPath().getList("errors.field");
            assertThat(response.asString(), fields, hasItem(field));
        }
        assertThat(before.again(), equalTo(before));
        return response;
    }

    private static RequestSpecification staff() {
        return given().auth().oauth2(Tokens.decisionMaker());
    }

    private static Response calculate(String body) {
        return staff().contentType(ContentType.JSON).body(body.getBytes(StandardCharsets.UTF_8)).post("/penalty-calculations");
    }

    private static Response draft(String body) {
        return staff().contentType(ContentType.JSON).body(body.getBytes(StandardCharsets.UTF_8)).post("/notices");
    }

    private static String calc(String from, String to) {
        if (!NoticeRequests.PENALTY_CALCULATION.contains(from)) {
            throw new IllegalArgumentException(from);
        }
        return NoticeRequests.PENALTY_CALCULATION.replace(from, to);
    }

    @Test
    void refusesAChoiceOutsideItsBandNamingTheBand() {
        Response r = refused(400, "seriousness.percent", () -> calculate(calc("\"percent\":\"52\"",
                "\"percent\":\"15\"")));
        assertThat(r.path("detail"), containsString("HIGH"));
        assertThat(r.path("allowed"), containsString("20%"));
        Response adj = refused(400, "turnoverAdjustment.percent", () -> calculate(calc("\"percent\":\"85\"",
                "\"percent\":\"40\"")));
        assertThat(adj.path("detail"), containsString("50%"));
        refused(400, "turnoverAdjustment", () -> calculate(calc("\"300000000.00\"", "\"1000000000.00\"")));
    }

    @Test
    void refusesMalformedAndMistypedCalculations() {
        refused(400, null, () -> calculate("{\"tier\":"));
        refused(400, "tier", () -> calculate(calc("\"STANDARD\"", "\"MEDIUM\"")));
        refused(400, "seriousness.band", () -> calculate(calc("\"HIGH\"", "\"SEVERE\"")));
        refused(400, "seriousness.percent", () -> calculate(calc("\"percent\":\"52\"", "\"percent\":\"lots\"")));
        refused(400, "worldwideTurnover.currency", () -> calculate(calc("\"GBP\"", "\"EUR\"")));
        refused(400, "worldwideTurnover.amount", () -> calculate(calc("\"300000000.00\"", "\"-1\"")));
        refused(400, "effectiveness", () -> calculate(calc(",\n \"effectiveness\":{\"percent\":\"0\",\"reason\":\"the amount is effective, proportionate and dissuasive\"}", "")));
        refused(400, "seriousness.unexpected", () -> calculate(calc("\"band\":\"HIGH\"", "\"band\":\"HIGH\",\"unexpected\":1")));
        refused(400, null, () -> calculate(calc("\"percent\":\"52\"", "\"percent\":1e999999999")));
        refused(400, "seriousness.percent", () -> calculate(calc("\"percent\":\"52\"", "\"percent\":\"52.125\"")));
        refused(400, "seriousness.reason", () -> calculate(calc("\"band\":\"HIGH\",\"percent\":\"52\",\"reason\":\"representations",
                "\"band\":\"HIGH\",\"percent\":\"52\",\"reason\":\"x\\u0000representations")));
    }

    @Test
    void refusesANotionalFineAboveTheStatutoryMaximumAndChangesNothing() {
        // DPA 2018 s.157: the case's turnover is £300m, 4 % of it £12m, so the higher maximum is the fixed £17.5m
        UUID caseId = UUID.randomUUID();
        DownstreamStubs.caseIs(caseId, "INVESTIGATING", "caseworker-ada");
        String reprimand = """
                {"caseId":"%s","type":"REPRIMAND","recipients":[{"name":"x","companyNumber":"05965280"}],
                 "reasons":"Failure to secure remote access.","notionalFine":{"amount":"17500000.01","currency":"GBP"}}
                """.formatted(caseId);
        Response r = refused(422, "notionalFine", () -> draft(reprimand));
        assertThat(r.path("type"), equalTo("urn:casework:problem:notional-fine-above-maximum"));
        assertThat(r.path("allowed"), equalTo("£0.00 to £17,500,000.00"));
        UUID atTheMaximum = NoticeApi.drafted(reprimand.replace("17500000.01", "17500000.00"));
        refused(422, "notionalFine", () -> staff().contentType("application/merge-patch+json").header("If-Match", "*")
                .body("{\"notionalFine\":{\"amount\":\"20000000.00\",\"currency\":\"GBP\"}}")
                .patch("/notices/" + atTheMaximum));
    }

    @Test
    void refusesBadDrafts() {
        UUID caseId = UUID.randomUUID();
        DownstreamStubs.caseIs(caseId, "INVESTIGATING", "caseworker-ada");
        String good = NoticeRequests.noticeOfIntent(caseId);
        refused(400, "type", () -> draft(good.replace("\"NOTICE_OF_INTENT\"", "\"FINE\"")));
        refused(400, "caseId", () -> draft(good.replace("\"caseId\":\"" + caseId + "\",", "")));
        refused(400, "caseId", () -> draft(good.replace(caseId.toString(), "not-a-uuid")));
        refused(400, "recipients", () -> draft(good.replaceFirst("\"recipients\":\\[[^\\]]*\\]", "\"recipients\":[]")));
        refused(400, "representationDays", () -> draft(good.replace("\"representationDays\":21", "\"representationDays\":\"three weeks\"")));
        refused(422, "recipients[0]", () -> draft(good.replace("05965280", "99999999")));
        refused(422, "notionalFine", () -> draft(good.replace("\"representationDays\":21",
                "\"representationDays\":21,\"notionalFine\":{\"amount\":\"1.00\",\"currency\":\"GBP\"}")));
        refused(400, "calculation.seriousness.percent", () -> draft(good.replace("\"percent\":\"70\"", "\"percent\":\"10\"")));
        refused(422, "calculation.settlement", () -> draft(good.replace("\"factors\":[]",
                "\"factors\":[],\"settlement\":{\"percent\":\"20\",\"reason\":\"early\"}")));
        refused(400, "reasons", () -> draft(good.replace("The group did not", "x".repeat(20_001))));
        refused(413, null, () -> draft(good.replace("The group did not", "x".repeat(1_100_000))));
        refused(415, null, () -> staff().contentType(ContentType.TEXT).body("x").post("/notices"));
    }

    /**
     * Hostile values inside otherwise valid bodies for real resources: a draft of a real case and a
     * revision of a real draft, each refused for the one hostile value and nothing written.
     */
    @Test
    void hostileValuesInValidBodiesForRealResourcesAreRefusedAndChangeNothing() {
        UUID caseId = UUID.randomUUID();
        DownstreamStubs.caseIs(caseId, "INVESTIGATING", "caseworker-ada");
        String good = NoticeRequests.noticeOfIntent(caseId);
        String reasons = "The group did not";
        refused(413, null, () -> draft(good.replace(reasons, "x".repeat(2 * 1024 * 1024))));
        refused(400, "reasons", () -> draft(good.replace(reasons, "The group\\u0000 did not")));
        refused(400, "reasons", () -> draft(good.replace(reasons, "The group\\u001b[31m did not")));
        refused(400, "reasons", () -> draft(good.replace(reasons, "The group\\ud800 did not")));
        refused(400, "recipients[0].name", () -> draft(good.replace("\"name\":\"Advanced Computer Software Group Limited\"",
                "\"name\":\"Advanced\\r\\nINFO forged log line\"")));
        refused(400, null, () -> draft(good.replace("\"factors\":[]", "\"factors\":" + "[".repeat(5000) + "]".repeat(5000))));
        refused(400, null, () -> draft(good.replace("\"representationDays\":21",
                "\"representationDays\":21,\"deep\":" + "{\"a\":".repeat(3000) + "1" + "}".repeat(3000))));

        Response drafted = NoticeApi.draft(good);
        String id = drafted.path("id");
        String etag = drafted.header("ETag");
        String before = NoticeApi.read(UUID.fromString(id)).asString();
        refused(400, "reasons", () -> revise(id, etag, "{\"reasons\":\"a\\u0000b\"}"));
        refused(400, "natureOfData", () -> revise(id, etag, "{\"natureOfData\":\"a\\u0007b\"}"));
        refused(400, "reasons", () -> revise(id, etag, "{\"reasons\":\"" + "x".repeat(20_001) + "\"}"));
        refused(413, null, () -> revise(id, etag, "{\"reasons\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}"));
        refused(400, null, () -> revise(id, etag, "{\"calculation\":" + "[".repeat(5000) + "]".repeat(5000) + "}"));
        refused(400, null, () -> revise(id, etag, "{\"reasons\":" + "{\"a\":".repeat(3000) + "1" + "}".repeat(3000) + "}"));
        // blank or control-character text for a number was read as "no value", which a merge patch keeps as it was: 200
        refused(400, "representationDays", () -> revise(id, etag, "{\"representationDays\":\"\\r\\u0003\"}"));
        refused(400, "representationDays", () -> revise(id, etag, "{\"representationDays\":\"\"}"));
        refused(400, "representationDays", () -> revise(id, etag, "{\"representationDays\":\"28\"}"));
        assertThat(NoticeApi.read(UUID.fromString(id)).path("version"), equalTo(drafted.path("version")));
        assertThat(NoticeApi.read(UUID.fromString(id)).path("reasons"), equalTo(new io.restassured.path.json.JsonPath(before)
                .getString("reasons")));
    }

    private static Response revise(String id, String etag, String body) {
        return staff().contentType("application/merge-patch+json").header("If-Match", etag)
                .body(body.getBytes(StandardCharsets.UTF_8)).patch("/notices/" + id);
    }

    @Test
    void aDraftForACaseThatDoesNotExistIsRefusedWith422() {
        UUID unknown = UUID.randomUUID();
        DownstreamStubs.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/cases/" + unknown))
                .willReturn(DownstreamStubs.json(404, "{\"status\":404,\"detail\":\"Case was not found\"}")));
        refused(422, "caseId", () -> draft(NoticeRequests.noticeOfIntent(unknown)));
    }

    @Test
    void unknownIdsAreA404AndStaleOrMissingIfMatchA412OrA428() {
        UUID unknown = UUID.randomUUID();
        refused(404, null, () -> staff().get("/notices/" + unknown));
        refused(404, null, () -> staff().get("/notices/nope"));
        refused(404, null, () -> staff().header("Idempotency-Key", "k").post("/notices/" + unknown + "/issue"));
        refused(404, null, () -> staff().get("/notices/" + unknown + "/document"));
        UUID caseId = UUID.randomUUID();
        DownstreamStubs.caseIs(caseId, "INVESTIGATING", "caseworker-ada");
        UUID noi = NoticeApi.drafted(NoticeRequests.noticeOfIntent(caseId));
        refused(428, null, () -> staff().contentType(ContentType.JSON).body("{\"reasons\":\"x\"}").patch("/notices/" + noi));
        refused(412, null, () -> staff().contentType(ContentType.JSON).header("If-Match", "\"41\"")
                .body("{\"reasons\":\"x\"}").patch("/notices/" + noi));
        refused(400, null, () -> staff().contentType(ContentType.JSON).header("If-Match", "*")
                .body("{\"type\":\"REPRIMAND\"}").patch("/notices/" + noi));
        refused(400, "colour", () -> staff().contentType(ContentType.JSON).header("If-Match", "*")
                .body("{\"colour\":\"red\"}").patch("/notices/" + noi));
        refused(409, null, () -> staff().get("/notices/" + noi + "/document"));
        refused(400, null, () -> staff().post("/notices/" + noi + "/issue"));
        refused(400, "caseId", () -> staff().get("/notices"));
        refused(400, "limit", () -> staff().queryParam("caseId", caseId).queryParam("limit", 500).get("/notices"));
        refused(400, "after", () -> given().queryParam("after", "garbage!").get("/register"));
    }

    @Test
    void refusesBadAmendments() {
        UUID caseId = UUID.randomUUID();
        DownstreamStubs.caseIs(caseId, "INVESTIGATING", "caseworker-ada");
        UUID noi = NoticeApi.drafted(NoticeRequests.noticeOfIntent(caseId));
        refused(409, null, () -> staff().contentType(ContentType.JSON)
                .body("{\"stage\":\"AFTER_REPRESENTATIONS\",\"discountPercent\":\"20\",\"appealWaived\":true}")
                .post("/notices/" + noi + "/settlement"));
        refused(400, "stage", () -> staff().contentType(ContentType.JSON)
                .body("{\"stage\":\"WHENEVER\",\"discountPercent\":\"20\",\"appealWaived\":true}")
                .post("/notices/" + noi + "/settlement"));
        refused(409, null, () -> staff().contentType(ContentType.JSON)
                .body("{\"agreedUntil\":\"2030-01-01\",\"reason\":\"agreed\",\"agreedBy\":\"Jane Smith, General Counsel\",\"agreedOn\":\"" + java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")) + "\",\"evidence\":\"Letter ref ACS/ICO/12\"}")
                .post("/notices/" + noi + "/deadline-extension"));
        refused(400, "agreedUntil", () -> staff().contentType(ContentType.JSON)
                .body("{\"agreedUntil\":\"31/03/2025\",\"reason\":\"agreed\",\"agreedBy\":\"Jane Smith, General Counsel\",\"agreedOn\":\"" + java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")) + "\",\"evidence\":\"Letter ref ACS/ICO/12\"}")
                .post("/notices/" + noi + "/deadline-extension"));
        refused(409, null, () -> staff().contentType(ContentType.JSON).body("{\"publish\":false,\"withheldReason\":\"x\"}")
                .put("/notices/" + noi + "/publication"));
        refused(400, "reason", () -> staff().contentType(ContentType.JSON).body("{}").post("/notices/" + noi + "/withdraw"));
    }

    @Test
    void refusesADeadlinesPageOutOfRangeOrACursorItDidNotGiveOut() {
        refused(400, "limit", () -> staff().queryParam("limit", 0).get("/deadlines"));
        refused(400, "limit", () -> staff().queryParam("limit", 201).get("/deadlines"));
        refused(400, "limit", () -> staff().queryParam("limit", "ten").get("/deadlines"));
        refused(400, null, () -> staff().queryParam("after", "not-a-cursor").get("/deadlines"));
        refused(414, null, () -> staff().queryParam("after", "x".repeat(5000)).get("/deadlines"));
    }
}
