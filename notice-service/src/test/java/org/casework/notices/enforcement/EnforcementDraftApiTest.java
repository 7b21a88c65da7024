package org.casework.notices.enforcement;

import static io.restassured.RestAssured.given;
import static org.casework.notices.enforcement.EnforcementNotices.draftBody;
import static org.casework.notices.enforcement.EnforcementNotices.twoSteps;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.casework.notices.AuditEntries;
import org.casework.notices.DownstreamStubs;
import org.casework.notices.NoticeApi;
import org.casework.testing.Problems;
import org.casework.testing.RowCounts;
import org.casework.testing.TestClock;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Drafting and giving enforcement notices with steps (DPA 2018 s.149-150). */
@QuarkusTest
class EnforcementDraftApiTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static Response refused(int status, String type, Supplier<Response> request) {
        RowCounts before = RowCounts.of(EnforcementNotices.TABLES);
        Response response = Problems.assertProblem(request.get(), status);
        if (type != null) {
            assertThat(response.path("type").toString(), endsWith(type));
        }
        assertThat(before.again(), is(before));
        return response;
    }

    @Test
    void aDraftCarriesItsFailuresAndStepsAndIsGivenWithThemAndAudited() {
        UUID id = EnforcementNotices.issued(clock);
        NoticeApi.read(id).then().statusCode(200).body("status", is("ISSUED"))
                .body("appealDueOn", is("2025-02-28"))
                .body("enforcement.failures", is("Failing to use appropriate technical measures (UK GDPR Art 32(1))."))
                .body("enforcement.urgent", is(false))
                .body("enforcement.steps.position", is(List.of(1, 2)))
                .body("enforcement.steps.complianceDate", is(List.of("2025-03-03", "2025-03-10")))
                .body("enforcement.steps.status", is(List.of("PENDING", "PENDING")));
        AuditEntries.exactlyOne(id, "notice.drafted");
        AuditEntries.exactlyOne(id, "notice.issued");
    }

    /** s.150(6): given 31 Jan 2025, the appeal period ends 28 Feb; a step due that day is refused, nothing saved. */
    @Test
    void s150_6_aStepDueBeforeTheAppealPeriodHasEndedIsRefusedAtDraft() {
        clock.setLondon(EnforcementNotices.GIVEN_ON.atTime(10, 0));
        UUID caseId = UUID.randomUUID();
        DownstreamStubs.caseIs(caseId, "INVESTIGATING", "caseworker-ada");
        Response r = refused(422, "compliance-date-too-early",
                () -> NoticeApi.draft(draftBody(caseId, twoSteps("2025-03-01", "2025-02-28"))));
        assertThat(r.path("rule"), is("DPA 2018 s.150(6)"));
        assertThat(r.path("errors[0].field"), is("enforcement.steps[1].complianceDate"));
        refused(400, null, () -> NoticeApi.draft(draftBody(caseId, "[{\"text\":\"No date\"}]")));
        refused(400, null, () -> NoticeApi.draft(draftBody(caseId, "[{\"text\":\" \",\"complianceDate\":\"2025-03-03\"}]")));
    }

    /** s.150(6) counted from the day the notice is given: a day later, a date that was the first allowed is too early. */
    @Test
    void s150_6_theDatesAreCheckedAgainAgainstTheDayTheNoticeIsActuallyGiven() {
        UUID id = EnforcementNotices.drafted(clock, UUID.randomUUID(), twoSteps("2025-03-01", "2025-03-10"));
        clock.setLondon(EnforcementNotices.on("2025-02-01"));
        Response r = refused(422, "compliance-date-too-early", () -> NoticeApi.issue(id));
        assertThat(r.path("detail").toString(), org.hamcrest.Matchers.containsString("2025-03-04"));
        NoticeApi.read(id).then().body("status", is("DRAFT"));
    }

    /** s.150(8): urgent with reasons, a step may fall due the day after giving; without reasons it cannot be given. */
    @Test
    void s150_8_anUrgentNoticeMayRequireComplianceTheNextDayOnlyWithItsReasons() {
        clock.setLondon(EnforcementNotices.GIVEN_ON.atTime(10, 0));
        UUID caseId = UUID.randomUUID();
        DownstreamStubs.caseIs(caseId, "INVESTIGATING", "caseworker-ada");
        DownstreamStubs.transitionsSucceed(caseId, "DECIDED");
        String urgent = draftBody(caseId, "[{\"text\":\"Disable the exposed remote-access account.\","
                + "\"complianceDate\":\"2025-02-01\"}]").replace("\"steps\"", "\"urgent\":true,\"steps\"");
        Response drafted = NoticeApi.draft(urgent);
        drafted.then().statusCode(201).body("missingForIssue.part", hasItem("enforcement.urgencyReasons"))
                .body("missingForIssue.find { it.part == 'enforcement.urgencyReasons' }.rule", is("DPA 2018 s.150(8)(b)"));
        UUID id = UUID.fromString(drafted.path("id"));
        refused(422, "statutory-content-missing", () -> NoticeApi.issue(id));
        given().auth().oauth2(Tokens.caseworker("caseworker-ada")).contentType("application/merge-patch+json")
                .header("If-Match", drafted.header("ETag"))
                .body("{\"enforcement\":{\"urgencyReasons\":\"Patient records are exposed to the attackers now.\"}}")
                .patch("/notices/" + id).then().statusCode(200).body("missingForIssue", is(List.of()))
                .body("enforcement.steps[0].complianceDate", is("2025-02-01"));
        NoticeApi.issue(id).then().statusCode(200).body("enforcement.urgent", is(true));
    }

    @Test
    void aNoticeWithoutFailuresOrStepsCannotBeGivenAndEachMissingPartCitesItsRule() {
        UUID id = EnforcementNotices.drafted(clock, UUID.randomUUID(), "[]");
        given().auth().oauth2(Tokens.caseworker("caseworker-ada")).contentType("application/merge-patch+json")
                .header("If-Match", EnforcementNotices.etag(id)).body("{\"enforcement\":{\"failures\":null}}")
                .patch("/notices/" + id).then().statusCode(200);
        Response r = refused(422, "statutory-content-missing", () -> NoticeApi.issue(id));
        assertThat(r.jsonPath().getList("missing.part"), hasItems("enforcement.failures", "enforcement.steps"));
        assertThat(r.jsonPath().getList("missing.rule"), hasItems("DPA 2018 s.150(1)(a)", "DPA 2018 s.149(1)"));
    }

    @Test
    void enforcementPartsOnAnotherTypeOfNoticeAreRefused() {
        clock.setLondon(EnforcementNotices.GIVEN_ON.atTime(10, 0));
        UUID caseId = UUID.randomUUID();
        DownstreamStubs.caseIs(caseId, "INVESTIGATING", "caseworker-ada");
        refused(422, "part-not-for-this-type", () -> NoticeApi.draft(draftBody(caseId, twoSteps("2025-03-03",
                "2025-03-10")).replace("ENFORCEMENT_NOTICE", "REPRIMAND")));
    }
}
