package org.casework.system;

import static org.casework.system.SecurityFixture.at;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import io.restassured.http.ContentType;

/**
 * An enforcement notice (DPA 2018 s.149-150) given today on a case of its own, with two steps due in 60 and 90 days,
 * and a progress report with a PDF the organisation (betty) sent on the first step: the ids its operations need.
 */
final class EnforcementNoticeFixture {

    final String noticeId;
    final String stepId;
    final String evidenceId;

    EnforcementNoticeFixture(Suite suite) throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String caseId = SecurityFixture.openCase(suite);
        SecurityFixture.investigate(suite, caseId);
        noticeId = at(suite.notices.url(), suite.staff("ada")).contentType(ContentType.JSON).body("""
                {"caseId":"%s","type":"ENFORCEMENT_NOTICE",
                 "recipients":[{"name":"Advanced Computer Software Group Limited","companyNumber":"05965280"}],
                 "reasons":"No multi-factor authentication on a customer remote-access account (UK GDPR Art 32(1)).",
                 "publicSummary":"Enforcement notice requiring MFA on remote access.",
                 "enforcement":{"failures":"Failing to secure remote access to health and care systems.",
                   "steps":[{"text":"Put MFA on every remote-access account.","complianceDate":"%s"},
                            {"text":"Train every engineer with remote access.","complianceDate":"%s"}]}}"""
                .formatted(caseId, today.plusDays(60), today.plusDays(90)))
                .post("/notices").then().statusCode(201).extract().path("id");
        at(suite.notices.url(), suite.staff("grace")).header("Idempotency-Key", "enforcement-notice-issue-" + noticeId)
                .post("/notices/" + noticeId + "/issue").then().statusCode(200);
        stepId = at(suite.notices.url(), suite.staff("ada")).get("/notices/" + noticeId).then().statusCode(200)
                .extract().path("enforcement.steps[0].id");
        evidenceId = at(suite.notices.url(), suite.organisation("betty")).header("Idempotency-Key", UUID.randomUUID().toString())
                .multiPart("text", "MFA is on for every account")
                .multiPart("file", "mfa.pdf", "%PDF-1.7\n% mfa\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), "application/pdf")
                .post("/portal/issued-notices/" + noticeId + "/steps/" + stepId + "/progress").then().statusCode(201)
                .extract().path("progress[0].evidence[0].id");
    }

    /** The operation's path filled with this notice's ids, or null where it is not one of its step or s.153 operations. */
    String fill(ApiOperations.Operation op) {
        String p = op.path();
        if (!op.service().equals("notice-service") || !(p.contains("/steps") || p.contains("/variation-applications"))) {
            return null;
        }
        // no application can exist yet (one is made only after the appeal period, DPA 2018 s.153(3)(a)): a decision
        // is aimed at an unknown one, which the incomplete body is refused before
        return p.replace("{id}", noticeId).replace("{noticeId}", noticeId).replace("{stepId}", stepId)
                .replace("{evidenceId}", evidenceId).replace("{appId}", UUID.randomUUID().toString());
    }
}
