package org.casework.representations.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.time.LocalDate;
import java.util.UUID;

import org.casework.representations.Portal;
import org.casework.testing.Problems;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class StaffTest {

    @Test
    void staffReadANoticesRepresentationsAndRecordWhoConsideredEach() {
        UUID notice = Portal.window("org-staff", LocalDate.of(2099, 1, 31));
        String id = Portal.submit("org-staff", notice, "We worked with the NCSC, NCA and NHS", "letter.pdf", Portal.pdf())
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.auditor()).queryParam("noticeId", notice).get("/representations").then()
                .statusCode(200).body("items", hasSize(1)).body("items[0].considered", equalTo(false))
                .body("items[0].files[0].name", equalTo("letter.pdf"));
        given().auth().oauth2(Tokens.caseworker("caseworker-ada")).contentType(ContentType.JSON)
                .body("{\"note\":\"Mitigation accepted in part\"}").post("/representations/" + id + "/consideration")
                .then().statusCode(200).body("considered", equalTo(true))
                .body("consideredBy", equalTo("caseworker-ada")).body("consideredAt", notNullValue());
        Problems.assertProblem(given().auth().oauth2(Tokens.decisionMaker()).contentType(ContentType.JSON)
                .body("{\"note\":\"again\"}").post("/representations/" + id + "/consideration"), 409);
        Portal.as("org-staff").get("/portal/representations/" + id).then().statusCode(200)
                .body("considered", equalTo(true)).body("considerationNote", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void hearingRequestsReachTheStaff() {
        UUID notice = Portal.window("org-hearing", LocalDate.of(2099, 1, 31));
        Portal.as("org-hearing").contentType(ContentType.JSON).body("{\"reason\":\"We wish to explain in person\"}")
                .post("/portal/notices/" + notice + "/hearing-requests").then().statusCode(201);
        given().auth().oauth2(Tokens.decisionMaker()).queryParam("noticeId", notice).get("/hearing-requests")
                .then().statusCode(200).body("[0].reason", equalTo("We wish to explain in person"));
    }
}
