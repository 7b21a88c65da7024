package org.casework.representations.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.UUID;

import org.casework.representations.Portal;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Who sent each thing, as the organisation's people see it: the name their token gave when they sent it, kept beside
 * the subject (which stays the record of who acted), so a colleague is named rather than shown as an id.
 */
@QuarkusTest
class PortalNamesTest {

    private static final String ORG = "org-names";

    private static RequestSpecification as(String subject, String name) {
        Tokens token = Tokens.person(subject, "org-representative").orgId(ORG);
        return given().auth().oauth2((name == null ? token : token.named(name)).sign());
    }

    @Test
    void representationsAndRequestsCarryTheNameOfWhoeverSentThem() {
        UUID notice = Portal.window(ORG, LocalDate.now().plusDays(20));

        String sent = Portal.submit(as("rep-betty", "Betty Holberton"), notice, "We dispute the figures.").then().statusCode(201)
                .body("submittedBy", equalTo("rep-betty")).body("submittedByName", equalTo("Betty Holberton"))
                .extract().path("id");
        // staff see the same name, beside the subject
        given().auth().oauth2(Tokens.caseworker()).get("/representations/" + sent).then().statusCode(200)
                .body("submittedBy", equalTo("rep-betty")).body("submittedByName", equalTo("Betty Holberton"));
        as("rep-kathleen", "Kathleen Booth").contentType(ContentType.JSON)
                .body("{\"until\":\"" + LocalDate.now().plusDays(30) + "\",\"reason\":\"Our board meets later.\"}")
                .post("/portal/notices/" + notice + "/extension-requests").then().statusCode(201)
                .body("requestedByName", equalTo("Kathleen Booth"));
        as("rep-betty", "Betty Holberton").contentType(ContentType.JSON).body("{\"reason\":\"In person, please.\"}")
                .post("/portal/notices/" + notice + "/hearing-requests").then().statusCode(201);

        as("rep-kathleen", "Kathleen Booth").get("/portal/notices/" + notice).then().statusCode(200)
                .body("representations[0].submittedBy", equalTo("rep-betty"))
                .body("representations[0].submittedByName", equalTo("Betty Holberton"))
                .body("extensionRequests[0].requestedByName", equalTo("Kathleen Booth"))
                .body("hearingRequests[0].requestedBy", equalTo("rep-betty"))
                .body("hearingRequests[0].requestedByName", equalTo("Betty Holberton"));
    }

    @Test
    void aTokenWithoutANameLeavesItOutAndANameIsKeptFreeOfControlCharacters() {
        UUID notice = Portal.window(ORG, LocalDate.now().plusDays(20));

        Portal.submit(as("rep-anon", null), notice, "No name in my token.").then().statusCode(201)
                .body("submittedByName", nullValue());
        Portal.submit(as("rep-odd", "  Ada\u0000\n Lovelace\u001b "), notice, "An odd name.").then().statusCode(201)
                .body("submittedByName", equalTo("Ada Lovelace"));
    }
}
