package org.casework.representations.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.casework.representations.Portal;
import org.casework.testing.Concurrently;
import org.casework.testing.Problems;
import org.casework.testing.RowCounts;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** notice-service's side of the contract: open (idempotently), read the counts, close. */
@QuarkusTest
class WindowApiTest {

    @Test
    void openingTheSameWindowAgainChangesNothingAndOtherContentIsAConflict() {
        UUID noticeId = UUID.randomUUID();
        Portal.open(noticeId, "org-window", LocalDate.of(2099, 8, 27)).then().statusCode(201)
                .body("dueOn", equalTo("2099-08-27")).body("status", equalTo("OPEN"));
        RowCounts before = RowCounts.of(Portal.TABLES);
        Portal.open(noticeId, "org-window", LocalDate.of(2099, 8, 27)).then().statusCode(200);
        assertThat(before.again(), equalTo(before));
        Problems.assertProblem(Portal.open(noticeId, "org-window", LocalDate.of(2099, 8, 28)), 409);
        Problems.assertProblem(Portal.open(noticeId, "org-other", LocalDate.of(2099, 8, 27)), 409);
        assertThat(before.again(), equalTo(before));
    }

    /** notice-service may repeat an open while the first is in flight: every identical open succeeds, one window results. */
    @Test
    void identicalOpensAtOnceAllSucceedAndOpenOneWindow() throws Exception {
        UUID noticeId = UUID.randomUUID();
        int callers = 20;
        assertThat(Concurrently.overlappingStatuses(callers, (i, barrier) -> Portal.open(noticeId, "org-window-race",
                LocalDate.of(2099, 8, 27), barrier)), equalTo(Map.of(200, (long) callers - 1, 201, 1L)));
        assertThat(org.casework.testing.Sql.queryString("select count(*)::text from audit_event where resource_id = ? "
                + "and action = 'window.opened'", noticeId.toString()), equalTo("1"));
    }

    @Test
    void theWindowTellsNoticeServiceHowManyRepresentationsWereReceivedAndConsidered() {
        UUID noticeId = Portal.window("org-counts", LocalDate.of(2099, 1, 31));
        String first = Portal.submit("org-counts", noticeId, "First").then().statusCode(201).extract().path("id");
        Portal.submit("org-counts", noticeId, "Second").then().statusCode(201);
        given().auth().oauth2(Tokens.caseworker()).contentType("application/json").body("{\"note\":\"Read in full\"}")
                .post("/representations/" + first + "/consideration").then().statusCode(200);
        given().auth().oauth2(Tokens.service()).get("/internal/windows/" + noticeId).then().statusCode(200)
                .body("representationsReceived", equalTo(2))
                .body("representationsConsidered", equalTo(1))
                .body("accepting", equalTo(true));
    }

    @Test
    void closingTheWindowOfAWithdrawnNoticeStopsSubmissions() {
        UUID noticeId = Portal.window("org-close", LocalDate.of(2099, 1, 31));
        given().auth().oauth2(Tokens.service()).delete("/internal/windows/" + noticeId).then().statusCode(200)
                .body("status", equalTo("CLOSED"));
        given().auth().oauth2(Tokens.service()).delete("/internal/windows/" + noticeId).then().statusCode(200);
        Problems.assertProblem(Portal.submit("org-close", noticeId, "Too late"), 409);
        Problems.assertProblem(given().auth().oauth2(Tokens.service()).get("/internal/windows/" + UUID.randomUUID()), 404);
    }

    @Test
    void theWindowRecordsThePersonTheServiceActsFor() {
        UUID noticeId = Portal.window("org-audit", LocalDate.of(2099, 1, 31));
        assertThat(org.casework.testing.Sql.queryString("select on_behalf_of from audit_event where resource_id = ? "
                + "and action = 'window.opened'", noticeId.toString()), equalTo("decision-maker-grace"));
    }
}
