package org.casework.notices.appeal;

import org.casework.notices.Deadlines;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.casework.notices.appeal.AppealApiTest.lodge;
import static org.casework.notices.appeal.AppealApiTest.outcome;
import static org.casework.notices.appeal.AppealApiTest.refused;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.casework.notices.AuditEntries;
import org.casework.notices.DownstreamStubs;
import org.casework.notices.InvestigatoryRequests;
import org.casework.notices.NoticeApi;
import org.casework.testing.TestClock;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Appeals against information and assessment notices (DPA 2018 s.162(1)(a)-(b)): recorded as other appeals, without
 * moving the case (they decide nothing), and while pending what a notice not stated urgent requires is suspended
 * (s.142(6), s.146(7)); an urgent one is not (s.142(7), s.146(8)). Given on Wed 7 Aug 2024: appeal by Wed 4 Sep.
 */
@QuarkusTest
class InvestigatoryAppealApiTest {

    private static final String ORG = "org-nhs-supplier";

    @Inject
    TestClock clock;

    UUID caseId;

    @BeforeEach
    void investigating() {
        clock.setLondon(LocalDateTime.of(2024, 8, 7, 10, 0));
        caseId = UUID.randomUUID();
        DownstreamStubs.caseIs(caseId, "INVESTIGATING", "caseworker-ada");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private UUID issued(String draft) {
        UUID id = NoticeApi.drafted(draft);
        NoticeApi.issue(id).then().statusCode(200);
        return id;
    }

    private static String appeal(String lodgedOn) {
        return "{\"lodgedOn\":\"" + lodgedOn + "\",\"tribunalReference\":\"EA/2024/0777\",\"grounds\":\"The information "
                + "is not reasonably required.\"}";
    }

    private static Response requirements(UUID id) {
        return given().auth().oauth2(Tokens.orgRepresentative(ORG)).get("/portal/issued-notices/" + id + "/requirements");
    }

    private static List<String> deadlineKinds(UUID id) {
        return Deadlines.ofNotice(id, 60).stream().map(d -> (String) d.get("kind")).toList();
    }

    private void assertCaseNotMoved() {
        DownstreamStubs.server().verify(0, postRequestedFor(urlEqualTo("/cases/" + caseId + "/transitions")));
    }

    /** s.162(1)(a), s.142(6): the appeal suspends the information's last day until the tribunal dismisses it. */
    @Test
    void anAppealAgainstAnInformationNoticeSuspendsItUntilDecidedAndMovesNoCase() {
        UUID id = issued(InvestigatoryRequests.informationNotice(caseId, 30, false));
        clock.setLondon(LocalDateTime.of(2024, 8, 20, 10, 0));
        requirements(id).then().statusCode(200).body("suspendedByAppeal", is(false))
                .body("appealEffectRule", is("DPA 2018 s.142(6)"));
        assertThat(deadlineKinds(id), hasItem("REQUIRED_BY"));

        Response lodged = lodge(Tokens.caseworker(), id, appeal("2024-08-20"));
        lodged.then().statusCode(201).body("status", is("PENDING"));
        String appealId = lodged.path("id");
        AuditEntries.exactlyOne(appealId, "appeal.recorded");
        NoticeApi.read(id).then().body("appealPending", is(true)).body("requiredBy", is("2024-09-05"));
        requirements(id).then().statusCode(200).body("suspendedByAppeal", is(true));
        assertThat(deadlineKinds(id), not(hasItem("REQUIRED_BY")));
        refused(409, "appeal-pending", () -> lodge(Tokens.caseworker(), id, appeal("2024-08-20")));

        clock.setLondon(LocalDateTime.of(2024, 8, 27, 10, 0));
        outcome(UUID.fromString(appealId), "{\"outcome\":\"DISMISSED\",\"decidedOn\":\"2024-08-27\",\"note\":\"The "
                + "information is reasonably required\"}").then().statusCode(200).body("status", is("DISMISSED"));
        AuditEntries.exactlyOne(appealId, "appeal.decided");
        requirements(id).then().statusCode(200).body("suspendedByAppeal", is(false));
        assertThat(deadlineKinds(id), hasItem("REQUIRED_BY"));
        assertCaseNotMoved();
    }

    /** s.142(7): an urgent information notice is not suspended by an appeal. */
    @Test
    void anAppealDoesNotSuspendAnUrgentInformationNotice() {
        UUID id = issued(InvestigatoryRequests.informationNotice(caseId, 2, true));
        lodge(Tokens.caseworker(), id, appeal("2024-08-07")).then().statusCode(201);
        requirements(id).then().statusCode(200).body("suspendedByAppeal", is(false))
                .body("appealEffectRule", is("DPA 2018 s.142(7)"));
        assertThat(deadlineKinds(id), hasItem("REQUIRED_BY"));
        assertCaseNotMoved();
    }

    /** s.162(1)(b), s.146(7), s.163(3): appealed, suspended, then the tribunal substitutes its terms; or allows it. */
    @Test
    void anAppealAgainstAnAssessmentNoticeIsSuspendedThenVariedOrAllowed() {
        UUID id = issued(InvestigatoryRequests.assessmentNotice(caseId, "2024-09-10", false, true));
        String appealId = lodge(Tokens.decisionMaker(), id, appeal("2024-08-07")).then().statusCode(201).extract().path("id");
        requirements(id).then().statusCode(200).body("suspendedByAppeal", is(true))
                .body("appealEffectRule", is("DPA 2018 s.146(7)"));
        clock.setLondon(LocalDateTime.of(2024, 8, 30, 10, 0));
        refused(422, "outcome-fields-not-applicable", () -> outcome(UUID.fromString(appealId), "{\"outcome\":\"VARIED\","
                + "\"decidedOn\":\"2024-08-30\",\"note\":\"x\",\"amount\":{\"amount\":\"1.00\",\"currency\":\"GBP\"}}"));
        outcome(UUID.fromString(appealId), "{\"outcome\":\"VARIED\",\"decidedOn\":\"2024-08-30\",\"note\":\"Narrowed\","
                + "\"terms\":\"Only the gateway's configuration is inspected; no interviews.\"}").then().statusCode(200);
        Response notice = NoticeApi.read(id);
        notice.then().body("status", is("ISSUED")).body("appealPending", is(false))
                .body("variations[0].terms", is("Only the gateway's configuration is inspected; no interviews."));
        String variationId = notice.path("variations[0].id");
        given().auth().oauth2(Tokens.auditor()).get("/notices/" + id + "/variations/" + variationId + "/document")
                .then().statusCode(200).contentType("application/pdf");
        requirements(id).then().body("suspendedByAppeal", is(false));

        UUID other = issued(InvestigatoryRequests.assessmentNotice(caseId, "2024-10-10", false, true));
        String second = lodge(Tokens.caseworker(), other, appeal("2024-08-30")).then().statusCode(201).extract().path("id");
        outcome(UUID.fromString(second), "{\"outcome\":\"ALLOWED\",\"decidedOn\":\"2024-08-30\",\"note\":\"Not "
                + "necessary\"}").then().statusCode(200);
        NoticeApi.read(other).then().body("status", is("CANCELLED")).body("cancellation.source", is("TRIBUNAL"));
        assertThat(deadlineKinds(other), not(hasItem("REQUIRED_BY")));
        assertCaseNotMoved();
    }

    @Test
    void anAppealIsRefusedOnADraftOrForTheWrongCallerAndChangesNothing() {
        UUID draft = NoticeApi.drafted(InvestigatoryRequests.informationNotice(caseId, 30, false));
        refused(409, "appeal-not-applicable", () -> lodge(Tokens.caseworker(), draft, appeal("2024-08-07")));
        UUID id = issued(InvestigatoryRequests.informationNotice(caseId, 30, false));
        refused(403, null, () -> lodge(Tokens.orgRepresentative(ORG), id, appeal("2024-08-07")));
        refused(403, null, () -> lodge(Tokens.auditor(), id, appeal("2024-08-07")));
        refused(400, null, () -> lodge(Tokens.caseworker(), id, "{\"lodgedOn\":\"2024-08-07\"}"));
        refused(422, "appeal-date-invalid", () -> lodge(Tokens.caseworker(), id, appeal("2024-08-06")));
        NoticeApi.read(id).then().body("appealPending", is(false)).body("cancellation", nullValue());
        assertCaseNotMoved();
    }
}
