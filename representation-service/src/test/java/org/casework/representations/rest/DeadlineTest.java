package org.casework.representations.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.inject.Inject;

import org.casework.representations.Portal;
import org.casework.testing.Problems;
import org.casework.testing.RowCounts;
import org.casework.testing.TestClock;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Representations are accepted until the end of the due date, London time, and after a granted extension. */
@QuarkusTest
class DeadlineTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void lastMinuteAcceptedAndOneMinuteLaterRefused(LocalDate due, String org) {
        clock.setLondon(due.minusDays(20).atTime(9, 0));
        UUID notice = Portal.window(org, due);
        clock.setLondon(due.atTime(23, 59));
        Portal.submit(org, notice, "Just in time").then().statusCode(201);
        clock.setLondon(due.plusDays(1).atTime(0, 0));
        RowCounts before = RowCounts.of(Portal.TABLES);
        Response late = Problems.assertProblem(Portal.submit(org, notice, "One minute late"), 422);
        assertThat(late.path("dueOn"), equalTo(due.toString()));
        assertThat(before.again(), equalTo(before));
    }

    @Test
    void inSummerTimeAt2359OnTheLastDayItIsAcceptedAndAMinuteLaterRefused() {
        lastMinuteAcceptedAndOneMinuteLaterRefused(LocalDate.of(2024, 8, 27), "org-summer");
    }

    @Test
    void inWinterTimeAt2359OnTheLastDayItIsAcceptedAndAMinuteLaterRefused() {
        lastMinuteAcceptedAndOneMinuteLaterRefused(LocalDate.of(2024, 12, 20), "org-winter");
    }

    @Test
    void afterAGrantedExtensionALateSubmissionIsAccepted() {
        clock.setLondon(LocalDateTime.of(2024, 8, 7, 9, 0));
        UUID notice = Portal.window("org-extended", LocalDate.of(2024, 8, 27));
        clock.setLondon(LocalDateTime.of(2024, 8, 20, 9, 0));
        String request = Portal.as("org-extended").contentType(ContentType.JSON)
                .body("{\"until\":\"2024-09-10\",\"reason\":\"Our forensic report arrives on 3 September\"}")
                .post("/portal/notices/" + notice + "/extension-requests").then().statusCode(201)
                .body("status", equalTo("PENDING")).extract().path("id");
        given().auth().oauth2(Tokens.decisionMaker()).contentType(ContentType.JSON)
                .body("{\"granted\":true,\"reason\":\"A reasonable request\"}")
                .post("/extension-requests/" + request + "/decision").then().statusCode(200)
                .body("status", equalTo("GRANTED")).body("grantedUntil", equalTo("2024-09-10"));
        Portal.as("org-extended").get("/portal/notices/" + notice).then().statusCode(200)
                .body("dueOn", equalTo("2024-09-10"))
                .body("originalDueOn", equalTo("2024-08-27"))
                .body("extensionRequests[0].status", equalTo("GRANTED"))
                .body("extensionRequests[0].decisionReason", equalTo("A reasonable request"));
        clock.setLondon(LocalDateTime.of(2024, 9, 10, 23, 59));
        Portal.submit("org-extended", notice, "With the forensic report").then().statusCode(201);
        given().auth().oauth2(Tokens.service()).get("/internal/windows/" + notice).then()
                .body("dueOn", equalTo("2024-09-10"));
        clock.setLondon(LocalDateTime.of(2024, 9, 11, 0, 0));
        Problems.assertProblem(Portal.submit("org-extended", notice, "Too late"), 422);
    }

    @Test
    void aRefusedExtensionLeavesTheDueDateAndCannotBeDecidedTwice() {
        clock.setLondon(LocalDateTime.of(2024, 8, 7, 9, 0));
        UUID notice = Portal.window("org-refused", LocalDate.of(2024, 8, 27));
        String request = Portal.as("org-refused").contentType(ContentType.JSON)
                .body("{\"until\":\"2024-10-31\",\"reason\":\"Holidays\"}")
                .post("/portal/notices/" + notice + "/extension-requests").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.decisionMaker()).contentType(ContentType.JSON)
                .body("{\"granted\":false,\"reason\":\"No good reason given\"}")
                .post("/extension-requests/" + request + "/decision").then().statusCode(200)
                .body("status", equalTo("REFUSED"));
        Problems.assertProblem(given().auth().oauth2(Tokens.decisionMaker()).contentType(ContentType.JSON)
                .body("{\"granted\":true,\"reason\":\"Changed my mind\"}")
                .post("/extension-requests/" + request + "/decision"), 409);
        Portal.as("org-refused").get("/portal/notices/" + notice).then().body("dueOn", equalTo("2024-08-27"));
    }
}
