package org.casework.notices.enforcement;

import static io.restassured.RestAssured.given;
import static org.casework.notices.enforcement.EnforcementDraftApiTest.refused;
import static org.casework.notices.enforcement.EnforcementNotices.ORGANISATION;
import static org.casework.notices.enforcement.EnforcementNotices.PDF;
import static org.casework.notices.enforcement.EnforcementNotices.decide;
import static org.casework.notices.enforcement.EnforcementNotices.etag;
import static org.casework.notices.enforcement.EnforcementNotices.on;
import static org.casework.notices.enforcement.EnforcementNotices.portalSteps;
import static org.casework.notices.enforcement.EnforcementNotices.progress;
import static org.casework.notices.enforcement.EnforcementNotices.stepIds;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.casework.notices.AuditEntries;
import org.casework.platform.digest.Sha256;
import org.casework.testing.Problems;
import org.casework.testing.TestClock;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Tracking the steps of a given enforcement notice: the organisation's progress and the caseworkers' findings. */
@QuarkusTest
class EnforcementComplianceApiTest {

    private static final String COMPLIED = "{\"status\":\"COMPLIED\",\"note\":\"MFA seen on every account in the report\"}";
    private static final String NOT_COMPLIED = "{\"status\":\"NOT_COMPLIED\",\"note\":\"No training record by the date\"}";

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Issue 14: two steps, one complied with by evidence through the portal, the other missed. */
    @Test
    void oneStepIsCompliedWithByEvidenceThroughThePortalAndTheOtherIsMissed() {
        UUID id = EnforcementNotices.issued(clock);
        List<String> steps = stepIds(id);
        String org = Tokens.orgRepresentative(ORGANISATION);

        clock.setLondon(on("2025-02-20"));
        portalSteps(org, id).then().statusCode(200).body("$", hasSize(2)).body("status", is(List.of("PENDING", "PENDING")))
                .body("missed", is(List.of(false, false))).body("[0].decidedBy", nullValue());
        Response reported = progress(org, id, steps.get(0), "progress-1", "MFA is on for all 312 accounts.", PDF);
        reported.then().statusCode(201).body("progress", hasSize(1))
                .body("progress[0].evidence[0].sha256", is(Sha256.hex(PDF)))
                .body("progress[0].evidence[0].contentType", is("application/pdf"))
                .body("progress[0].evidence[0].size", is(PDF.length)).body("progress[0].reportedBy", nullValue());
        AuditEntries.exactlyOne(id, "enforcement.progress-reported");

        clock.setLondon(on("2025-03-04"));
        given().auth().oauth2(Tokens.caseworker()).get("/notices/" + id + "/steps").then().statusCode(200)
                .body("[0].progress[0].reportedBy", not(nullValue())).body("missed", is(List.of(true, false)));
        String evidenceId = reported.path("progress[0].evidence[0].id");
        Response file = given().auth().oauth2(Tokens.auditor())
                .get("/notices/" + id + "/steps/" + steps.get(0) + "/evidence/" + evidenceId);
        file.then().statusCode(200).header("ETag", "\"" + Sha256.hex(PDF) + "\"");
        assertThat(Sha256.hex(file.asByteArray()), is(Sha256.hex(PDF)));

        decide(Tokens.caseworker("caseworker-ada"), id, steps.get(0), etag(id), "decide-1", COMPLIED).then().statusCode(200)
                .body("enforcement.steps[0].status", is("COMPLIED"))
                .body("enforcement.steps[0].decidedBy", is("caseworker-ada"))
                .body("enforcement.steps[1].status", is("PENDING"));
        AuditEntries.Entry decided = AuditEntries.exactlyOne(id, "enforcement.step-decided");
        assertThat(decided.subject(), is("caseworker-ada"));
        String afterFirst = etag(id);
        refused(422, "step-not-yet-due", () -> decide(Tokens.decisionMaker(), id, steps.get(1), afterFirst,
                "decide-early", NOT_COMPLIED));

        clock.setLondon(on("2025-03-11"));
        portalSteps(org, id).then().statusCode(200).body("status", is(List.of("COMPLIED", "PENDING")))
                .body("missed", is(List.of(false, true))).body("[0].note", nullValue());
        Response dates = given().auth().oauth2(Tokens.caseworker()).queryParam("days", 30).get("/compliance-dates");
        dates.then().statusCode(200).body("today", is("2025-03-11"))
                .body("items.find { it.stepId == '" + steps.get(1) + "' }.missed", is(true))
                .body("items.find { it.stepId == '" + steps.get(0) + "' }", nullValue());
        assertThat(dates.path("missed"), greaterThanOrEqualTo(1));
        decide(Tokens.decisionMaker(), id, steps.get(1), etag(id), "decide-2", NOT_COMPLIED).then().statusCode(200)
                .body("enforcement.steps.status", is(List.of("COMPLIED", "NOT_COMPLIED")));
        portalSteps(org, id).then().body("missed", is(List.of(false, false)));
    }

    @Test
    void aFindingRepeatedWithItsKeyIsAnsweredAgainAndRecordedOnce() {
        UUID id = EnforcementNotices.issued(clock);
        String step = stepIds(id).get(0);
        String tag = etag(id);
        Response first = decide(Tokens.caseworker(), id, step, tag, "same-key", COMPLIED);
        first.then().statusCode(200);
        Response again = decide(Tokens.caseworker(), id, step, tag, "same-key", COMPLIED);
        again.then().statusCode(200).header("Idempotent-Replayed", "true");
        assertThat(again.header("ETag"), is(first.header("ETag")));
        AuditEntries.exactlyOne(id, "enforcement.step-decided");
        refused(422, "idempotency-key-reused", () -> decide(Tokens.caseworker(), id, step, tag, "same-key", NOT_COMPLIED));
        String now = etag(id);
        refused(409, "step-decided", () -> decide(Tokens.caseworker(), id, step, now, "other-key", COMPLIED));
    }

    @Test
    void aFindingIsRefusedForBadInputOrTheWrongCallerAndChangesNothing() {
        UUID id = EnforcementNotices.issued(clock);
        String step = stepIds(id).get(0);
        String tag = etag(id);
        refused(401, null, () -> given().contentType("application/json").body(COMPLIED)
                .post("/notices/" + id + "/steps/" + step + "/compliance"));
        refused(403, null, () -> decide(Tokens.auditor(), id, step, tag, "k-auditor", COMPLIED));
        refused(403, null, () -> decide(Tokens.orgRepresentative(ORGANISATION), id, step, tag, "k-org", COMPLIED));
        refused(400, null, () -> decide(Tokens.caseworker(), id, step, tag, null, COMPLIED));
        refused(428, null, () -> decide(Tokens.caseworker(), id, step, null, "k-no-match", COMPLIED));
        refused(412, null, () -> decide(Tokens.caseworker(), id, step, "\"999\"", "k-stale", COMPLIED));
        refused(400, null, () -> decide(Tokens.caseworker(), id, step, tag, "k-bad-status",
                "{\"status\":\"PENDING\",\"note\":\"back\"}"));
        refused(400, null, () -> decide(Tokens.caseworker(), id, step, tag, "k-no-note", "{\"status\":\"COMPLIED\"}"));
        refused(404, null, () -> decide(Tokens.caseworker(), id, UUID.randomUUID().toString(), tag, "k-step", COMPLIED));
        UUID draft = EnforcementNotices.drafted(clock, UUID.randomUUID(), EnforcementNotices.twoSteps("2025-03-03",
                "2025-03-10"));
        String draftStep = stepIds(draft).get(0);
        String draftTag = etag(draft);
        refused(409, "notice-not-issued", () -> decide(Tokens.caseworker(), draft, draftStep, draftTag, "k-draft",
                COMPLIED));
    }

    @Test
    void thePortalShowsAndTakesProgressOnTheOrganisationsOwnNoticesOnly() {
        UUID id = EnforcementNotices.issued(clock);
        String step = stepIds(id).get(0);
        String org = Tokens.orgRepresentative(ORGANISATION);
        Response other = refused(404, null, () -> portalSteps(Tokens.orgRepresentative("org-other"), id));
        Response missing = refused(404, null, () -> portalSteps(Tokens.orgRepresentative("org-other"), UUID.randomUUID()));
        assertThat(other.<String>path("title"), is(missing.<String>path("title")));
        refused(404, null, () -> progress(Tokens.orgRepresentative("org-other"), id, step, "p-other", "Done", PDF));
        refused(403, null, () -> portalSteps(Tokens.caseworker(), id));
        refused(403, null, () -> progress(Tokens.caseworker(), id, step, "p-staff", "Done", PDF));
        refused(422, "file-type", () -> progress(org, id, step, "p-exe", "Done", "MZ\u0090 not a pdf".getBytes()));
        refused(400, null, () -> progress(org, id, step, "p-no-text", null, PDF));
        refused(400, null, () -> progress(org, id, step, null, "Done", PDF));
        refused(404, null, () -> progress(org, id, UUID.randomUUID().toString(), "p-step", "Done", PDF));
        UUID draft = EnforcementNotices.drafted(clock, UUID.randomUUID(), EnforcementNotices.twoSteps("2025-03-03",
                "2025-03-10"));
        refused(404, null, () -> portalSteps(org, draft));

        Response first = progress(org, id, step, "p-1", "Half the accounts have MFA.", PDF);
        first.then().statusCode(201);
        Response again = progress(org, id, step, "p-1", "Half the accounts have MFA.", PDF);
        again.then().statusCode(201).header("Idempotent-Replayed", "true").body("progress", hasSize(1));
        assertThat(again.<String>path("progress[0].id"), is(first.<String>path("progress[0].id")));
        AuditEntries.exactlyOne(id, "enforcement.progress-reported");
        refused(422, "idempotency-key-reused", () -> progress(org, id, step, "p-1", "All accounts have MFA.", PDF));
    }

    @Test
    void theDashboardCountsNeedAValidPeriodAndAStaffRole() {
        Problems.assertProblem(given().auth().oauth2(Tokens.auditor()).queryParam("days", "367").get("/compliance-dates"), 400);
        Problems.assertProblem(given().auth().oauth2(Tokens.auditor()).queryParam("days", "x").get("/compliance-dates"), 400);
        Problems.assertProblem(given().auth().oauth2(Tokens.orgRepresentative(ORGANISATION)).get("/compliance-dates"), 403);
        given().auth().oauth2(Tokens.auditor()).get("/compliance-dates").then().statusCode(200).body("days", is(60));
        Problems.assertProblem(given().auth().oauth2(Tokens.auditor()).queryParam("limit", "0").get("/compliance-dates"), 400);
        Problems.assertProblem(given().auth().oauth2(Tokens.auditor()).queryParam("after", "not-a-cursor")
                .get("/compliance-dates"), 400);
    }

    @Test
    void theComplianceDatesArePagedSoonestFirstAndEveryPageCarriesTheWholeCounts() {
        UUID id = EnforcementNotices.issued(clock);
        clock.setLondon(on("2025-02-20"));
        Response whole = given().auth().oauth2(Tokens.caseworker()).queryParam("days", 366).queryParam("limit", 200)
                .get("/compliance-dates");
        List<String> all = whole.path("items.stepId");
        assertThat(all.containsAll(stepIds(id)), is(true));
        java.util.ArrayList<String> walked = new java.util.ArrayList<>();
        String after = null;
        do {
            var request = given().auth().oauth2(Tokens.caseworker()).queryParam("days", 366).queryParam("limit", 1);
            Response page = (after == null ? request : request.queryParam("after", after)).get("/compliance-dates");
            page.then().statusCode(200).body("due", is((int) whole.path("due")))
                    .body("missed", is((int) whole.path("missed")));
            List<String> items = page.path("items.stepId");
            walked.addAll(items);
            after = items.isEmpty() ? null : page.path("next");
        } while (after != null && walked.size() <= all.size());
        assertThat(walked, is(all));
    }
}
