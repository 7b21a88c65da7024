package org.casework.notices.rest;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.casework.notices.DownstreamStubs;
import org.casework.notices.NoticeApi;
import org.casework.testing.Tokens;

/** Issued enforcement notices for the role matrix, given today (London) with steps due in 60 and 90 days. */
final class EnforcementFixtures {

    static final byte[] PDF = "%PDF-1.4\n% evidence of MFA\n".getBytes();

    private EnforcementFixtures() {
    }

    static UUID issued() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        UUID caseId = UUID.randomUUID();
        DownstreamStubs.caseIs(caseId, "INVESTIGATING", "caseworker-ada");
        DownstreamStubs.transitionsSucceed(caseId, "DECIDED");
        UUID id = NoticeApi.drafted("""
                {"caseId":"%s","type":"ENFORCEMENT_NOTICE",
                 "recipients":[{"name":"Advanced Computer Software Group Limited","companyNumber":"05965280"}],
                 "reasons":"No multi-factor authentication on remote access.",
                 "publicSummary":"Enforcement notice on remote access.",
                 "enforcement":{"failures":"Failing to secure remote access (UK GDPR Art 32(1)).",
                   "steps":[{"text":"Put MFA on every account.","complianceDate":"%s"},
                            {"text":"Train the engineers.","complianceDate":"%s"}]}}
                """.formatted(caseId, today.plusDays(60), today.plusDays(90)));
        NoticeApi.issue(id).then().statusCode(200);
        return id;
    }

    /** "{noticeId}/steps/{stepId}" of the first step of a newly issued notice. */
    static String step() {
        UUID id = issued();
        return id + "/steps/" + NoticeApi.read(id).then().extract().path("enforcement.steps[0].id");
    }

    /** "{noticeId}/steps/{stepId}/evidence/{evidenceId}" of a PDF the organisation sent. */
    static String evidence() {
        String step = step();
        String evidenceId = given().auth().oauth2(Tokens.orgRepresentative("org-nhs-supplier"))
                .header("Idempotency-Key", UUID.randomUUID().toString()).multiPart("text", "MFA is on")
                .multiPart("file", "mfa.pdf", PDF, "application/pdf").post("/portal/issued-notices/" + step + "/progress")
                .then().statusCode(201).extract().path("progress[0].evidence[0].id");
        return step + "/evidence/" + evidenceId;
    }
}
