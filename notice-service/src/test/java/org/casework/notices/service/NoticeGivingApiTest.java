package org.casework.notices.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.inject.Inject;

import org.casework.notices.DownstreamStubs;
import org.casework.notices.NoticeApi;
import org.casework.notices.NoticeRequests;
import org.casework.testing.Problems;
import org.casework.testing.RowCounts;
import org.casework.testing.TestClock;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * POST /notices/{id}/issue with how the notice is given: its periods run from the day it is treated as given (DPA 2018
 * s.141A; Sch 16 para 3(4)), and a method the law does not allow, or a body that is not one, changes nothing.
 */
@QuarkusTest
class NoticeGivingApiTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static Response issue(UUID noticeId, String body) {
        return given().auth().oauth2(Tokens.decisionMaker("decision-maker-grace"))
                .header("Idempotency-Key", "issue-" + UUID.randomUUID())
                .contentType(ContentType.JSON).body(body).post("/notices/" + noticeId + "/issue");
    }

    /** A drafted notice of intent with a 28-day period on a case under investigation, its window ready to open. */
    private static UUID draftNoticeOfIntent() {
        UUID caseId = UUID.randomUUID();
        DownstreamStubs.caseIs(caseId, "INVESTIGATING", "caseworker-ada");
        DownstreamStubs.transitionsSucceed(caseId, "NOTICE_OF_INTENT_ISSUED");
        UUID noi = NoticeApi.drafted(NoticeRequests.noticeOfIntent(caseId)
                .replace("\"representationDays\":21", "\"representationDays\":28"));
        DownstreamStubs.windowOpens(noi);
        return noi;
    }

    private static void refused(UUID noticeId, String body, int status, String type) {
        RowCounts before = RowCounts.of(NoticeApi.TABLES);
        Response r = Problems.assertProblem(issue(noticeId, body), status);
        assertThat(r.path("type").toString(), org.hamcrest.Matchers.endsWith(type));
        assertThat(before.again(), equalTo(before));
        NoticeApi.read(noticeId).then().body("status", equalTo("DRAFT")).body("givenOn", nullValue())
                .body("givingMethod", nullValue());
    }

    @Test
    void aNoticeOfIntentEmailedOnFridayIsGivenOnSundayAndItsWindowClosesTwentyEightDaysLater() {
        clock.setLondon(LocalDateTime.of(2026, 12, 4, 10, 0));
        UUID noi = draftNoticeOfIntent();
        issue(noi, "{\"method\":\"EMAIL\"}").then().statusCode(200)
                .body("status", equalTo("ISSUED"))
                .body("issuedOn", equalTo("2026-12-04"))
                .body("givingMethod", equalTo("EMAIL"))
                .body("givingProvision", equalTo("DPA 2018 s.141A"))
                .body("givenOn", equalTo("2026-12-06"))
                .body("representationsDueOn", equalTo("2027-01-02"));
        // the window representation-service opens closes on the day counted from the day of giving
        DownstreamStubs.server().verify(WireMock.putRequestedFor(WireMock.urlEqualTo("/internal/windows/" + noi))
                .withRequestBody(WireMock.matchingJsonPath("$.dueOn", WireMock.equalTo("2027-01-02"))));
    }

    @Test
    void aNoticeOfIntentPostedOnFridayIsGivenOnTuesday() {
        clock.setLondon(LocalDateTime.of(2026, 12, 4, 10, 0));
        UUID noi = draftNoticeOfIntent();
        issue(noi, "{\"method\":\"POST\"}").then().statusCode(200)
                .body("givenOn", equalTo("2026-12-08"))
                .body("representationsDueOn", equalTo("2027-01-04"));
    }

    @Test
    void withoutABodyTheNoticeIsTakenToBeHandedOverTheDayItIsIssued() {
        clock.setLondon(LocalDateTime.of(2026, 12, 4, 10, 0));
        UUID noi = draftNoticeOfIntent();
        NoticeApi.issue(noi).then().statusCode(200)
                .body("givingMethod", equalTo("BY_HAND"))
                .body("givenOn", equalTo("2026-12-04"))
                .body("representationsDueOn", equalTo("2026-12-31"));
    }

    @Test
    void anEmptyJsonBodyOrOneWithoutAMethodIsTheDefaultToo() {
        clock.setLondon(LocalDateTime.of(2026, 12, 4, 10, 0));
        UUID noi = draftNoticeOfIntent();
        issue(noi, "").then().statusCode(200).body("givingMethod", equalTo("BY_HAND"));
        UUID other = draftNoticeOfIntent();
        issue(other, "{}").then().statusCode(200).body("givingMethod", equalTo("BY_HAND"))
                .body("givenOn", equalTo("2026-12-04"));
    }

    @Test
    void emailBeforeSection141ACameIntoForceIsRefusedAndChangesNothing() {
        clock.setLondon(LocalDateTime.of(2026, 2, 4, 16, 0));
        UUID noi = draftNoticeOfIntent();
        refused(noi, "{\"method\":\"EMAIL\"}", 422, "giving-method-not-allowed");
        Response r = issue(noi, "{\"method\":\"EMAIL\"}");
        assertThat(r.path("rule"), equalTo("DPA 2018 s.141"));
        assertThat(r.path("errors[0].field"), equalTo("method"));
    }

    @Test
    void anUnknownMethodAMalformedBodyAndABodyThatIsNotJsonAreRefusedAndChangeNothing() {
        UUID noi = draftNoticeOfIntent();
        refused(noi, "{\"method\":\"PIGEON\"}", 400, "invalid-request");
        refused(noi, "{\"method\":", 400, "malformed-json");
        refused(noi, "[\"EMAIL\"]", 400, "malformed-json");
        RowCounts before = RowCounts.of(NoticeApi.TABLES);
        Problems.assertProblem(given().auth().oauth2(Tokens.decisionMaker("decision-maker-grace"))
                .header("Idempotency-Key", "issue-" + UUID.randomUUID()).contentType(ContentType.TEXT).body("EMAIL")
                .post("/notices/" + noi + "/issue"), 415);
        assertThat(before.again(), equalTo(before));
    }
}
