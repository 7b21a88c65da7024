package org.casework.system;

import static org.casework.system.ReferenceSteps.at;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * An enforcement notice (DPA 2018 s.149) with two steps, each with its compliance date (s.150(4)), tracked through
 * the packaged services: the organisation reports progress on step 1 with a PDF through the portal, the caseworker
 * sees the evidence with the SHA-256 of the bytes sent and finds step 1 complied with; step 2's date passes with
 * nothing done, the dashboard's compliance dates show it missed, and the caseworker finds it not complied with
 * (only once its date has ended). Another organisation learns nothing (404). Every write and detail read is audited.
 * Dates are London calendar dates on the services' moved clocks.
 */
class EnforcementComplianceIT {

    /**
     * The portal's notice paths in notice-service, kept in one place: they may move (e.g. to /portal/issued-notices/).
     */
    private static final String PORTAL_NOTICES = "/portal/issued-notices/";

    private static Suite suite;

    @BeforeAll
    static void start() throws Exception {
        suite = Suite.get();
    }

    @AfterAll
    static void resetClocks() {
        Clocks.reset(suite);
    }

    /** The portal path of a step's progress reports. */
    static String portalProgress(String noticeId, String stepId) {
        return PORTAL_NOTICES + noticeId + "/steps/" + stepId + "/progress";
    }

    /** The portal path of a notice's steps. */
    static String portalSteps(String noticeId) {
        return PORTAL_NOTICES + noticeId + "/steps";
    }

    @Test
    void oneStepCompliedWithOnEvidenceFromThePortalAndOneMissed() throws Exception {
        ReferenceSteps r = new ReferenceSteps(suite);
        String edgar = suite.organisation("edgar");

        // given on Mon 2 Feb 2026: an appeal lies until 2 March (s.162, GRC Rules r.22), so the steps fall due after it (s.150(6))
        Clocks.setLondon(suite, LocalDateTime.of(2026, 2, 2, 10, 0));
        String caseId = SecurityFixture.openCase(suite);
        SecurityFixture.investigate(suite, caseId);
        String notice = at(r.notices, r.ada).contentType(ContentType.JSON).body("""
                {"caseId":"%s","type":"ENFORCEMENT_NOTICE",
                 "recipients":[{"name":"Advanced Computer Software Group Limited","companyNumber":"05965280"}],
                 "reasons":"No multi-factor authentication on a customer remote-access account (UK GDPR Art 32(1)).",
                 "publicSummary":"Enforcement notice requiring MFA on remote access and training.",
                 "enforcement":{"failures":"Failing to secure remote access to health and care systems.",
                   "steps":[{"text":"Put MFA on every remote-access account.","complianceDate":"2026-03-31"},
                            {"text":"Train every engineer with remote access.","complianceDate":"2026-04-15"}]}}"""
                .formatted(caseId)).post("/notices").then().statusCode(201).extract().path("id");
        at(r.notices, r.grace).header("Idempotency-Key", "e2e-enforcement-issue-" + notice).post("/notices/" + notice + "/issue")
                .then().statusCode(200).body("status", equalTo("ISSUED"));
        Response issued = at(r.notices, r.ada).get("/notices/" + notice);
        issued.then().statusCode(200).body("enforcement.steps.status", contains("PENDING", "PENDING"));
        String step1 = issued.path("enforcement.steps[0].id");
        String step2 = issued.path("enforcement.steps[1].id");

        // 20 March 2026: betty reports step 1 done, with a PDF; edgar (another organisation) gets 404 for the same path
        Clocks.setLondon(suite, LocalDateTime.of(2026, 3, 20, 11, 0));
        byte[] pdf = Pdf.onePage("Remote access: MFA enforced on all 214 accounts, 18 March 2026");
        String sha = sha256(pdf);
        at(r.notices, edgar).header("Idempotency-Key", UUID.randomUUID().toString()).multiPart("text", "MFA is on")
                .multiPart("file", "mfa.pdf", pdf, "application/pdf").post(portalProgress(notice, step1)).then().statusCode(404);
        at(r.notices, edgar).get(portalSteps(notice)).then().statusCode(404);
        // evidence that is not a PDF, PNG or JPEG is refused and nothing is stored
        at(r.notices, r.betty).header("Idempotency-Key", UUID.randomUUID().toString()).multiPart("text", "MFA is on")
                .multiPart("file", "mfa.pdf", "MZ\u0090 not a document".getBytes(StandardCharsets.ISO_8859_1), "application/pdf")
                .post(portalProgress(notice, step1)).then().statusCode(422).contentType("application/problem+json");
        Response reported = at(r.notices, r.betty).header("Idempotency-Key", "e2e-progress-" + step1)
                .multiPart("text", "MFA is enforced on every remote-access account; the configuration export is attached.")
                .multiPart("file", "mfa-configuration.pdf", pdf, "application/pdf").post(portalProgress(notice, step1));
        reported.then().statusCode(201)
                .body("progress", hasSize(1))
                .body("progress[0].reportedBy", nullValue())
                .body("progress[0].evidence[0].sha256", equalTo(sha))
                .body("progress[0].evidence[0].size", equalTo(pdf.length));

        // 23 March 2026: ada sees the evidence, its SHA-256 that of the bytes sent, and finds step 1 complied with
        Clocks.setLondon(suite, LocalDateTime.of(2026, 3, 23, 10, 0));
        Response steps = at(r.notices, r.ada).get("/notices/" + notice + "/steps");
        steps.then().statusCode(200)
                .body("status", contains("PENDING", "PENDING"))
                .body("[0].progress", hasSize(1))
                .body("[0].progress[0].reportedBy", equalTo(suite.subjectOf("betty")))
                .body("[0].progress[0].evidence[0].sha256", equalTo(sha))
                .body("[1].progress", hasSize(0));
        String evidence = steps.path("[0].progress[0].evidence[0].id");
        Response file = at(r.notices, r.ada).get("/notices/" + notice + "/steps/" + step1 + "/evidence/" + evidence);
        file.then().statusCode(200).header("Digest", equalTo("sha-256=" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha))));
        assertArrayEquals(pdf, file.asByteArray());
        assertEquals(sha, sha256(file.asByteArray()));

        decide(r, notice, step1, "COMPLIED", "The configuration export shows MFA on every remote-access account")
                .then().statusCode(200).body("enforcement.steps.status", contains("COMPLIED", "PENDING"));
        // s.150(4): step 2 may be taken until the end of 15 April, so it cannot be found not complied with before then
        decide(r, notice, step2, "NOT_COMPLIED", "Nothing reported").then().statusCode(422)
                .body("type", endsWith("step-not-yet-due"));
        at(r.notices, r.ada).queryParam("days", 60).get("/compliance-dates").then().statusCode(200)
                .body("items.stepId", hasItem(step2))
                .body("items.stepId", not(hasItem(step1)))
                .body("items.find { it.stepId == '" + step2 + "' }.missed", equalTo(false));

        // 16 April 2026: step 2's day has ended with nothing reported: missed, on the dashboard and in the portal
        Clocks.setLondon(suite, LocalDateTime.of(2026, 4, 16, 10, 0));
        Response dates = at(r.notices, r.ada).queryParam("days", 60).get("/compliance-dates");
        dates.then().statusCode(200)
                .body("today", equalTo("2026-04-16"))
                .body("items.find { it.stepId == '" + step2 + "' }.missed", equalTo(true))
                .body("items.find { it.stepId == '" + step2 + "' }.noticeId", equalTo(notice))
                .body("items.find { it.stepId == '" + step2 + "' }.complianceDate", equalTo("2026-04-15"));
        long missedBefore = ((Number) dates.path("missed")).longValue();
        List<Boolean> missedFlags = dates.path("items.missed");
        assertEquals(missedFlags.stream().filter(Boolean::booleanValue).count(), missedBefore, "the dashboard's count is its list's");
        at(r.notices, r.betty).get(portalSteps(notice)).then().statusCode(200)
                .body("status", contains("COMPLIED", "PENDING"))
                .body("missed", contains(false, true))
                .body("note", contains(nullValue(), nullValue()))
                .body("decidedBy", contains(nullValue(), nullValue()));

        decide(r, notice, step2, "NOT_COMPLIED", "No training records by the end of 15 April 2026")
                .then().statusCode(200).body("enforcement.steps.status", contains("COMPLIED", "NOT_COMPLIED"));
        // a finding is made once (s.150(4))
        decide(r, notice, step2, "COMPLIED", "Late training").then().statusCode(409).body("type", endsWith("step-decided"));
        at(r.notices, r.alan).get("/notices/" + notice + "/steps").then().statusCode(200)
                .body("status", contains("COMPLIED", "NOT_COMPLIED"))
                .body("decidedBy", contains(suite.subjectOf("ada"), suite.subjectOf("ada")))
                .body("[1].note", containsString("No training records"));
        // decided, the step leaves the dashboard's pending dates: the missed count drops by it
        Response after = at(r.notices, r.ada).queryParam("days", 60).get("/compliance-dates");
        after.then().statusCode(200).body("items.stepId", not(hasItem(step2)));
        assertEquals(missedBefore - 1, ((Number) after.path("missed")).longValue());

        r.assertAuditChainsValid();
        r.awaitAudited(r.notices, List.of(notice), "notice.issued", "enforcement.progress-reported", "enforcement.steps-read",
                "enforcement.evidence-read", "enforcement.steps-portal-read", "enforcement.step-decided");
        assertAuditDetails(r, notice, step1, step2, sha);
    }

    /** The entries name what they are about: the evidence's SHA-256, each step's finding. */
    private static void assertAuditDetails(ReferenceSteps r, String notice, String step1, String step2, String sha) {
        List<java.util.Map<String, Object>> mine = new ArrayList<>();
        String next = null;
        do {
            var page = at(r.notices, r.alan).queryParam("limit", 200);
            Response events = (next == null ? page : page.queryParam("after", next)).get("/audit/events");
            events.then().statusCode(200);
            List<java.util.Map<String, Object>> items = events.path("items");
            items.stream().filter(e -> notice.equals(e.get("resourceId"))).forEach(mine::add);
            next = events.path("next");
        } while (next != null);
        List<String> decided = mine.stream().filter(e -> "enforcement.step-decided".equals(e.get("action")))
                .map(e -> ((java.util.Map<?, ?>) e.get("details")).get("stepId") + "=" + ((java.util.Map<?, ?>) e.get("details")).get("status"))
                .toList();
        assertEquals(List.of(step1 + "=COMPLIED", step2 + "=NOT_COMPLIED"), decided, "one entry per finding, refusals none");
        List<String> reportedFiles = mine.stream().filter(e -> "enforcement.progress-reported".equals(e.get("action")))
                .map(e -> String.valueOf(((java.util.Map<?, ?>) e.get("details")).get("evidenceSha256"))).toList();
        assertEquals(List.of(sha), reportedFiles, "one report, the refused one not");
        assertTrue(mine.stream().anyMatch(e -> "enforcement.steps-portal-read".equals(e.get("action"))));
    }

    private static Response decide(ReferenceSteps r, String notice, String step, String status, String note) {
        String etag = at(r.notices, r.ada).get("/notices/" + notice).then().statusCode(200).extract().header("ETag");
        return at(r.notices, r.ada).contentType(ContentType.JSON).header("If-Match", etag)
                .header("Idempotency-Key", "e2e-finding-" + UUID.randomUUID())
                .body("{\"status\":\"" + status + "\",\"note\":\"" + note + "\"}")
                .post("/notices/" + notice + "/steps/" + step + "/compliance");
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** A small real PDF (one page of text, a correct cross-reference table), as a reader would open it. */
    static final class Pdf {

        private Pdf() {
        }

        static byte[] onePage(String line) {
            String text = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
            String stream = "BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET";
            String[] objects = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream" };
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            List<Integer> offsets = new ArrayList<>();
            write(out, "%PDF-1.4\n");
            for (int i = 0; i < objects.length; i++) {
                offsets.add(out.size());
                write(out, (i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n");
            }
            int xref = out.size();
            StringBuilder table = new StringBuilder("xref\n0 " + (objects.length + 1) + "\n0000000000 65535 f \n");
            offsets.forEach(o -> table.append(String.format("%010d 00000 n \n", o)));
            table.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                    .append("\n%%EOF\n");
            write(out, table.toString());
            return out.toByteArray();
        }

        private static void write(ByteArrayOutputStream out, String s) {
            out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
        }
    }
}
