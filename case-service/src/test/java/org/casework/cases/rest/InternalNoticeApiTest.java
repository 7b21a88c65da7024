package org.casework.cases.rest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.casework.cases.CaseApi;
import org.casework.testing.Problems;
import org.casework.testing.RoleMatrix;
import org.casework.testing.RowCounts;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * An information or assessment notice moves no case (DPA 2018 s.142, s.146 notices decide nothing), so notice-service
 * puts it on the case's timeline through its internal door; nobody else may.
 */
@QuarkusTest
public class InternalNoticeApiTest {

    public static final String INFORMATION = "{\"type\":\"INFORMATION_NOTICE\",\"reference\":\"INF-2026-000001\"}";

    public static Response given(String token, String caseId, UUID noticeId, String body) {
        return RestAssured.given().auth().oauth2(token).header("Casework-On-Behalf-Of", "decision-maker-1")
                .contentType(ContentType.JSON).body(body).put("/internal/cases/" + caseId + "/notices/" + noticeId);
    }

    private static List<String> timeline(String caseId) {
        return RestAssured.given().auth().oauth2(Tokens.auditor()).get("/cases/" + caseId + "/timeline").then()
                .statusCode(200).extract().path("items.description");
    }

    @Test
    void aGivenInformationNoticeIsOnTheTimelineOnceHoweverOftenItIsSent() {
        String id = CaseApi.investigating();
        UUID notice = UUID.randomUUID();
        given(Tokens.service(), id, notice, INFORMATION).then().statusCode(201)
                .body("type", equalTo("NOTICE_GIVEN")).body("description", equalTo("Information notice INF-2026-000001 given"))
                .body("actor", equalTo("decision-maker-1 (via service-account-notice-service)"))
                .body("details.noticeId", equalTo(notice.toString()));
        Response again = given(Tokens.service(), id, notice, INFORMATION);
        again.then().statusCode(200).body("description", equalTo("Information notice INF-2026-000001 given"));
        List<String> entries = timeline(id).stream().filter(d -> d.contains("INF-2026-000001")).toList();
        assertThat(entries, hasSize(1));
        RestAssured.given().auth().oauth2(Tokens.auditor()).get("/cases/" + id).then().statusCode(200)
                .body("status", equalTo("INVESTIGATING"));

        given(Tokens.service(), id, UUID.randomUUID(), "{\"type\":\"ASSESSMENT_NOTICE\",\"reference\":\"ASN-2026-000002\"}")
                .then().statusCode(201).body("description", equalTo("Assessment notice ASN-2026-000002 given"));
    }

    static Stream<Arguments> badBodies() {
        return Stream.of(
                Arguments.of("no type", "{\"reference\":\"INF-2026-000001\"}"),
                Arguments.of("a kind that moves the case", "{\"type\":\"NOTICE_OF_INTENT\",\"reference\":\"NOI-2026-000001\"}"),
                Arguments.of("no reference", "{\"type\":\"INFORMATION_NOTICE\"}"),
                Arguments.of("a reference that is not one", "{\"type\":\"INFORMATION_NOTICE\",\"reference\":\"<b>x</b>\"}"),
                Arguments.of("not JSON", "{\"type\":"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBodies")
    void aBadBodyIsA400AndAddsNothing(String what, String body) {
        String id = CaseApi.investigating();
        RowCounts before = RowCounts.of(CaseApi.TABLES);
        Problems.assertProblem(given(Tokens.service(), id, UUID.randomUUID(), body), 400);
        assertThat(before.again(), equalTo(before));
    }

    @Test
    void anUnknownCaseIsA404() {
        Problems.assertProblem(given(Tokens.service(), UUID.randomUUID().toString(), UUID.randomUUID(), INFORMATION), 404);
    }

    static Stream<Arguments> everyoneElse() {
        return Stream.concat(RoleMatrix.machinesOtherThanNoticeService(), Stream.of(
                Arguments.of("caseworker", Tokens.caseworker()), Arguments.of("decision-maker", Tokens.decisionMaker()),
                Arguments.of("auditor", Tokens.auditor()),
                Arguments.of("org-representative", Tokens.orgRepresentative("org-nhs-supplier"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyoneElse")
    void everyoneButNoticeServicesClientIsRefusedAndNothingIsAdded(String who, String token) {
        String id = CaseApi.investigating();
        RowCounts before = RowCounts.of(CaseApi.TABLES);
        Problems.assertProblem(given(token, id, UUID.randomUUID(), INFORMATION), 403);
        assertThat(before.again(), equalTo(before));
    }
}
