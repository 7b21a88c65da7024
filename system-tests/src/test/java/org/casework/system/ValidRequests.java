package org.casework.system;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * For each documented operation that takes a body or a header, a request that the operation would
 * accept, aimed at a real resource of the fixture in a state where it can be done. The hostile
 * requests change one thing of it at a time, so the hostile value is what the service judges; none of
 * these is ever sent as it is. ETags are read once, before the requests are counted.
 */
final class ValidRequests {

    /** What an accepted request carries besides its path: its body (JSON, null for none) and headers. */
    record Template(String path, JsonNode body, Map<String, String> headers) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Template> templates = new HashMap<>();

    ValidRequests(Suite suite, SecurityFixture f) throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String openCaseTag = etag(suite.cases.url() + "/cases/" + f.openCaseId, suite.staff("ada"));
        String draftTag = etag(suite.notices.url() + "/notices/" + f.draftNoticeId, suite.staff("ada"));
        put("case-service POST /cases", "/cases", SecurityFixture.referenceCase(suite), key());
        put("case-service PATCH /cases/{id}", "/cases/" + f.openCaseId, """
                {"title":"Ransomware attack on a software supplier","summary":"Corrected after the first interview.",
                 "incident":{"peopleAffected":79404,"dataCategories":["health and care records"]}}""", Map.of("If-Match", openCaseTag));
        put("case-service POST /cases/{id}/findings", "/cases/" + f.caseId + "/findings",
                "{\"provision\":\"UK GDPR Art 5(1)(f)\",\"description\":\"Patch management was not comprehensive\"}", Map.of());
        put("case-service POST /cases/{id}/transitions", "/cases/" + f.openCaseId + "/transitions",
                "{\"to\":\"INVESTIGATING\",\"reason\":\"Breach report assessed\"}", key());
        put("case-service PUT /cases/{id}/assignee", "/cases/" + f.openCaseId + "/assignee",
                "{\"caseworker\":\"" + suite.subjectOf("ada") + "\"}", Map.of("If-Match", openCaseTag));
        put("notice-service POST /notices", "/notices", java.nio.file.Files.readString(suite.root.resolve(
                "local/src/main/resources/demo/reference-notice-of-intent.json")).replace("${caseId}", f.investigatingCaseId), Map.of());
        put("notice-service PATCH /notices/{id}", "/notices/" + f.draftNoticeId,
                "{\"reasons\":\"Revised reasons after legal review.\",\"representationDays\":28}", Map.of("If-Match", draftTag));
        put("notice-service POST /notices/{id}/issue", "/notices/" + f.draftNoticeId + "/issue", null, key());
        put("notice-service POST /notices/{id}/deadline-extension", "/notices/" + f.noticeId + "/deadline-extension",
                "{\"agreedUntil\":\"" + today.plusMonths(8) + "\",\"reason\":\"Agreed with the group's solicitors\","
                        + "\"agreedBy\":\"Jane Smith, General Counsel\",\"agreedOn\":\"" + today + "\","
                        + "\"evidence\":\"Letter ref ACS/ICO/12\"}", Map.of());
        put("notice-service POST /notices/{id}/settlement", "/notices/" + f.draftPenaltyId + "/settlement",
                "{\"stage\":\"AFTER_REPRESENTATIONS\",\"discountPercent\":\"20\",\"appealWaived\":true}", Map.of());
        put("notice-service POST /notices/{id}/withdraw", "/notices/" + f.noticeId + "/withdraw",
                "{\"reason\":\"Withdrawn after review of the evidence\"}", Map.of());
        put("notice-service PUT /notices/{id}/publication", "/notices/" + f.noticeId + "/publication",
                "{\"publish\":false,\"withheldReason\":\"A criminal investigation is under way\"}", Map.of());
        put("notice-service POST /penalty-calculations", "/penalty-calculations", JSON.readTree(java.nio.file.Files.readString(
                suite.root.resolve("local/src/main/resources/demo/reference-notice-of-intent.json"))).get("calculation").toString(), Map.of());
        put("representation-service PUT /internal/windows/{noticeId}", "/internal/windows/" + UUID.randomUUID(),
                "{\"caseId\":\"" + f.caseId + "\",\"organisationId\":\"org-nhs-supplier\",\"dueOn\":\"" + today.plusDays(30)
                        + "\",\"reference\":\"NOI-2026-999999\"}", Map.of());
        put("representation-service POST /portal/notices/{noticeId}/extension-requests",
                "/portal/notices/" + f.noticeId + "/extension-requests",
                "{\"until\":\"" + today.plusDays(50) + "\",\"reason\":\"Our auditors report later\"}", Map.of());
        put("representation-service POST /portal/notices/{noticeId}/hearing-requests", "/portal/notices/" + f.noticeId + "/hearing-requests",
                "{\"reason\":\"We ask to be heard in person\"}", Map.of());
        put("representation-service POST /extension-requests/{id}/decision", "/extension-requests/" + f.extensionId + "/decision",
                "{\"granted\":true,\"until\":\"" + today.plusDays(60) + "\",\"reason\":\"Agreed: the auditors need the time\"}", Map.of());
        put("representation-service POST /representations/{id}/consideration", "/representations/" + f.representationId
                + "/consideration", "{\"note\":\"Cooperation with the NCSC taken into account\"}", Map.of());
        afterPenalty(suite, f, today);
    }

    /** The operations after a penalty notice (hearings, appeals, variation, cancellation, payment, recovery), each on its resource. */
    private void afterPenalty(Suite suite, SecurityFixture f, LocalDate today) throws Exception {
        EnforcementFixture e = f.enforcement;
        String penaltyTag = etag(suite.notices.url() + "/notices/" + e.penaltyId, suite.staff("grace"));
        put("representation-service POST /hearing-requests/{id}/decision", "/hearing-requests/" + f.hearingId + "/decision",
                "{\"granted\":true,\"heldAt\":\"" + today.plusDays(14) + "T10:00\",\"place\":\"Wycliffe House, Wilmslow\","
                        + "\"attendees\":[\"Grace Hopper, decision-maker\",\"Jane Smith, General Counsel\"],"
                        + "\"reason\":\"The organisation asked in time\"}", Map.of());
        // multipart: its hostile requests are made from the path alone (HostileRequests)
        put("representation-service POST /hearing-requests/{id}/record", "/hearing-requests/" + e.grantedHearingId + "/record", null,
                Map.of());
        put("notice-service POST /notices/{id}/appeals", "/notices/" + e.penaltyId + "/appeals", "{\"lodgedOn\":\"" + today
                + "\",\"tribunalReference\":\"EA/2026/0042\",\"grounds\":\"The penalty is disproportionate\","
                + "\"lateAppealAdmitted\":false}", Map.of());
        put("notice-service POST /appeals/{id}/documents", "/appeals/" + e.appealId + "/documents", null, Map.of());
        EnforcementNoticeFixture en = e.enforcementNotice;
        Map<String, String> findingHeaders = new HashMap<>(key());
        findingHeaders.put("If-Match", etag(suite.notices.url() + "/notices/" + en.noticeId, suite.staff("grace")));
        put("notice-service POST /notices/{id}/steps/{stepId}/compliance", "/notices/" + en.noticeId + "/steps/" + en.stepId
                + "/compliance", "{\"status\":\"COMPLIED\",\"note\":\"MFA seen on every account\"}", findingHeaders);
        // no fixture notice can be past an information notice's compliance day (30 days at least, real time), so the
        // request is aimed at the enforcement notice: well formed, it is refused for the notice's type, never accepted
        put("notice-service POST /notices/{id}/non-compliance", "/notices/" + en.noticeId + "/non-compliance",
                "{\"failure\":\"The logs were not provided\",\"periodEndedOn\":\"" + today.minusDays(1)
                        + "\",\"note\":\"Nothing received\",\"noAppealPending\":true}", findingHeaders);
        // multipart: its hostile requests are made from the path alone (HostileRequests)
        put("notice-service POST /portal/issued-notices/{noticeId}/steps/{stepId}/progress", "/portal/issued-notices/" + en.noticeId
                + "/steps/" + en.stepId + "/progress", null, key());
        put("notice-service POST /appeals/{id}/outcome", "/appeals/" + e.appealId + "/outcome", "{\"outcome\":\"DISMISSED\","
                + "\"decidedOn\":\"" + today + "\",\"note\":\"The Tribunal dismissed the appeal\"}", Map.of());
        put("notice-service POST /appeals/{id}/onward-appeal", "/appeals/" + e.decidedAppealId + "/onward-appeal", "{\"lodgedOn\":\""
                + today + "\",\"court\":\"UPPER_TRIBUNAL\",\"reference\":\"UA-2026-000042-GIA\",\"note\":\"Permission sought\"}",
                Map.of());
        put("notice-service POST /appeals/{id}/onward-appeal/outcome", "/appeals/" + e.onwardAppealId + "/onward-appeal/outcome",
                "{\"decidedOn\":\"" + today + "\",\"note\":\"Permission refused\"}", Map.of());
        put("notice-service POST /notices/{id}/variation", "/notices/" + e.penaltyId + "/variation", "{\"amount\":"
                + ReferenceSteps.money("3000000.00") + ",\"reasons\":\"Reduced for the organisation's financial position\"}",
                Map.of("If-Match", penaltyTag));
        put("notice-service POST /notices/{id}/cancellation", "/notices/" + e.penaltyId + "/cancellation",
                "{\"reasons\":\"New evidence shows the failure was not the organisation's\"}", Map.of("If-Match", penaltyTag));
        put("notice-service POST /notices/{id}/payments", "/notices/" + e.penaltyId + "/payments", "{\"amount\":"
                + ReferenceSteps.money("100.00") + ",\"receivedOn\":\"" + today + "\",\"reference\":\"SEC-" + UUID.randomUUID()
                + "\"}", Map.of());
        // two instalments summing exactly to what is outstanding now
        java.math.BigDecimal balance = new java.math.BigDecimal(io.restassured.RestAssured.given().auth().oauth2(suite.staff("alan"))
                .get(suite.notices.url() + "/notices/" + e.penaltyId + "/account").then().statusCode(200).extract()
                .<String>path("balance.amount"));
        java.math.BigDecimal first = balance.divide(java.math.BigDecimal.valueOf(2), 2, java.math.RoundingMode.DOWN);
        put("notice-service PUT /notices/{id}/instalment-plan", "/notices/" + e.penaltyId + "/instalment-plan",
                "{\"instalments\":[{\"dueOn\":\"" + today.plusDays(30) + "\",\"amount\":" + ReferenceSteps.money(first.toPlainString())
                        + "},{\"dueOn\":\"" + today.plusDays(60) + "\",\"amount\":"
                        + ReferenceSteps.money(balance.subtract(first).toPlainString()) + "}],\"agreedOn\":\"" + today
                        + "\",\"reason\":\"Cash flow\"}", Map.of());
        put("notice-service POST /notices/{id}/recovery", "/notices/" + e.overduePenaltyId + "/recovery", "{\"referredOn\":\"" + today
                + "\",\"note\":\"Unpaid after both periods\"}", Map.of());
    }

    /** The template of an operation, or null where it takes neither a body nor a header. */
    Template of(ApiOperations.Operation op) {
        return templates.get(op.key());
    }

    private void put(String key, String path, String body, Map<String, String> headers) throws Exception {
        templates.put(key, new Template(path, body == null ? null : JSON.readTree(body), headers));
    }

    /** A fresh key for each request made from the template (see HostileRequests). */
    private static Map<String, String> key() {
        return Map.of("Idempotency-Key", "fresh");
    }

    private static String etag(String url, String token) throws Exception {
        String tag = io.restassured.RestAssured.given().auth().oauth2(token).get(url).then().statusCode(200).extract().header("ETag");
        if (tag == null) {
            throw new IllegalStateException(url + " has no ETag");
        }
        return tag;
    }
}
