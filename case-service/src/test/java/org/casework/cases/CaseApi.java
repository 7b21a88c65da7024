package org.casework.cases;

import static io.restassured.RestAssured.given;

import java.util.UUID;

import org.casework.testing.Tokens;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Small steps through case-service's API, for tests that need a case in some state. */
public final class CaseApi {

    public static final String[] TABLES = { "investigation_case", "finding", "case_event", "case_reference_counter", "outbox_event",
            "audit_event", "idempotency_record" };

    private CaseApi() {
    }

    public static String open() {
        return open(CaseRequests.newCase());
    }

    public static String open(String body) {
        return post(body).then().statusCode(201).extract().path("id");
    }

    /** {@code POST /cases} as a caseworker, with a new Idempotency-Key (the operation requires one). */
    public static Response post(String body) {
        return given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(body).when().post("/cases");
    }

    public static String etag(String caseId) {
        return given().auth().oauth2(Tokens.caseworker()).when().get("/cases/" + caseId)
                .then().statusCode(200).extract().header("ETag");
    }

    public static Response transition(String token, String caseId, String to, String noticeId) {
        String notice = noticeId == null ? "" : ", \"noticeId\": \"" + noticeId + "\"";
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"to\": \"" + to + "\", \"reason\": \"test\"" + notice + "}")
                .when().post("/cases/" + caseId + "/transitions");
    }

    /** Opens a case and moves it to INVESTIGATING. */
    public static String investigating() {
        String id = open();
        transition(Tokens.decisionMaker(), id, "INVESTIGATING", null).then().statusCode(200);
        return id;
    }
}
