package org.casework.cases.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.inject.Inject;

import org.casework.cases.CaseApi;
import org.casework.cases.CaseRequests;
import org.casework.testing.TestClock;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

@QuarkusTest
class CaseApiTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void opensACaseWithItsReferenceLocationAndETag() {
        Response created = CaseApi.post(CaseRequests.newCase());
        created.then().statusCode(201)
                .body("status", equalTo("OPEN"))
                .body("reference", matchesPattern("INV-\\d{4}-\\d{6}"))
                .body("organisation.legalEntities", hasSize(3))
                .body("organisation.worldwideTurnover.amount", equalTo("400000000.00"))
                .body("incident.peopleAffected", equalTo(82946))
                .body("incident.specialCategoryData", equalTo(true))
                .body("openedBy", equalTo("caseworker-1"));
        String id = created.path("id");
        assertThat(created.header("Location"), endsWith("/cases/" + id));
        assertThat(created.header("ETag"), equalTo("\"0\""));
        given().auth().oauth2(Tokens.decisionMaker()).get(created.header("Location")).then().statusCode(200)
                .header("ETag", "\"0\"").body("id", equalTo(id));
    }

    @Test
    void numbersCasesPerLondonCalendarYear() {
        clock.setLondon(LocalDateTime.of(2030, 12, 31, 23, 59));
        String last = CaseApi.post(CaseRequests.newCase()).then().statusCode(201).extract().path("reference");
        // 00:30 on 1 Jan in London is still 31 Dec in some zones, but the case belongs to London's new year
        clock.setLondon(LocalDateTime.of(2031, 1, 1, 0, 30));
        String first = CaseApi.post(CaseRequests.newCase()).then().statusCode(201).extract().path("reference");
        assertThat(last, matchesPattern("INV-2030-\\d{6}"));
        assertThat(first, equalTo("INV-2031-000001"));
    }

    @Test
    void correctsFactsWithAMergePatchAndTheCurrentETag() {
        String id = CaseApi.open();
        String etag = CaseApi.etag(id);
        Response patched = given().auth().oauth2(Tokens.caseworker()).contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body("{\"incident\": {\"peopleAffected\": 79404}, \"organisation\": {\"id\": null}}")
                .patch("/cases/" + id);
        patched.then().statusCode(200)
                .body("incident.peopleAffected", equalTo(79404))
                .body("incident.specialCategoryData", equalTo(true))
                .body("organisation.id", nullValue())
                .body("organisation.name", equalTo("Advanced Computer Software Group"));
        assertThat(patched.header("ETag"), not(equalTo(etag)));
        // the old ETag no longer works: a lost update is a 412, not silent
        given().auth().oauth2(Tokens.caseworker()).contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"title\":\"Overwrite\"}").patch("/cases/" + id).then().statusCode(412);
        List<String> timeline = given().auth().oauth2(Tokens.caseworker()).get("/cases/" + id + "/timeline")
                .then().extract().jsonPath().getList("items.description");
        assertThat(timeline.get(1), equalTo("Case details corrected: organisation, incident"));
    }

    @Test
    void assignsRecordsFindingsAndShowsThemOnTheCase() {
        String id = CaseApi.open();
        given().auth().oauth2(Tokens.decisionMaker()).contentType(ContentType.JSON).header("If-Match", CaseApi.etag(id))
                .body("{\"caseworker\":\"caseworker-9\"}").put("/cases/" + id + "/assignee")
                .then().statusCode(200).body("assignee", equalTo("caseworker-9"));
        Response finding = given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON)
                .body("{\"provision\":\"UK GDPR Art 32(1)\",\"description\":\"No MFA on the customer remote-access account\"}")
                .post("/cases/" + id + "/findings");
        finding.then().statusCode(201).body("provision", equalTo("UK GDPR Art 32(1)"));
        given().auth().oauth2(Tokens.auditor()).get(finding.header("Location")).then().statusCode(200)
                .body("description", equalTo("No MFA on the customer remote-access account"));
        given().auth().oauth2(Tokens.auditor()).get("/cases/" + id).then().statusCode(200)
                .body("findings", hasSize(1)).body("findings[0].recordedBy", equalTo("caseworker-1"))
                .body("assignee", equalTo("caseworker-9"));
        given().auth().oauth2(Tokens.caseworker()).get("/cases?assignee=caseworker-9").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(id));
    }

    @Test
    void aCaseNamesEveryoneEverAssignedToItSoFourEyesCanExcludeThemAll() {
        String id = CaseApi.open();
        given().auth().oauth2(Tokens.caseworker()).get("/cases/" + id).then().statusCode(200)
                .body("everAssigned", hasSize(0));
        for (String who : List.of("caseworker-9", "caseworker-3", "caseworker-9")) {
            given().auth().oauth2(Tokens.decisionMaker()).contentType(ContentType.JSON).header("If-Match", "*")
                    .body("{\"caseworker\":\"" + who + "\"}").put("/cases/" + id + "/assignee").then().statusCode(200);
        }
        // unassigning leaves the history: having been assigned once is enough to be excluded
        given().auth().oauth2(Tokens.decisionMaker()).contentType(ContentType.JSON).header("If-Match", "*")
                .body("{\"caseworker\":null}").put("/cases/" + id + "/assignee").then().statusCode(200)
                .body("assignee", nullValue())
                .body("everAssigned", equalTo(List.of("caseworker-3", "caseworker-9")));
        given().auth().oauth2(Tokens.auditor()).get("/cases/" + id).then().statusCode(200)
                .body("everAssigned", equalTo(List.of("caseworker-3", "caseworker-9")));
    }

    @Test
    void aDecidedCaseRefusesCorrectionsAndFindings() {
        String id = CaseApi.investigating();
        CaseApi.transition(Tokens.decisionMaker(), id, "DECIDED", "reprimand-1").then().statusCode(200);
        given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON).header("If-Match", "*")
                .body("{\"title\":\"Late change\"}").patch("/cases/" + id).then().statusCode(409);
        given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON)
                .body("{\"provision\":\"UK GDPR Art 5(1)(f)\",\"description\":\"late\"}")
                .post("/cases/" + id + "/findings").then().statusCode(409);
    }

    @Test
    void theTimelineIsPagedOldestFirst() {
        String id = CaseApi.open();
        for (int i = 0; i < 4; i++) {
            given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON)
                    .body("{\"provision\":\"Art " + i + "\",\"description\":\"d\"}").post("/cases/" + id + "/findings")
                    .then().statusCode(201);
        }
        JsonPath first = given().auth().oauth2(Tokens.caseworker()).queryParam("limit", 3).get("/cases/" + id + "/timeline")
                .then().statusCode(200).extract().jsonPath();
        JsonPath second = given().auth().oauth2(Tokens.caseworker()).queryParam("limit", 3)
                .queryParam("after", first.getString("next")).get("/cases/" + id + "/timeline")
                .then().statusCode(200).extract().jsonPath();
        assertThat(first.getList("items.type"), equalTo(List.of("OPENED", "FINDING_RECORDED", "FINDING_RECORDED")));
        assertThat(second.getList("items.type"), equalTo(List.of("FINDING_RECORDED", "FINDING_RECORDED")));
        assertThat(second.getString("next"), nullValue());
    }

    @Test
    void countsTheCaseloadByState() {
        long before = given().auth().oauth2(Tokens.auditor()).get("/cases/counts").then().statusCode(200)
                .body("CLOSED", org.hamcrest.Matchers.notNullValue()).extract().jsonPath().getLong("INVESTIGATING");
        CaseApi.investigating();
        given().auth().oauth2(Tokens.auditor()).get("/cases/counts").then().statusCode(200)
                .body("INVESTIGATING", equalTo((int) before + 1));
    }
}
