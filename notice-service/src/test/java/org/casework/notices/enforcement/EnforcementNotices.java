package org.casework.notices.enforcement;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.casework.notices.DownstreamStubs;
import org.casework.notices.NoticeApi;
import org.casework.testing.TestClock;
import org.casework.testing.Tokens;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Enforcement notices for the tests: drafted and given on Fri 31 Jan 2025 (London), when the appeal period ends on
 * Fri 28 Feb 2025 and the first date a step may fall due is Sat 1 Mar 2025 (DPA 2018 s.150(6)).
 */
final class EnforcementNotices {

    static final LocalDate GIVEN_ON = LocalDate.of(2025, 1, 31);
    static final String ORGANISATION = "org-nhs-supplier";
    static final byte[] PDF = "%PDF-1.4\n% MFA rollout report\n".getBytes();
    static final String[] TABLES = { "notice", "enforcement_step", "enforcement_progress", "enforcement_evidence",
            "audit_event", "idempotency_record" };

    private EnforcementNotices() {
    }

    static String draftBody(UUID caseId, String steps) {
        return """
                {"caseId":"%s","type":"ENFORCEMENT_NOTICE",
                 "recipients":[{"name":"Advanced Computer Software Group Limited","companyNumber":"05965280"}],
                 "reasons":"Remote access to health and care systems was not protected by multi-factor authentication.",
                 "publicSummary":"Enforcement notice requiring MFA on remote access to health and care systems.",
                 "enforcement":{"failures":"Failing to use appropriate technical measures (UK GDPR Art 32(1)).",
                   "steps":%s}}
                """.formatted(caseId, steps);
    }

    static String twoSteps(String first, String second) {
        return "[{\"text\":\"Put MFA on every remote-access account.\",\"complianceDate\":\"" + first + "\"},"
                + "{\"text\":\"Train every engineer with remote access.\",\"complianceDate\":\"" + second + "\"}]";
    }

    /** A draft on a case under investigation, on 31 Jan 2025; the clock stays there. */
    static UUID drafted(TestClock clock, UUID caseId, String steps) {
        clock.setLondon(GIVEN_ON.atTime(10, 0));
        DownstreamStubs.caseIs(caseId, "INVESTIGATING", "caseworker-ada");
        DownstreamStubs.transitionsSucceed(caseId, "DECIDED");
        return NoticeApi.drafted(draftBody(caseId, steps));
    }

    /** Given 31 Jan 2025 with steps due 3 Mar and 10 Mar 2025; the clock stays on 31 Jan. */
    static UUID issued(TestClock clock) {
        UUID caseId = UUID.randomUUID();
        UUID id = drafted(clock, caseId, twoSteps("2025-03-03", "2025-03-10"));
        NoticeApi.issue(id).then().statusCode(200);
        DownstreamStubs.caseIs(caseId, "DECIDED", "caseworker-ada");
        return id;
    }

    static List<String> stepIds(UUID noticeId) {
        return NoticeApi.read(noticeId).then().statusCode(200).extract().path("enforcement.steps.id");
    }

    static String etag(UUID noticeId) {
        return NoticeApi.read(noticeId).then().statusCode(200).extract().header("ETag");
    }

    static Response decide(String token, UUID noticeId, String stepId, String ifMatch, String key, String body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.post("/notices/" + noticeId + "/steps/" + stepId + "/compliance");
    }

    static Response progress(String token, UUID noticeId, String stepId, String key, String text, byte[] file) {
        var request = given().auth().oauth2(token);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        if (text != null) {
            request = request.multiPart("text", text);
        }
        if (file != null) {
            request = request.multiPart("file", "evidence.pdf", file, "application/pdf");
        }
        return request.post("/portal/issued-notices/" + noticeId + "/steps/" + stepId + "/progress");
    }

    static Response portalSteps(String token, UUID noticeId) {
        return given().auth().oauth2(token).get("/portal/issued-notices/" + noticeId + "/steps");
    }

    static LocalDateTime on(String date) {
        return LocalDate.parse(date).atTime(10, 0);
    }
}
