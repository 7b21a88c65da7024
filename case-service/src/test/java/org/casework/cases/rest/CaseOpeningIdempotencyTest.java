package org.casework.cases.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.UUID;

import org.casework.cases.CaseApi;
import org.casework.cases.CaseRequests;
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

/**
 * Opening a case requires an Idempotency-Key, so a retry never opens a second case: the first answer is
 * replayed to the same caller, and the key cannot be reused for another case.
 */
@QuarkusTest
class CaseOpeningIdempotencyTest {

    private static RequestSpecification caseworker(String subject) {
        return given().auth().oauth2(Tokens.caseworker(subject)).contentType(ContentType.JSON);
    }

    private static Response open(String key, String body) {
        return caseworker("caseworker-1").header("Idempotency-Key", key).body(body).post("/cases");
    }

    @Test
    void withoutAnIdempotencyKeyNothingIsOpened() {
        RowCounts before = RowCounts.of(CaseApi.TABLES);
        Response refused = Problems.assertProblem(caseworker("caseworker-1").body(CaseRequests.newCase()).post("/cases"), 400);
        assertThat(refused.jsonPath().getString("detail"), org.hamcrest.Matchers.containsString("Idempotency-Key"));
        Problems.assertProblem(open("", CaseRequests.newCase()), 400);
        Problems.assertProblem(open("key with spaces", CaseRequests.newCase()), 400);
        Problems.assertProblem(open("k".repeat(201), CaseRequests.newCase()), 400);
        assertThat(before.again(), equalTo(before));
    }

    @Test
    void aRetryWithTheSameKeyAndBodyAnswersTheFirstAnswerAndOpensNothing() {
        String key = UUID.randomUUID().toString();
        Response first = open(key, CaseRequests.newCase());
        first.then().statusCode(201).header("Idempotent-Replayed", "false");
        RowCounts before = RowCounts.of(CaseApi.TABLES);
        Response again = open(key, CaseRequests.newCase());
        again.then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location")).header("ETag", first.header("ETag"));
        assertThat(again.asString(), equalTo(first.asString()));
        assertThat(before.again(), equalTo(before));
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedWith422AndOpensNothing() {
        String key = UUID.randomUUID().toString();
        open(key, CaseRequests.newCase()).then().statusCode(201);
        RowCounts before = RowCounts.of(CaseApi.TABLES);
        Response reused = Problems.assertProblem(open(key, CaseRequests.newCase("Another case", "org-other")), 422);
        assertThat(reused.jsonPath().getString("type"), equalTo("urn:casework:problem:idempotency-key-reused"));
        assertThat(before.again(), equalTo(before));
    }

    @Test
    void theSameKeyFromAnotherCaseworkerIsTheirOwnRequest() {
        String key = UUID.randomUUID().toString();
        String a = caseworker("caseworker-a").header("Idempotency-Key", key).body(CaseRequests.newCase()).post("/cases")
                .then().statusCode(201).extract().path("id");
        String b = caseworker("caseworker-b").header("Idempotency-Key", key).body(CaseRequests.newCase()).post("/cases")
                .then().statusCode(201).header("Idempotent-Replayed", "false").extract().path("id");
        assertThat(a.equals(b), equalTo(false));
    }

    @Test
    void aRefusedBodyLeavesTheKeyFreeForTheCorrectedRequest() {
        String key = UUID.randomUUID().toString();
        Problems.assertProblem(open(key, CaseRequests.newCase().replace("\"BREACH_REPORT\"", "\"RUMOUR\"")), 400);
        open(key, CaseRequests.newCase()).then().statusCode(201).header("Idempotent-Replayed", "false");
    }

    /** The defect: 20 identical requests at once opened 20 cases. With one key they open one, and all answer alike. */
    @Test
    void twentyOverlappingIdenticalRequestsWithOneKeyOpenOneCaseAndAllAnswerTheSame() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = CaseRequests.newCase("Opened once under load " + key, "org-once");
        long casesBefore = Sql.count("investigation_case");

        List<Response> answers = Concurrently.overlapping(20, (i, barrier) -> caseworker("caseworker-1")
                .header(OverlapBarrier.HEADER, barrier).header("Idempotency-Key", key).body(body).post("/cases"));

        assertThat(Sql.count("investigation_case") - casesBefore, equalTo(1L));
        assertThat(Sql.queryLong("select count(*) from investigation_case where title = ?", "Opened once under load " + key),
                equalTo(1L));
        Response first = answers.get(0);
        for (Response answer : answers) {
            assertThat(answer.statusCode(), equalTo(201));
            assertThat(answer.asString(), equalTo(first.asString()));
            assertThat(answer.header("Location"), equalTo(first.header("Location")));
            assertThat(answer.header("ETag"), equalTo(first.header("ETag")));
        }
        assertThat(answers.stream().filter(a -> "false".equals(a.header("Idempotent-Replayed"))).count(), equalTo(1L));
        assertThat(Sql.queryLong("select count(*) from audit_event where action = 'case.opened' and resource_id = ?",
                first.jsonPath().getString("id")), equalTo(1L));
    }
}
