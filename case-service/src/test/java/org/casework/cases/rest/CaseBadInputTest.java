package org.casework.cases.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.casework.cases.CaseApi;
import org.casework.cases.CaseRequests;
import org.casework.testing.Problems;
import org.casework.testing.RowCounts;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Whatever a client sends, a refused request is a 4xx problem+json that names what is wrong, and
 * not a single row changes (cases, findings, timeline, reference counters, audit, idempotency).
 */
@QuarkusTest
class CaseBadInputTest {

    private String caseId;

    @BeforeEach
    void aCaseExists() {
        caseId = CaseApi.open();
    }

    private static RequestSpecification asCaseworker() {
        return given().auth().oauth2(Tokens.caseworker());
    }

    private static RequestSpecification asDecisionMaker() {
        return given().auth().oauth2(Tokens.decisionMaker());
    }

    /** Sends the request and checks the problem, the field it names (if any), and that nothing changed. */
    private static Response refused(int status, String field, Supplier<Response> request) {
        RowCounts before = RowCounts.of(CaseApi.TABLES);
        Response response = Problems.assertProblem(request.get(), status);
        if (field != null) {
            List<String> fields = response.jsonPath().getList("errors.field");
            assertThat(response.asString(), fields, hasItem(field));
        }
        assertThat(before.again(), equalTo(before));
        return response;
    }

    private static String newCaseWith(String from, String to) {
        String body = CaseRequests.newCase();
        if (!body.contains(from)) {
            throw new IllegalArgumentException(from);
        }
        return body.replace(from, to);
    }

    /** A new case with the given organisation and otherwise the fewest fields allowed. */
    private static String minimal(String organisation) {
        return "{\"title\":\"t\",\"summary\":\"s\",\"source\":\"COMPLAINT\",\"organisation\":" + organisation
                + ",\"incident\":{\"peopleAffected\":1,\"dataCategories\":[],\"specialCategoryData\":false}}";
    }

    private static Response postCase(String body) {
        // sent as bytes: the client would otherwise take seconds over a deeply nested body
        return asCaseworker().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body.getBytes(StandardCharsets.UTF_8)).post("/cases");
    }

    @Test
    void refusesMalformedJson() {
        refused(400, null, () -> postCase("{\"title\": \"unfinished"));
        refused(400, null, () -> postCase("{\"title\": 'single quotes'}"));
        refused(400, null, () -> postCase("[]"));
        refused(400, null, () -> postCase(""));
        refused(400, null, () -> postCase("null"));
    }

    @Test
    void refusesInvalidUtf8() {
        byte[] body = CaseRequests.newCase().replace("Ransomware", "Ransom\u0001ware").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < body.length; i++) {
            if (body[i] == 1) {
                body[i] = (byte) 0xC3; // a lead byte with no continuation byte
            }
        }
        refused(400, null, () -> asCaseworker().contentType("application/json; charset=UTF-8")
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post("/cases"));
    }

    @Test
    void refusesDeepNesting() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        refused(400, null, () -> postCase(newCaseWith("\"health\"", deep)));
    }

    /**
     * A document nested 100,000 deep is "too deeply nested" whichever field holds the nesting, as in the other
     * services; case-service used to bind the title first and answer "title must be a string".
     */
    @Test
    void aHundredThousandDeepDocumentIsTooDeeplyNestedWhicheverFieldHoldsIt() {
        int depth = 100_000;
        String objects = "{\"title\":".repeat(depth) + "\"x\"" + "}".repeat(depth);
        String arrays = "[".repeat(depth) + "]".repeat(depth);
        List<Supplier<Response>> requests = List.of(
                () -> postCase(objects),
                () -> postCase(newCaseWith("\"Ransomware attack on NHS software supplier\"", arrays)),
                () -> postCase(newCaseWith("82946", arrays)),
                () -> asCaseworker().contentType("application/merge-patch+json").header("If-Match", "*")
                        .body(("{\"title\":" + arrays + "}").getBytes(StandardCharsets.UTF_8)).patch("/cases/" + caseId),
                () -> asCaseworker().contentType(ContentType.JSON)
                        .body(("{\"provision\":" + arrays + "}").getBytes(StandardCharsets.UTF_8))
                        .post("/cases/" + caseId + "/findings"),
                () -> asCaseworker().contentType(ContentType.JSON).header("If-Match", "*")
                        .body(("{\"caseworker\":" + arrays + "}").getBytes(StandardCharsets.UTF_8))
                        .put("/cases/" + caseId + "/assignee"),
                () -> asDecisionMaker().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                        .body(("{\"to\":" + arrays + "}").getBytes(StandardCharsets.UTF_8))
                        .post("/cases/" + caseId + "/transitions"));
        for (Supplier<Response> request : requests) {
            Response refused = refused(400, null, request);
            assertThat(refused.asString(), refused.jsonPath().getString("detail"),
                    equalTo("the JSON is too large or too deeply nested"));
        }
    }

    @Test
    void refusesWrongTypesNamingTheField() {
        refused(400, "incident.peopleAffected", () -> postCase(newCaseWith("82946", "\"lots\"")));
        refused(400, "incident.specialCategoryData", () -> postCase(newCaseWith("\"specialCategoryData\": true",
                "\"specialCategoryData\": \"maybe\"")));
        refused(400, "source", () -> postCase(newCaseWith("\"BREACH_REPORT\"", "\"RUMOUR\"")));
        refused(400, "incident.occurredOn", () -> postCase(newCaseWith("2022-08-04\",\n    \"discoveredOn",
                "2022-02-30\",\n    \"discoveredOn")));
        refused(400, "organisation.legalEntities", () -> postCase(minimal("{\"name\":\"n\",\"legalEntities\":{\"name\":\"n\"}}")));
    }

    @Test
    void refusesMissingFieldsNamingEach() {
        Response r = refused(400, "title", () -> postCase(newCaseWith("\"title\": \"Ransomware attack on NHS software supplier\",", "")));
        assertThat(r.jsonPath().getList("errors.field"), equalTo(List.of("title")));
        refused(400, "organisation.legalEntities", () -> postCase(minimal("{\"name\":\"n\",\"legalEntities\":[]}")));
        refused(400, "incident", () -> postCase("{\"title\":\"t\",\"summary\":\"s\",\"source\":\"COMPLAINT\","
                + "\"organisation\":{\"name\":\"n\",\"legalEntities\":[{\"name\":\"n\"}]}}"));
    }

    @Test
    void refusesUnknownFieldsSoNothingIsSilentlyIgnored() {
        refused(400, "status", () -> postCase(newCaseWith("\"source\": \"BREACH_REPORT\",",
                "\"source\": \"BREACH_REPORT\", \"status\": \"CLOSED\",")));
        refused(400, "organisation.legalEntities[0].director", () -> postCase(newCaseWith("\"companyNumber\": \"05965280\",",
                "\"companyNumber\": \"05965280\", \"director\": \"x\",")));
    }

    @Test
    void refusesOversizedAndOutOfRangeValues() {
        refused(400, "title", () -> postCase(newCaseWith("Ransomware attack on NHS software supplier", "x".repeat(201))));
        refused(400, "summary", () -> postCase(newCaseWith("Attackers entered", "y".repeat(10_001))));
        refused(400, null, () -> postCase(newCaseWith("82946", "1" + "0".repeat(40))));
        refused(400, "incident.peopleAffected", () -> postCase(newCaseWith("82946", "-1")));
        refused(400, "organisation.worldwideTurnover.amount", () -> postCase(newCaseWith("\"400000000.00\"", "\"-5.00\"")));
        refused(400, "organisation.worldwideTurnover.amount", () -> postCase(newCaseWith("\"400000000.00\"", "\"1.005\"")));
        refused(400, "organisation.worldwideTurnover.amount", () -> postCase(newCaseWith("\"400000000.00\"", "\"1e999999999\"")));
        refused(400, "organisation.worldwideTurnover.currency", () -> postCase(newCaseWith("\"GBP\"", "\"EUR\"")));
        refused(400, "incident.occurredOn", () -> postCase(newCaseWith("\"2022-08-04\",\n    \"discoveredOn\": \"2022-08-04\"",
                "\"+999999999-01-01\",\n    \"discoveredOn\": \"2022-08-04\"")));
        refused(400, "incident.reportedOn", () -> postCase(newCaseWith("\"2022-08-06\"", "\"2022-08-01\"")));
    }

    @Test
    void refusesControlCharactersAndInjectionAttemptsThatCouldForgeLogsOrBreakStorage() {
        refused(400, "title", () -> postCase(newCaseWith("Ransomware attack", "Ransomware\\u0000attack")));
        refused(400, "title", () -> postCase(newCaseWith("Ransomware attack", "Ransomware\\r\\nINFO forged line")));
        refused(400, "organisation.id", () -> postCase(newCaseWith("\"org-nhs-supplier\"", "\"org'; drop table investigation_case;--\"")));
        refused(400, "title", () -> postCase(newCaseWith("Ransomware attack", "Ransomware\\ud800attack")));
    }

    @Test
    void refusesABodyOverTheLimitWith413() {
        refused(413, null, () -> postCase(newCaseWith("Attackers entered", "z".repeat(1_100_000))));
    }

    @Test
    void refusesAnotherContentTypeWith415() {
        refused(415, null, () -> asCaseworker().contentType(ContentType.TEXT).body("title=x").post("/cases"));
        refused(415, null, () -> asCaseworker().contentType(ContentType.XML).body("<case/>").post("/cases"));
    }

    @Test
    void answersUnknownAndMalformedIdsWith404() {
        String unknown = UUID.randomUUID().toString();
        refused(404, null, () -> asCaseworker().get("/cases/" + unknown));
        refused(404, null, () -> asCaseworker().get("/cases/not-a-uuid"));
        refused(404, null, () -> asCaseworker().get("/cases/" + unknown + "/timeline"));
        refused(404, null, () -> asCaseworker().get("/cases/" + caseId + "/findings/" + unknown));
        refused(404, null, () -> asCaseworker().contentType(ContentType.JSON).header("If-Match", "*")
                .body("{\"title\":\"x\"}").patch("/cases/" + unknown));
        refused(404, null, () -> asCaseworker().contentType(ContentType.JSON)
                .body("{\"provision\":\"UK GDPR Art 32(1)\",\"description\":\"d\"}").post("/cases/" + unknown + "/findings"));
        refused(404, null, () -> asDecisionMaker().contentType(ContentType.JSON).header("Idempotency-Key", "k-404")
                .body("{\"to\":\"INVESTIGATING\",\"reason\":\"r\"}").post("/cases/" + unknown + "/transitions"));
    }

    /** The contract bounds If-Match (EntityTags.MAX_IF_MATCH_LENGTH), and the server holds to it. */
    @Test
    void refusesAnIfMatchLongerThanTheContractSaysWith400() {
        refused(400, null, () -> asCaseworker().contentType(ContentType.JSON).header("If-Match", "\"1\", ".repeat(101))
                .body("{\"title\":\"New\"}").patch("/cases/" + caseId));
    }

    @Test
    void refusesAnUpdateWithoutIfMatchWith428AndAStaleOneWith412() {
        refused(428, null, () -> asCaseworker().contentType(ContentType.JSON).body("{\"title\":\"New\"}").patch("/cases/" + caseId));
        Response stale = refused(412, null, () -> asCaseworker().contentType(ContentType.JSON).header("If-Match", "\"99\"")
                .body("{\"title\":\"New\"}").patch("/cases/" + caseId));
        assertThat(stale.header("ETag"), equalTo(CaseApi.etag(caseId)));
        refused(412, null, () -> asCaseworker().contentType(ContentType.JSON).header("If-Match", "\"99\"")
                .body("{\"caseworker\":\"cw-2\"}").put("/cases/" + caseId + "/assignee"));
        refused(428, null, () -> asCaseworker().contentType(ContentType.JSON)
                .body("{\"caseworker\":\"cw-2\"}").put("/cases/" + caseId + "/assignee"));
        refused(412, null, () -> asDecisionMaker().contentType(ContentType.JSON).header("If-Match", "\"99\"")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"to\":\"INVESTIGATING\",\"reason\":\"r\"}").post("/cases/" + caseId + "/transitions"));
    }

    @Test
    void refusesPatchesThatAreNotObjectsOrTouchWhatPatchMayNot() {
        String etag = CaseApi.etag(caseId);
        refused(400, null, () -> asCaseworker().contentType("application/merge-patch+json").header("If-Match", etag)
                .body("[\"title\"]").patch("/cases/" + caseId));
        refused(400, null, () -> asCaseworker().contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"status\":\"CLOSED\"}").patch("/cases/" + caseId));
        refused(400, "title", () -> asCaseworker().contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"title\":null}").patch("/cases/" + caseId));
        refused(400, "organisation.name", () -> asCaseworker().contentType("application/merge-patch+json")
                .header("If-Match", etag).body("{\"organisation\":{\"name\":\"\"}}").patch("/cases/" + caseId));
        refused(400, "incident.peopleAffected", () -> asCaseworker().contentType("application/merge-patch+json")
                .header("If-Match", etag).body("{\"incident\":{\"peopleAffected\":\"many\"}}").patch("/cases/" + caseId));
        refused(400, "colour", () -> asCaseworker().contentType("application/merge-patch+json")
                .header("If-Match", etag).body("{\"colour\":\"red\"}").patch("/cases/" + caseId));
    }

    @Test
    void refusesBadAssignmentsAndFindings() {
        refused(400, "caseworker", () -> asCaseworker().contentType(ContentType.JSON).header("If-Match", "*")
                .body("{\"caseworker\":\"has spaces\"}").put("/cases/" + caseId + "/assignee"));
        refused(400, "provision", () -> asCaseworker().contentType(ContentType.JSON)
                .body("{\"description\":\"d\"}").post("/cases/" + caseId + "/findings"));
        refused(400, "description", () -> asCaseworker().contentType(ContentType.JSON)
                .body("{\"provision\":\"UK GDPR Art 32(1)\",\"description\":\"   \"}").post("/cases/" + caseId + "/findings"));
    }

    @Test
    void refusesBadTransitionRequests() {
        refused(400, null, () -> asDecisionMaker().contentType(ContentType.JSON)
                .body("{\"to\":\"INVESTIGATING\",\"reason\":\"r\"}").post("/cases/" + caseId + "/transitions"));
        refused(400, null, () -> asDecisionMaker().contentType(ContentType.JSON).header("Idempotency-Key", "bad key with spaces")
                .body("{\"to\":\"INVESTIGATING\",\"reason\":\"r\"}").post("/cases/" + caseId + "/transitions"));
        refused(400, "to", () -> asDecisionMaker().contentType(ContentType.JSON).header("Idempotency-Key", "k1")
                .body("{\"to\":\"ARCHIVED\",\"reason\":\"r\"}").post("/cases/" + caseId + "/transitions"));
        refused(400, "reason", () -> asDecisionMaker().contentType(ContentType.JSON).header("Idempotency-Key", "k2")
                .body("{\"to\":\"INVESTIGATING\"}").post("/cases/" + caseId + "/transitions"));
        Response illegal = refused(409, null, () -> asDecisionMaker().contentType(ContentType.JSON).header("Idempotency-Key", "k3")
                .body("{\"to\":\"CLOSED\",\"reason\":\"r\"}").post("/cases/" + caseId + "/transitions"));
        assertThat(illegal.jsonPath().getString("currentStatus"), equalTo("OPEN"));
        assertThat(illegal.jsonPath().getString("requestedStatus"), equalTo("CLOSED"));
    }

    @Test
    void refusesBadListParameters() {
        refused(400, "limit", () -> asCaseworker().queryParam("limit", 0).get("/cases"));
        refused(400, "limit", () -> asCaseworker().queryParam("limit", 201).get("/cases"));
        refused(400, "limit", () -> asCaseworker().queryParam("limit", "ten").get("/cases"));
        refused(400, "status", () -> asCaseworker().queryParam("status", "OPEN,ARCHIVED").get("/cases"));
        refused(400, "sort", () -> asCaseworker().queryParam("sort", "id; drop table").get("/cases"));
        refused(400, "after", () -> asCaseworker().queryParam("after", "not-a-cursor!").get("/cases"));
        refused(400, "q", () -> asCaseworker().queryParam("q", "x".repeat(201)).get("/cases"));
        refused(400, "status", () -> asCaseworker().queryParam("status", "OPEN,".repeat(40) + "OPEN").get("/cases"));
        refused(400, "after", () -> asCaseworker().queryParam("after", "zzzz").get("/cases/" + caseId + "/timeline"));
        refused(400, "after", () -> given().auth().oauth2(Tokens.auditor()).queryParam("after", "-1").get("/audit/events"));
    }

    @Test
    void answersAnUnknownAddressOrMethodWithAProblem() {
        refused(404, null, () -> asCaseworker().get("/no-such-thing"));
        refused(405, null, () -> asCaseworker().delete("/cases/" + caseId));
    }
}
