package org.casework.cases.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.casework.cases.CaseRequests;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class CaseApiSmokeTest {

    @Test
    void opensAndReadsACase() {
        String location = given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON)
                .body(CaseRequests.newCase())
                .when().post("/cases")
                .then().log().all().statusCode(201)
                .extract().header("Location");
        given().auth().oauth2(Tokens.auditor()).when().get(location).then().log().all().statusCode(200);
        given().auth().oauth2(Tokens.person("x", "caseworker").acr("1").sign()).when().get(location).then().log().all().statusCode(401);
        given().when().get(location).then().log().all().statusCode(401);
        given().auth().oauth2("garbage").when().get(location).then().log().all().statusCode(401);
        given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON).body("{bad").when().post("/cases").then().log().all().statusCode(400);
        given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON).body("x".repeat(2_000_000)).when().post("/cases").then().log().all().statusCode(413);
        given().auth().oauth2(Tokens.caseworker()).when().get("/nope").then().log().all().statusCode(404);
        given().auth().oauth2(Tokens.auditor()).when().get("/audit/verify").then().log().all().statusCode(200).body("valid", equalTo(true));
    }
}
