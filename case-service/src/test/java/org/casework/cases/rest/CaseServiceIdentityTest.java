package org.casework.cases.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

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
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Only notice-service's client may move a case as a machine: the move it makes when a notice of intent
 * is issued, tried with every other machine identity, is refused and leaves the case where it was.
 */
@QuarkusTest
class CaseServiceIdentityTest {

    private static Response noticeServicesMove(String token, String caseId) {
        return given().auth().oauth2(token).header("Casework-On-Behalf-Of", "decision-maker-1")
                .header("Idempotency-Key", UUID.randomUUID().toString()).contentType(ContentType.JSON)
                .body("{\"to\":\"NOTICE_OF_INTENT_ISSUED\",\"reason\":\"Notice of intent issued\",\"noticeId\":\"noi-1\"}")
                .post("/cases/" + caseId + "/transitions");
    }

    static Stream<Arguments> otherMachines() {
        return RoleMatrix.machinesOtherThanNoticeService();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherMachines")
    void anyOtherMachineIsRefusedAndTheCaseStaysWhereItWas(String who, String token) {
        String id = CaseApi.investigating();
        RowCounts before = RowCounts.of(CaseApi.TABLES);
        Problems.assertProblem(noticeServicesMove(token, id), 403);
        assertThat(before.again(), equalTo(before));
        given().auth().oauth2(Tokens.auditor()).get("/cases/" + id).then().statusCode(200)
                .body("status", equalTo("INVESTIGATING"));
    }

    /** Least privilege: notice-service never opens an investigation or closes a case, so it may not. */
    @Test
    void noticeServicesClientMakesNoMoveThatRestsOnNoNotice() {
        String notice = Tokens.serviceClient("notice-service").sign();
        String open = CaseApi.open();
        String decided = CaseApi.investigating();
        CaseApi.transition(Tokens.decisionMaker(), decided, "DECIDED", "reprimand-1").then().statusCode(200);
        RowCounts before = RowCounts.of(CaseApi.TABLES);
        Problems.assertProblem(CaseApi.transition(notice, open, "INVESTIGATING", null), 403);
        Problems.assertProblem(CaseApi.transition(notice, decided, "CLOSED", null), 403);
        assertThat(before.again(), equalTo(before));
    }

    @Test
    void noticeServicesClientMakesTheMove() {
        String id = CaseApi.investigating();
        noticeServicesMove(Tokens.serviceClient("notice-service").sign(), id).then().statusCode(200)
                .body("status", equalTo("NOTICE_OF_INTENT_ISSUED"));
    }
}
