package org.casework.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Fifty callers at once against one thing, through the packaged services, shown to have been in flight
 * together (see {@link Together}): only the legal outcomes,
 * no duplicates, every audit chain whole. And a repeated Idempotency-Key does the work once.
 */
class RaceIT {

    private static final int CALLERS = 50;
    private static Suite suite;

    @BeforeAll
    static void start() throws Exception {
        suite = Suite.get();
        Clocks.reset(suite);
    }

    @AfterAll
    static void resetClocks() {
        Clocks.reset(suite);
    }

    @Test
    void fiftyAttemptsToMoveTheSameCaseMoveItOnce() throws Exception {
        String ada = suite.staff("ada");
        String caseId = openCase("org-nhs-supplier");

        List<Together.Answer> answers = together(i -> Together.json("POST", suite.cases.url() + "/cases/" + caseId + "/transitions", ada,
                "{\"to\":\"INVESTIGATING\",\"reason\":\"Attempt " + i + "\"}", "Idempotency-Key", "race-move-" + UUID.randomUUID()));

        assertEquals(Map.of(200, 1, 409, CALLERS - 1), Together.statuses(answers));
        List<String> types = at(suite.cases.url(), ada).get("/cases/" + caseId + "/timeline?limit=200").path("items.type");
        assertEquals(1, types.stream().filter("STATUS_CHANGED"::equals).count(), types.toString());
        assertChainsWhole();
    }

    @Test
    void fiftyAttemptsToIssueTheSameNoticeIssueItOnce() throws Exception {
        String grace = suite.staff("grace");
        String caseId = openCase("org-nhs-supplier");
        investigate(caseId);
        String notice = draftNoticeOfIntent(caseId);

        Map<Integer, Integer> statuses = Together.statuses(together(i -> Together.json("POST",
                suite.notices.url() + "/notices/" + notice + "/issue", grace, null, "Idempotency-Key", "race-issue-" + UUID.randomUUID())));

        // 200: this request issued it, or completed the issue a concurrent request had begun (the design:
        // a retry with any key completes the same pending issue); 409: it was already issued
        assertTrue(statuses.getOrDefault(200, 0) >= 1, statuses.toString());
        assertEquals(CALLERS, statuses.getOrDefault(200, 0) + statuses.getOrDefault(409, 0), statuses.toString());
        assertEquals(1, count("notices", "audit_event where action = 'notice.issued' and resource_id = '" + notice + "'"));
        assertEquals(1, count("notices", "notice_document where notice_id = '" + notice + "'"));
        Eventually.await(java.time.Duration.ofSeconds(15), "the window", () -> count("representations",
                "representation_window where notice_id = '" + notice + "'") > 0);
        assertEquals(1, count("representations", "representation_window where notice_id = '" + notice + "'"));
        List<String> types = at(suite.cases.url(), grace).get("/cases/" + caseId + "/timeline?limit=200").path("items.type");
        assertEquals(2, types.stream().filter("STATUS_CHANGED"::equals).count(), "opened → investigating → notice of intent issued");
        at(suite.notices.url(), grace).get("/notices/" + notice).then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("ISSUED"));
        at(suite.cases.url(), grace).get("/cases/" + caseId).then().body("status", org.hamcrest.Matchers.equalTo("NOTICE_OF_INTENT_ISSUED"));
        at(suite.representations.url(), suite.machine("notice-service", "local-notice-service-secret"))
                .get("/internal/windows/" + notice).then().statusCode(200);
        assertChainsWhole();
    }

    @Test
    void fiftySubmissionsAtTheDeadlineAreAllRefusedAndNoneStored() throws Exception {
        String edgar = suite.organisation("edgar");
        Clocks.setLondon(suite, LocalDateTime.of(2026, 1, 5, 10, 0));
        String caseId = openCase("org-retailer");
        investigate(caseId);
        String notice = draftNoticeOfIntent(caseId);
        at(suite.notices.url(), suite.staff("grace")).header("Idempotency-Key", "race-deadline-" + notice)
                .post("/notices/" + notice + "/issue").then().statusCode(200);
        Eventually.windowOpen(suite, edgar, notice);
        String portal = suite.representations.url() + "/portal/notices/" + notice;
        Instant deadline = Instant.parse(at(suite.representations.url(), edgar).get("/portal/notices/" + notice).path("deadline"));
        int before = at(suite.representations.url(), edgar).get("/portal/notices/" + notice).path("representations.size()");

        // a minute's margin: the adjusted clock runs on, and a loaded machine took ~1 s between setting it and
        // the request (the exact boundary is the domain's unit tests' to show)
        Clocks.set(suite, deadline.minusSeconds(60));
        submit(edgar, notice, "Just in time").then().statusCode(201);
        Clocks.set(suite, deadline);
        Map<Integer, Integer> statuses = Together.statuses(together(i -> submission(portal + "/representations", edgar, "Too late " + i)));

        assertEquals(List.of(), statuses.keySet().stream().filter(s -> s < 400 || s >= 500).toList(), statuses.toString());
        Clocks.reset(suite);
        int after = at(suite.representations.url(), edgar).get("/portal/notices/" + notice).path("representations.size()");
        assertEquals(before + 1, after, "only the submission before the deadline is stored");
        assertChainsWhole();
    }

    @Test
    void repeatingARequestWithItsIdempotencyKeyDoesTheWorkOnce() throws Exception {
        String ada = suite.staff("ada");
        String body = Files.readString(suite.root.resolve("local/src/main/resources/demo/reference-case.json"));
        String key = "race-open-" + UUID.randomUUID();
        int casesBefore = count("cases", "investigation_case");

        List<Together.Answer> answers = together(i -> Together.json("POST", suite.cases.url() + "/cases", ada, body, "Idempotency-Key", key));
        Response again = at(suite.cases.url(), ada).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post("/cases");

        assertEquals(Map.of(201, CALLERS), Together.statuses(answers));
        assertEquals(casesBefore + 1, count("cases", "investigation_case"));
        assertEquals(1, answers.stream().map(a -> a.json().path("id").asText()).distinct().count());
        assertEquals(answers.get(0).json().path("id").asText(), again.path("id"));
        assertEquals("true", again.header("Idempotent-Replayed"));
        assertEquals(CALLERS - 1, answers.stream().filter(a -> "true".equals(a.header("Idempotent-Replayed"))).count());

        String caseId = again.path("id");
        String moveKey = "race-move-once-" + UUID.randomUUID();
        List<Together.Answer> moves = together(i -> Together.json("POST", suite.cases.url() + "/cases/" + caseId + "/transitions", ada,
                "{\"to\":\"INVESTIGATING\",\"reason\":\"Once\"}", "Idempotency-Key", moveKey));
        assertEquals(Map.of(200, CALLERS), Together.statuses(moves));

        assertChainsWhole();
    }

    /**
     * Fifty repeats of one issue with one key, three times over: every answer is the issued notice. (Found
     * by this suite: a repeat that read the notice before its first attempt recorded the decision then
     * found the case already moved, or the notice already issued, and answered 409.)
     */
    @Test
    void fiftyRepeatsOfOneIssueWithOneKeyAllGetTheIssuedNotice() throws Exception {
        String grace = suite.staff("grace"); // signed in before the race: sign-ins wait for fresh one-time codes
        for (int round = 1; round <= 3; round++) {
            String caseId = openCase("org-nhs-supplier");
            investigate(caseId);
            String notice = draftNoticeOfIntent(caseId);
            String key = "race-issue-once-" + UUID.randomUUID();

            List<Together.Answer> issues = together(i -> Together.json("POST", suite.notices.url() + "/notices/" + notice + "/issue",
                    grace, null, "Idempotency-Key", key));

            assertEquals(Map.of(200, CALLERS), Together.statuses(issues), "round " + round + ", refused with: "
                    + issues.stream().filter(a -> a.status() != 200).map(a -> a.response().body()).distinct().toList());
            assertEquals(1, count("notices", "audit_event where action = 'notice.issued' and resource_id = '" + notice + "'"));
        }
        assertChainsWhole();
    }

    /** The operations that take an Idempotency-Key are the ones above; a new one must join this test. */
    @Test
    void repeatingAnEnforcementStepsProgressOrFindingWithItsKeyRecordsItOnce() throws Exception {
        String betty = suite.organisation("betty");
        String ada = suite.staff("ada");
        EnforcementNoticeFixture notice = new EnforcementNoticeFixture(suite);
        String second = at(suite.notices.url(), ada).get("/notices/" + notice.noticeId).then().statusCode(200)
                .extract().path("enforcement.steps[1].id");
        String b = ApiCall.BOUNDARY;
        String progress = "--" + b + "\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nTraining booked\r\n--" + b
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"plan.pdf\"\r\nContent-Type: application/pdf\r\n\r\n"
                + "%PDF-1.7\n%%EOF\n\r\n--" + b + "--\r\n";
        String progressKey = "race-progress-" + UUID.randomUUID();

        List<Together.Answer> reports = together(i -> Together.request(suite.notices.url() + "/portal/issued-notices/" + notice.noticeId
                + "/steps/" + second + "/progress", betty).header("Idempotency-Key", progressKey)
                .header("Content-Type", ApiCall.contentTypeHeader("multipart/form-data"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(progress)).build());

        assertEquals(Map.of(201, CALLERS), Together.statuses(reports));
        assertEquals(1, count("notices", "enforcement_progress where step_id = '" + second + "'"));
        assertEquals(1, count("notices", "enforcement_evidence e join enforcement_progress p on p.id = e.progress_id "
                + "where p.step_id = '" + second + "'"));

        String etag = at(suite.notices.url(), ada).get("/notices/" + notice.noticeId).header("ETag");
        String findingKey = "race-finding-" + UUID.randomUUID();
        List<Together.Answer> findings = together(i -> Together.json("POST", suite.notices.url() + "/notices/" + notice.noticeId
                + "/steps/" + notice.stepId + "/compliance", ada, "{\"status\":\"COMPLIED\",\"note\":\"MFA seen on every account\"}",
                "Idempotency-Key", findingKey, "If-Match", etag));

        assertEquals(Map.of(200, CALLERS), Together.statuses(findings));
        assertEquals(1, count("notices", "audit_event where action = 'enforcement.step-decided' and resource_id = '"
                + notice.noticeId + "'"));
        assertChainsWhole();
    }

    @Test
    void repeatingAnUnpaidFeeUploadWithItsKeyCreatesTheBatchOnce() throws Exception {
        String grace = suite.staff("grace");
        String organisation = "org-race-" + UUID.randomUUID().toString().substring(0, 8);
        String start = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).minusMonths(2).withDayOfMonth(1).toString();
        StringBuilder csv = new StringBuilder(
                "organisation_id,organisation_name,reference,tier,charge_period_start,aggravated_amount,aggravation_reason\n");
        for (int row = 1; row <= 3; row++) {
            csv.append(organisation).append('-').append(row).append(",Race Trading ").append(row).append(" Ltd,ZR")
                    .append(100000 + row).append(',').append(row).append(',').append(start).append(",,\n");
        }
        String b = ApiCall.BOUNDARY;
        String upload = "--" + b + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"unpaid.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + b + "--\r\n";
        String key = "race-fees-" + UUID.randomUUID();
        int batchesBefore = count("notices", "fee_penalty_batch");

        List<Together.Answer> answers = together(i -> Together.request(suite.notices.url() + "/fee-penalties/batches", grace)
                .header("Idempotency-Key", key).header("Content-Type", ApiCall.contentTypeHeader("multipart/form-data"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(upload)).build());

        assertEquals(Map.of(201, CALLERS), Together.statuses(answers));
        assertEquals(1, answers.stream().map(a -> a.json().path("id").asText()).distinct().count());
        assertEquals(batchesBefore + 1, count("notices", "fee_penalty_batch"));
        assertEquals(3, count("notices", "fee_penalty where organisation_id like '" + organisation + "-%'"));
        assertChainsWhole();
    }

    @Test
    void repeatingANonComplianceRecordWithItsKeyRecordsItOnce() throws Exception {
        try {
            recordNonComplianceFiftyTimesWithOneKey();
        } finally {
            Clocks.reset(suite);
        }
        assertChainsWhole();
    }

    private static void recordNonComplianceFiftyTimesWithOneKey() throws Exception {
        ReferenceSteps r = new ReferenceSteps(suite);
        String caseId = r.openAndInvestigate(java.time.LocalDateTime.of(2024, 8, 1, 10, 0));
        Clocks.setLondon(suite, java.time.LocalDateTime.of(2024, 8, 7, 10, 0));
        String notice = at(suite.notices.url(), r.ada).contentType(ContentType.JSON)
                .body(NonCompliancePenaltyIT.informationNotice(caseId)).post("/notices").then().statusCode(201)
                .extract().path("id");
        at(suite.notices.url(), r.grace).header("Idempotency-Key", "issue-" + notice).post("/notices/" + notice + "/issue")
                .then().statusCode(200);
        Clocks.setLondon(suite, java.time.LocalDateTime.of(2024, 9, 10, 10, 0));
        String etag = at(suite.notices.url(), r.ada).get("/notices/" + notice).header("ETag");
        String key = "race-non-compliance-" + UUID.randomUUID();
        String body = "{\"failure\":\"The logs were not provided.\",\"periodEndedOn\":\"2024-09-05\","
                + "\"note\":\"Nothing received.\",\"noAppealPending\":true}";

        List<Together.Answer> answers = together(i -> Together.json("POST", suite.notices.url() + "/notices/" + notice
                + "/non-compliance", r.ada, body, "Idempotency-Key", key, "If-Match", etag));

        assertEquals(Map.of(201, CALLERS), Together.statuses(answers));
        assertEquals(1, count("notices", "audit_event where action = 'notice.non-compliance-recorded' and resource_id = '"
                + notice + "'"));
    }

    @Test
    void repeatingAnApplicationToVaryAnEnforcementNoticeWithItsKeyMakesItOnce() throws Exception {
        EnforcementNoticeFixture notice;
        try {
            // given 60 days ago: its appeal period is over, so an application may be made (DPA 2018 s.153(3)(a))
            Clocks.setLondon(suite, java.time.LocalDateTime.now(java.time.ZoneId.of("Europe/London")).minusDays(60));
            notice = new EnforcementNoticeFixture(suite);
        } finally {
            Clocks.reset(suite);
        }
        String key = "race-application-" + UUID.randomUUID();
        String url = suite.notices.url() + "/portal/issued-notices/" + notice.noticeId + "/variation-applications";
        String body = SecurityFixture.variationApplication(notice.stepId);
        List<Together.Answer> answers = together(i -> Together.json("POST", url, suite.organisation("betty"), body,
                "Idempotency-Key", key));

        assertEquals(Map.of(201, CALLERS), Together.statuses(answers));
        assertEquals(1, answers.stream().map(a -> a.json().path("id").asText()).distinct().count());
        assertEquals(1, count("notices", "enforcement_variation_application where notice_id = '" + notice.noticeId + "'"));
        assertChainsWhole();
    }

    @Test
    void everyOperationTakingAnIdempotencyKeyIsCoveredHere() throws Exception {
        List<String> taking = ApiOperations.of(suite).stream().filter(op -> op.headerParams().contains("Idempotency-Key"))
                .map(ApiOperations.Operation::key).sorted().toList();

        assertEquals(List.of("case-service POST /cases", "case-service POST /cases/{id}/transitions",
                "notice-service POST /fee-penalties/batches", "notice-service POST /notices/{id}/issue",
                "notice-service POST /notices/{id}/non-compliance",
                "notice-service POST /notices/{id}/steps/{stepId}/compliance",
                "notice-service POST /portal/issued-notices/{noticeId}/steps/{stepId}/progress",
                "notice-service POST /portal/issued-notices/{noticeId}/variation-applications"), taking);
    }

    private static Response submit(String token, String notice, String statement) {
        return at(suite.representations.url(), token).multiPart("statement", statement)
                .multiPart("files", "note.pdf", "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), "application/pdf")
                .post("/portal/notices/" + notice + "/representations");
    }

    private static java.net.http.HttpRequest submission(String url, String token, String statement) {
        String b = ApiCall.BOUNDARY;
        String body = "--" + b + "\r\nContent-Disposition: form-data; name=\"statement\"\r\n\r\n" + statement + "\r\n--" + b
                + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"note.pdf\"\r\nContent-Type: application/pdf\r\n\r\n"
                + "%PDF-1.7\n%%EOF\n\r\n--" + b + "--\r\n";
        return Together.request(url, token).header("Content-Type", ApiCall.contentTypeHeader("multipart/form-data"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String openCase(String organisation) throws Exception {
        String body = Files.readString(suite.root.resolve("local/src/main/resources/demo/reference-case.json"))
                .replace("org-nhs-supplier", organisation);
        return at(suite.cases.url(), suite.staff("ada")).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body).post("/cases").then().statusCode(201).extract().path("id");
    }

    private static void investigate(String caseId) throws Exception {
        at(suite.cases.url(), suite.staff("ada")).contentType(ContentType.JSON).header("Idempotency-Key", "race-start-" + caseId)
                .body("{\"to\":\"INVESTIGATING\",\"reason\":\"Race fixture\"}").post("/cases/" + caseId + "/transitions")
                .then().statusCode(200);
    }

    private static String draftNoticeOfIntent(String caseId) throws Exception {
        String notice = Files.readString(suite.root.resolve("local/src/main/resources/demo/reference-notice-of-intent.json"))
                .replace("${caseId}", caseId);
        return at(suite.notices.url(), suite.staff("ada")).contentType(ContentType.JSON).body(notice).post("/notices")
                .then().statusCode(201).extract().path("id");
    }

    private static void assertChainsWhole() throws Exception {
        String alan = suite.staff("alan");
        for (var s : List.of(suite.cases, suite.notices, suite.representations)) {
            Response v = at(s.url(), alan).get("/audit/verify");
            assertTrue(v.<Boolean>path("valid"), s.name() + " audit chain: " + v.asString());
        }
    }

    private static int count(String database, String table) throws Exception {
        try (var c = suite.database(database); var s = c.createStatement(); var rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The calls, built first, then sent together (see {@link Together}); they must have overlapped. */
    private static List<Together.Answer> together(RequestFor build) throws Exception {
        List<java.net.http.HttpRequest> requests = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
            requests.add(build.request(i));
        }
        List<Together.Answer> answers = Together.send(requests);
        Together.assertOverlapped(answers);
        return answers;
    }

    @FunctionalInterface
    private interface RequestFor {
        java.net.http.HttpRequest request(int i) throws Exception;
    }

    private static RequestSpecification at(String base, String token) {
        return given().baseUri(base).auth().oauth2(token);
    }
}
