package org.casework.notices.enforcement;

import static io.restassured.RestAssured.given;
import static org.casework.notices.enforcement.EnforcementNotices.ORGANISATION;
import static org.casework.notices.enforcement.EnforcementNotices.decide;
import static org.casework.notices.enforcement.EnforcementNotices.etag;
import static org.casework.notices.enforcement.EnforcementNotices.on;
import static org.casework.notices.enforcement.EnforcementNotices.portalSteps;
import static org.casework.notices.enforcement.EnforcementNotices.stepIds;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.casework.notices.AuditEntries;
import org.casework.notices.NoticeApi;
import org.casework.testing.Problems;
import org.casework.testing.RowCounts;
import org.casework.testing.TestClock;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Applications to cancel or vary an enforcement notice (DPA 2018 s.153): the organisation applies through the portal
 * after the appeal period, the regulator reads them and a decision-maker decides each once. The notices are given
 * on Fri 31 Jan 2025 with steps due 3 and 10 Mar 2025; an application may be made from Sat 1 Mar 2025.
 */
@QuarkusTest
class VariationApplicationApiTest {

    private static final String[] TABLES = { "notice", "enforcement_step", "enforcement_variation_application",
            "notice_variation", "notice_variation_document", "audit_event", "idempotency_record" };
    private static final String GROUNDS = "Every remote-access account was closed on 20 Feb 2025: remote support now "
            + "runs only through the NHS-managed gateway, which enforces MFA itself.";

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static Response refused(int status, String type, Supplier<Response> request) {
        RowCounts before = RowCounts.of(TABLES);
        Response response = Problems.assertProblem(request.get(), status);
        if (type != null) {
            assertThat(response.path("type").toString(), endsWith(type));
        }
        assertThat(before.again(), is(before));
        return response;
    }

    static Response apply(String token, UUID noticeId, String key, String body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.post("/portal/issued-notices/" + noticeId + "/variation-applications");
    }

    static Response decideApplication(String token, UUID noticeId, String appId, String ifMatch, String body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.post("/notices/" + noticeId + "/variation-applications/" + appId + "/decision");
    }

    static String vary(String stepId, String date) {
        return "{\"kind\":\"VARY\",\"steps\":[{\"stepId\":\"" + stepId + "\",\"requestedComplianceDate\":\"" + date
                + "\"}],\"grounds\":\"" + GROUNDS + "\"}";
    }

    static String cancel() {
        return "{\"kind\":\"CANCEL\",\"grounds\":\"" + GROUNDS + "\"}";
    }

    static Map<String, Object> registerEntry(UUID id) {
        String after = null;
        do {
            var request = given().queryParam("limit", 200);
            if (after != null) {
                request = request.queryParam("after", after);
            }
            Response page = request.get("/register");
            page.then().statusCode(200);
            List<Map<String, Object>> items = page.jsonPath().getList("items");
            for (Map<String, Object> item : items) {
                if (id.toString().equals(item.get("id"))) {
                    return item;
                }
            }
            after = page.path("next");
        } while (after != null);
        return null;
    }

    /** s.153(2)-(3) and s.153(1): applied for after the appeal period, granted as a variation of the named step. */
    @Test
    void anApplicationToVaryAStepIsGrantedAndTheStepsNewDateIsRecorded() {
        UUID id = EnforcementNotices.issued(clock);
        List<String> steps = stepIds(id);
        String org = Tokens.orgRepresentative(ORGANISATION);

        clock.setLondon(on("2025-02-28"));
        refused(422, "application-too-early", () -> apply(org, id, "early", vary(steps.get(0), "2025-06-02")));

        clock.setLondon(on("2025-03-02"));
        Response applied = apply(org, id, "apply-1", vary(steps.get(0), "2025-06-02"));
        applied.then().statusCode(201).body("status", is("PENDING")).body("kind", is("VARY"))
                .body("steps[0].position", is(1)).body("steps[0].requestedComplianceDate", is("2025-06-02"))
                .body("appliedOn", is("2025-03-02")).body("appliedBy", nullValue());
        String appId = applied.path("id");
        Response again = apply(org, id, "apply-1", vary(steps.get(0), "2025-06-02"));
        again.then().statusCode(201).header("Idempotent-Replayed", "true").body("id", is(appId));
        AuditEntries.exactlyOne(id, "enforcement.variation-applied");
        refused(422, "idempotency-key-reused", () -> apply(org, id, "apply-1", cancel()));
        refused(409, "application-pending", () -> apply(org, id, "apply-2", cancel()));

        given().auth().oauth2(Tokens.auditor()).get("/notices/" + id + "/variation-applications").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", is(appId)).body("items[0].appliedBy", not(nullValue()))
                .body("items[0].grounds", is(GROUNDS)).body("next", nullValue());
        AuditEntries.exactlyOne(id, "enforcement.variation-applications-read");

        String tag = etag(id);
        refused(412, null, () -> decideApplication(Tokens.decisionMaker(), id, appId, "\"999\"",
                "{\"outcome\":\"VARIED\",\"reasons\":\"Gateway seen\",\"steps\":[{\"stepId\":\"" + steps.get(0)
                        + "\",\"complianceDate\":\"2025-06-02\"}]}"));
        refused(422, "step-not-applied-for", () -> decideApplication(Tokens.decisionMaker(), id, appId, tag,
                "{\"outcome\":\"VARIED\",\"reasons\":\"Gateway seen\",\"steps\":[{\"stepId\":\"" + steps.get(1)
                        + "\",\"complianceDate\":\"2025-06-02\"}]}"));
        Response decided = decideApplication(Tokens.decisionMaker("decision-maker-grace"), id, appId, tag,
                "{\"outcome\":\"VARIED\",\"reasons\":\"The gateway enforces MFA; the accounts need time to move.\","
                        + "\"steps\":[{\"stepId\":\"" + steps.get(0) + "\",\"complianceDate\":\"2025-06-02\"}]}");
        decided.then().statusCode(200).body("application.status", is("VARIED"))
                .body("application.decidedBy", is("decision-maker-grace"))
                .body("application.changes[0].before", is("2025-03-03"))
                .body("application.changes[0].after", is("2025-06-02"))
                .body("notice.status", is("ISSUED"))
                .body("notice.enforcement.steps.complianceDate", is(List.of("2025-06-02", "2025-03-10")))
                .body("notice.variations", hasSize(1));
        assertThat(decided.header("ETag"), is(etag(id)));
        assertThat(decided.header("ETag"), not(tag));
        AuditEntries.exactlyOne(id, "enforcement.variation-decided");
        AuditEntries.exactlyOne(id, "notice.varied");
        String variationId = decided.path("application.variationId");
        given().auth().oauth2(Tokens.caseworker()).get("/notices/" + id + "/variations/" + variationId + "/document")
                .then().statusCode(200).contentType("application/pdf");
        String now = etag(id);
        refused(409, "application-decided", () -> decideApplication(Tokens.decisionMaker(), id, appId, now,
                "{\"outcome\":\"REFUSED\",\"reasons\":\"Twice\"}"));

        clock.setLondon(on("2025-03-04"));
        portalSteps(org, id).then().statusCode(200).body("complianceDate", is(List.of("2025-06-02", "2025-03-10")))
                .body("missed", is(List.of(false, false)));
        assertThat(registerEntry(id).get("varied"), is(true));
    }

    /** s.153(1): granted as a cancellation, the notice ends: no finding on its steps, the register says cancelled. */
    @Test
    void anApplicationToCancelIsGrantedAndTheNoticeEnds() {
        UUID id = EnforcementNotices.issued(clock);
        String step = stepIds(id).get(0);
        String org = Tokens.orgRepresentative(ORGANISATION);
        clock.setLondon(on("2025-03-01"));
        String appId = apply(org, id, "cancel-1", cancel()).then().statusCode(201).extract().path("id");
        String before = etag(id);
        refused(422, "steps-only-for-variation", () -> decideApplication(Tokens.decisionMaker(), id, appId, before,
                "{\"outcome\":\"CANCELLED\",\"reasons\":\"No longer needed\",\"steps\":[{\"stepId\":\"" + step
                        + "\",\"complianceDate\":\"2025-06-02\"}]}"));
        decideApplication(Tokens.decisionMaker(), id, appId, etag(id),
                "{\"outcome\":\"CANCELLED\",\"reasons\":\"The accounts the notice is about no longer exist.\"}")
                .then().statusCode(200).body("application.status", is("CANCELLED")).body("notice.status", is("CANCELLED"))
                .body("notice.cancellation.cancelledOn", is("2025-03-01"));
        AuditEntries.exactlyOne(id, "notice.cancelled");
        AuditEntries.exactlyOne(id, "enforcement.variation-decided");

        clock.setLondon(on("2025-03-11"));
        String tag = etag(id);
        EnforcementDraftApiTest.refused(409, "notice-not-issued", () -> decide(Tokens.caseworker(), id, step, tag,
                "after-cancel", "{\"status\":\"NOT_COMPLIED\",\"note\":\"Not done\"}"));
        portalSteps(org, id).then().statusCode(200).body("missed", is(List.of(false, false)));
        refused(409, "notice-not-in-force", () -> apply(org, id, "cancel-2", cancel()));
        Map<String, Object> entry = registerEntry(id);
        assertThat(entry.get("cancelled"), is(true));
        assertThat(entry.get("cancelledOn"), is("2025-03-01"));
    }

    /** A refusal keeps the notice as it is; the organisation may apply again (and appeal, s.162(2)). */
    @Test
    void aRefusedApplicationLeavesTheNoticeAndAnotherMayBeMade() {
        UUID id = EnforcementNotices.issued(clock);
        String org = Tokens.orgRepresentative(ORGANISATION);
        clock.setLondon(on("2025-03-02"));
        String appId = apply(org, id, "r-1", cancel()).then().statusCode(201).extract().path("id");
        String tag = etag(id);
        decideApplication(Tokens.decisionMaker(), id, appId, tag, "{\"outcome\":\"REFUSED\",\"reasons\":\"The gateway "
                + "does not cover the supplier's own engineers.\"}").then().statusCode(200)
                .body("application.status", is("REFUSED")).body("notice.status", is("ISSUED"));
        NoticeApi.read(id).then().body("enforcement.steps.complianceDate", is(List.of("2025-03-03", "2025-03-10")));
        clock.setLondon(on("2025-03-03"));
        apply(org, id, "r-2", vary(stepIds(id).get(1), "2025-04-10")).then().statusCode(201);
        given().auth().oauth2(Tokens.caseworker()).queryParam("limit", 1).get("/notices/" + id + "/variation-applications")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].status", is("REFUSED"))
                .body("next", not(nullValue()));
    }

    @Test
    void theApplicationIsRefusedForBadInputOrTheWrongCallerAndChangesNothing() {
        UUID id = EnforcementNotices.issued(clock);
        String step = stepIds(id).get(0);
        String org = Tokens.orgRepresentative(ORGANISATION);
        clock.setLondon(on("2025-03-02"));
        String other = Tokens.orgRepresentative("org-other");
        Response hidden = refused(404, null, () -> apply(other, id, "o-1", cancel()));
        Response missing = refused(404, null, () -> apply(other, UUID.randomUUID(), "o-2", cancel()));
        assertThat(hidden.<String>path("title"), is(missing.<String>path("title")));
        refused(404, null, () -> apply(other, id, "o-3", "{\"kind\":\"WRONG\"}"));
        refused(401, null, () -> given().contentType(ContentType.JSON).body(cancel())
                .post("/portal/issued-notices/" + id + "/variation-applications"));
        refused(403, null, () -> apply(Tokens.caseworker(), id, "s-1", cancel()));
        refused(400, null, () -> apply(org, id, null, cancel()));
        refused(400, null, () -> apply(org, id, "b-1", "{\"kind\":\"CANCEL\"}"));
        refused(400, null, () -> apply(org, id, "b-2", "{\"kind\":\"WITHDRAW\",\"grounds\":\"x\"}"));
        refused(400, null, () -> apply(org, id, "b-3", "{\"kind\":\"VARY\",\"steps\":[{}],\"grounds\":\"x\"}"));
        refused(400, null, () -> apply(org, id, "b-4", "not json"));
        refused(422, "steps-required", () -> apply(org, id, "b-5", "{\"kind\":\"VARY\",\"grounds\":\"x\"}"));
        refused(422, "unknown-step", () -> apply(org, id, "b-6", vary(UUID.randomUUID().toString(), "2025-06-02")));
        UUID draft = EnforcementNotices.drafted(clock, UUID.randomUUID(), EnforcementNotices.twoSteps("2025-03-03",
                "2025-03-10"));
        clock.setLondon(on("2025-03-02"));
        refused(404, null, () -> apply(org, draft, "b-7", cancel()));
        refused(403, null, () -> given().auth().oauth2(org).get("/notices/" + id + "/variation-applications"));
        refused(400, null, () -> given().auth().oauth2(Tokens.auditor()).queryParam("after", "garbage")
                .get("/notices/" + id + "/variation-applications"));

        String appId = apply(org, id, "good", vary(step, "2025-06-02")).then().statusCode(201).extract().path("id");
        String tag = etag(id);
        String varied = "{\"outcome\":\"VARIED\",\"reasons\":\"r\",\"steps\":[{\"stepId\":\"" + step
                + "\",\"complianceDate\":\"%s\"}]}";
        refused(403, null, () -> decideApplication(Tokens.caseworker(), id, appId, tag, varied.formatted("2025-06-02")));
        refused(403, null, () -> decideApplication(Tokens.auditor(), id, appId, tag, varied.formatted("2025-06-02")));
        refused(403, null, () -> decideApplication(org, id, appId, tag, varied.formatted("2025-06-02")));
        refused(428, null, () -> decideApplication(Tokens.decisionMaker(), id, appId, null, varied.formatted("2025-06-02")));
        refused(400, null, () -> decideApplication(Tokens.decisionMaker(), id, appId, tag,
                "{\"outcome\":\"PENDING\",\"reasons\":\"r\"}"));
        refused(400, null, () -> decideApplication(Tokens.decisionMaker(), id, appId, tag, "{\"outcome\":\"REFUSED\"}"));
        refused(404, null, () -> decideApplication(Tokens.decisionMaker(), id, UUID.randomUUID().toString(), tag,
                "{\"outcome\":\"REFUSED\",\"reasons\":\"r\"}"));
        refused(422, "variation-to-detriment", () -> decideApplication(Tokens.decisionMaker(), id, appId, tag,
                varied.formatted("2025-03-02")));
        refused(422, "variation-changes-nothing", () -> decideApplication(Tokens.decisionMaker(), id, appId, tag,
                varied.formatted("2025-03-03")));
        refused(422, "variation-changes-nothing", () -> decideApplication(Tokens.decisionMaker(), id, appId, tag,
                "{\"outcome\":\"VARIED\",\"reasons\":\"r\"}"));
        AuditEntries.exactlyOne(id, "enforcement.variation-applied");
    }
}
