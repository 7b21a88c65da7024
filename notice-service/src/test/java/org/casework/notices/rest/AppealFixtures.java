package org.casework.notices.rest;

import static io.restassured.RestAssured.given;

import java.util.UUID;

import org.casework.notices.DownstreamStubs;
import org.casework.notices.Penalties;
import org.casework.testing.TestClock;
import org.casework.testing.Tokens;

import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;

/** Issued penalty notices with appeals and variations in each stage, for the role matrix. */
final class AppealFixtures {

    static final byte[] PDF = "%PDF-1.4\n% notice of appeal\n".getBytes();

    private AppealFixtures() {
    }

    /** A penalty notice given 2 Sep 2024; the clock is back to now afterwards, the case stubbed to move to APPEALED. */
    static UUID issuedPenalty() {
        TestClock clock = Arc.container().instance(TestClock.class).get();
        UUID caseId = UUID.randomUUID();
        try {
            UUID penalty = Penalties.issued(clock, caseId);
            DownstreamStubs.transitionsSucceed(caseId, "APPEALED");
            return penalty;
        } finally {
            clock.reset();
        }
    }

    static UUID caseOf(UUID noticeId) {
        return UUID.fromString(given().auth().oauth2(Tokens.auditor()).get("/notices/" + noticeId).path("caseId"));
    }

    /** An appeal lodged in time; the case stubbed to move back to DECIDED. */
    static UUID pendingAppeal() {
        UUID penalty = issuedPenalty();
        UUID appeal = UUID.fromString(given().auth().oauth2(Tokens.decisionMaker()).contentType(ContentType.JSON)
                .body("{\"lodgedOn\":\"2024-09-10\",\"tribunalReference\":\"EA/2024/0001\",\"grounds\":\"Too high\"}")
                .post("/notices/" + penalty + "/appeals").then().statusCode(201).extract().path("id"));
        DownstreamStubs.transitionsSucceed(caseOf(penalty), "DECIDED");
        return appeal;
    }

    static UUID decidedAppeal() {
        UUID appeal = pendingAppeal();
        given().auth().oauth2(Tokens.decisionMaker()).contentType(ContentType.JSON)
                .body("{\"outcome\":\"DISMISSED\",\"decidedOn\":\"2024-09-20\",\"note\":\"Dismissed\"}")
                .post("/appeals/" + appeal + "/outcome").then().statusCode(200);
        DownstreamStubs.transitionsSucceed(caseOf(noticeOf(appeal)), "APPEALED");
        return appeal;
    }

    static UUID onwardAppeal() {
        UUID appeal = decidedAppeal();
        given().auth().oauth2(Tokens.decisionMaker()).contentType(ContentType.JSON)
                .body("{\"lodgedOn\":\"2024-09-25\",\"court\":\"UPPER_TRIBUNAL\",\"reference\":\"UA/1\",\"note\":\"Law\"}")
                .post("/appeals/" + appeal + "/onward-appeal").then().statusCode(200);
        DownstreamStubs.transitionsSucceed(caseOf(noticeOf(appeal)), "DECIDED");
        return appeal;
    }

    static UUID noticeOf(UUID appeal) {
        return UUID.fromString(given().auth().oauth2(Tokens.auditor()).get("/appeals/" + appeal).path("noticeId"));
    }

    /** "{appealId}/documents/{documentId}" of an uploaded PDF. */
    static String appealDocument() {
        UUID appeal = pendingAppeal();
        String id = given().auth().oauth2(Tokens.caseworker()).multiPart("file", "appeal.pdf", PDF, "application/pdf")
                .post("/appeals/" + appeal + "/documents").then().statusCode(201).extract().path("id");
        return appeal + "/documents/" + id;
    }

    /** "{noticeId}/variations/{variationId}" of a penalty varied to a longer payment period. */
    static String variation() {
        UUID penalty = issuedPenalty();
        String id = given().auth().oauth2(Tokens.decisionMaker()).contentType(ContentType.JSON).header("If-Match", "*")
                .body("{\"paymentDays\":60,\"reasons\":\"More time to pay\"}").post("/notices/" + penalty + "/variation")
                .then().statusCode(200).extract().path("variations[0].id");
        return penalty + "/variations/" + id;
    }
}
