package org.casework.cases.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.casework.cases.CaseApi;
import org.casework.testing.Concurrently;
import org.casework.testing.OverlapBarrier;
import org.casework.testing.Problems;
import org.casework.testing.RowCounts;
import org.casework.testing.Sql;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class CaseTransitionApiTest {

    private static Response transition(String caseId, String key, String body) {
        return transition(caseId, key, body, null);
    }

    /** With a barrier, the service holds the request until every request of that barrier has arrived. */
    private static Response transition(String caseId, String key, String body, String barrier) {
        RequestSpecification request = given().auth().oauth2(Tokens.decisionMaker()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body);
        if (barrier != null) {
            request.header(OverlapBarrier.HEADER, barrier);
        }
        return request.post("/cases/" + caseId + "/transitions");
    }

    @Test
    void walksTheReferenceCaseThroughItsLifeWithTheNoticesItRestsOn() {
        String id = CaseApi.open();
        String service = Tokens.serviceClient("notice-service").sign();
        CaseApi.transition(Tokens.caseworker(), id, "INVESTIGATING", null).then().statusCode(200)
                .body("status", equalTo("INVESTIGATING"));
        given().auth().oauth2(service).header("Casework-On-Behalf-Of", "decision-maker-1").contentType(ContentType.JSON)
                .header("Idempotency-Key", "noi-" + id)
                .body("{\"to\":\"NOTICE_OF_INTENT_ISSUED\",\"reason\":\"NoI issued 7 Aug 2024\",\"noticeId\":\"noi-1\"}")
                .post("/cases/" + id + "/transitions").then().statusCode(200).body("status", equalTo("NOTICE_OF_INTENT_ISSUED"));
        CaseApi.transition(Tokens.decisionMaker(), id, "DECIDED", "pn-1").then().statusCode(200);
        CaseApi.transition(Tokens.decisionMaker(), id, "CLOSED", null).then().statusCode(200).body("status", equalTo("CLOSED"));

        List<String> types = given().auth().oauth2(Tokens.auditor()).get("/cases/" + id + "/timeline")
                .then().statusCode(200).extract().jsonPath().getList("items.type");
        assertThat(types, equalTo(List.of("OPENED", "STATUS_CHANGED", "STATUS_CHANGED", "STATUS_CHANGED", "STATUS_CHANGED")));
        assertThat(Sql.queryLong("select count(*) from audit_event where resource_id = ? and action = 'case.transitioned' "
                + "and on_behalf_of = 'decision-maker-1' and subject = 'service-account-notice-service'", id), equalTo(1L));
    }

    /** DPA 2018 s.162-163: notice-service records an appeal against the decision and its end; no closing meanwhile. */
    @Test
    void anAppealMovesTheDecidedCaseToAppealedAndBackAndItClosesOnlyAfterwards() {
        String id = CaseApi.investigating();
        String service = Tokens.serviceClient("notice-service").sign();
        CaseApi.transition(Tokens.decisionMaker(), id, "DECIDED", "pn-9").then().statusCode(200);
        given().auth().oauth2(service).header("Casework-On-Behalf-Of", "caseworker-1").contentType(ContentType.JSON)
                .header("Idempotency-Key", "appeal-" + id)
                .body("{\"to\":\"APPEALED\",\"reason\":\"Appeal lodged\",\"noticeId\":\"pn-9\"}")
                .post("/cases/" + id + "/transitions").then().statusCode(200).body("status", equalTo("APPEALED"));
        Problems.assertProblem(CaseApi.transition(Tokens.decisionMaker(), id, "CLOSED", null), 409);
        Problems.assertProblem(CaseApi.transition(Tokens.decisionMaker(), id, "DECIDED", null), 422);
        given().auth().oauth2(service).header("Casework-On-Behalf-Of", "caseworker-1").contentType(ContentType.JSON)
                .header("Idempotency-Key", "appeal-end-" + id)
                .body("{\"to\":\"DECIDED\",\"reason\":\"Appeal dismissed\",\"noticeId\":\"pn-9\"}")
                .post("/cases/" + id + "/transitions").then().statusCode(200).body("status", equalTo("DECIDED"));
        CaseApi.transition(Tokens.decisionMaker(), id, "CLOSED", null).then().statusCode(200).body("status", equalTo("CLOSED"));
    }

    @Test
    void aWithdrawnNoticeOfIntentReturnsTheCaseToInvestigation() {
        String id = CaseApi.investigating();
        CaseApi.transition(Tokens.decisionMaker(), id, "NOTICE_OF_INTENT_ISSUED", "noi-2").then().statusCode(200);
        CaseApi.transition(Tokens.decisionMaker(), id, "INVESTIGATING", "noi-2").then().statusCode(200)
                .body("status", equalTo("INVESTIGATING"));
    }

    @Test
    void refusesAMoveThatRestsOnANoticeWithoutNamingItWith422() {
        String id = CaseApi.investigating();
        Problems.assertProblem(CaseApi.transition(Tokens.decisionMaker(), id, "DECIDED", null), 422);
    }

    @Test
    void refusesACaseworkerMovingBeyondTheStartOfAnInvestigationWith403() {
        String id = CaseApi.investigating();
        Problems.assertProblem(CaseApi.transition(Tokens.caseworker(), id, "NOTICE_OF_INTENT_ISSUED", "noi-3"), 403);
    }

    @Test
    void repeatingATransitionWithTheSameKeyAndBodyDoesTheWorkOnceAndAnswersTheSame() {
        String id = CaseApi.open();
        String key = UUID.randomUUID().toString();
        String body = "{\"to\":\"INVESTIGATING\",\"reason\":\"Assessed\"}";
        Response first = transition(id, key, body);
        first.then().statusCode(200).header("Idempotent-Replayed", "false");
        RowCounts before = RowCounts.of(CaseApi.TABLES);
        Response again = transition(id, key, body);
        again.then().statusCode(200).header("Idempotent-Replayed", "true").header("ETag", first.header("ETag"));
        assertThat(again.asString(), equalTo(first.asString()));
        assertThat(before.again(), equalTo(before));
    }

    @Test
    void reusingAKeyForADifferentRequestIsRefusedWith422() {
        String id = CaseApi.open();
        String key = UUID.randomUUID().toString();
        transition(id, key, "{\"to\":\"INVESTIGATING\",\"reason\":\"Assessed\"}").then().statusCode(200);
        String other = CaseApi.open();
        RowCounts before = RowCounts.of(CaseApi.TABLES);
        Problems.assertProblem(transition(id, key, "{\"to\":\"INVESTIGATING\",\"reason\":\"Other reason\"}"), 422);
        Problems.assertProblem(transition(other, key, "{\"to\":\"INVESTIGATING\",\"reason\":\"Assessed\"}"), 422);
        assertThat(before.again(), equalTo(before));
    }

    @Test
    void aFailedAttemptLeavesTheKeyFreeForTheRetry() {
        String id = CaseApi.open();
        String key = UUID.randomUUID().toString();
        Problems.assertProblem(transition(id, key, "{\"to\":\"DECIDED\",\"reason\":\"Too early\",\"noticeId\":\"n\"}"), 409);
        transition(id, key, "{\"to\":\"DECIDED\",\"reason\":\"Too early\",\"noticeId\":\"n\"}").then().statusCode(409);
    }

    @Test
    void theSameKeyFromTwoCallersIsTwoRequests() {
        String key = UUID.randomUUID().toString();
        String a = CaseApi.open();
        String b = CaseApi.open();
        given().auth().oauth2(Tokens.decisionMaker("dm-a")).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body("{\"to\":\"INVESTIGATING\",\"reason\":\"r\"}").post("/cases/" + a + "/transitions").then().statusCode(200);
        given().auth().oauth2(Tokens.decisionMaker("dm-b")).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body("{\"to\":\"INVESTIGATING\",\"reason\":\"r\"}").post("/cases/" + b + "/transitions").then().statusCode(200)
                .header("Idempotent-Replayed", "false");
    }

    @Test
    void ofTwentyConcurrentConflictingTransitionsExactlyOneWins() throws Exception {
        String id = CaseApi.open();
        Map<Integer, Long> statuses = Concurrently.overlappingStatuses(20, (i, barrier) -> transition(id,
                "race-" + id + "-" + i, "{\"to\":\"INVESTIGATING\",\"reason\":\"attempt " + i + "\"}", barrier));
        assertThat(statuses, equalTo(Map.of(200, 1L, 409, 19L)));
        assertThat(Sql.queryLong("select count(*) from case_event where case_id = ?::uuid and type = 'STATUS_CHANGED'", id),
                equalTo(1L));
        given().auth().oauth2(Tokens.auditor()).get("/audit/verify").then().statusCode(200).body("valid", equalTo(true));
    }

    @Test
    void ofTwentyConcurrentTransitionsOnTheSameVersionOneWinsAndTheRestSeeAStaleETag() throws Exception {
        String id = CaseApi.open();
        String etag = CaseApi.etag(id);
        Map<Integer, Long> statuses = Concurrently.overlappingStatuses(20, (i, barrier) -> given().auth()
                .oauth2(Tokens.decisionMaker()).header(OverlapBarrier.HEADER, barrier)
                .contentType(ContentType.JSON).header("Idempotency-Key", "etag-race-" + id + "-" + i)
                .header("If-Match", etag).body("{\"to\":\"INVESTIGATING\",\"reason\":\"attempt " + i + "\"}")
                .post("/cases/" + id + "/transitions"));
        assertThat(statuses, equalTo(Map.of(200, 1L, 412, 19L)));
    }

    @Test
    void twentyConcurrentRepeatsOfOneKeyDoTheWorkOnce() throws Exception {
        String id = CaseApi.open();
        String key = UUID.randomUUID().toString();
        Map<Integer, Long> statuses = Concurrently.overlappingStatuses(20,
                (i, barrier) -> transition(id, key, "{\"to\":\"INVESTIGATING\",\"reason\":\"once\"}", barrier));
        assertThat(statuses, equalTo(Map.of(200, 20L)));
        assertThat(Sql.queryLong("select count(*) from case_event where case_id = ?::uuid and type = 'STATUS_CHANGED'", id),
                equalTo(1L));
    }
}
