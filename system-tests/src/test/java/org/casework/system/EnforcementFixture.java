package org.casework.system;

import static org.casework.system.SecurityFixture.at;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import io.restassured.http.ContentType;

/**
 * The part of the security suite's data after a penalty notice, owned by org-nhs-supplier like the rest: for
 * each new operation a resource in a state where a valid request to it would be accepted (ValidRequests), and
 * one to read for each new read. Penalty notices need their notice of intent's period to have ended, so the
 * cases are opened 60 days back on the services' clocks; the clocks are reset when this is made.
 * <ul>
 * <li>{@link #penaltyId} (A): issued 10 days ago, nothing since: appeals, payments, variation, cancellation, plan.</li>
 * <li>{@link #appealedPenaltyId} (B): issued 10 days ago, appealed the day after ({@link #appealId}, pending,
 * with {@link #appealDocumentId}).</li>
 * <li>{@link #overduePenaltyId} (C): issued 38 days ago, varied down the next day ({@link #variationId}), a
 * late appeal admitted and dismissed ({@link #decidedAppealId}): both periods over, unpaid, recovery possible.</li>
 * <li>{@link #onwardAppealId}: an appeal on D dismissed, then appealed onward (pending).</li>
 * <li>Hearing requests on the fixture's notice of intent: one granted for a time now past
 * ({@link #grantedHearingId}), one held and recorded with a PDF ({@link #heldHearingId}, {@link #hearingDocumentId}).</li>
 * </ul>
 */
final class EnforcementFixture {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    final String penaltyId;
    final String appealedPenaltyId;
    final String appealId;
    final String appealDocumentId;
    final String overduePenaltyId;
    final String variationId;
    final String decidedAppealId;
    final String onwardAppealId;
    final String grantedHearingId;
    final String heldHearingId;
    final String hearingDocumentId;

    private final Suite suite;
    final EnforcementNoticeFixture enforcementNotice;

    EnforcementFixture(Suite suite, String noticeOfIntentId) throws Exception {
        this.suite = suite;
        LocalDate today = LocalDate.now(LONDON);
        String[] cases = new String[4];
        Clocks.setLondon(suite, today.minusDays(60).atTime(10, 0));
        for (int i = 0; i < cases.length; i++) {
            cases[i] = SecurityFixture.openCase(suite);
            SecurityFixture.investigate(suite, cases[i]);
            String noi = SecurityFixture.draft(suite, cases[i], "reference-notice-of-intent.json");
            at(suite.notices.url(), suite.staff("grace")).header("Idempotency-Key", "enforcement-issue-" + noi)
                    .post("/notices/" + noi + "/issue").then().statusCode(200);
            Eventually.windowOpen(suite, suite.organisation("betty"), noi);
        }
        Clocks.setLondon(suite, today.minusDays(38).atTime(10, 0));
        overduePenaltyId = issuePenalty(cases[2]);
        String onwardPenalty = issuePenalty(cases[3]);
        Clocks.setLondon(suite, today.minusDays(37).atTime(10, 0));
        at(suite.notices.url(), suite.staff("grace")).contentType(ContentType.JSON).header("If-Match", etag(overduePenaltyId))
                .body("{\"amount\":" + ReferenceSteps.money("3000000.00") + ",\"reasons\":\"Reduced for the security suite\"}")
                .post("/notices/" + overduePenaltyId + "/variation").then().statusCode(org.hamcrest.Matchers.lessThan(300));
        variationId = at(suite.notices.url(), suite.staff("ada")).get("/notices/" + overduePenaltyId).then().statusCode(200)
                .extract().path("variations[0].id");
        onwardAppealId = appeal(onwardPenalty, today.minusDays(37), false);
        Clocks.setLondon(suite, today.minusDays(30).atTime(10, 0));
        dismiss(onwardAppealId, today.minusDays(30));
        Clocks.setLondon(suite, today.minusDays(29).atTime(10, 0));
        at(suite.notices.url(), suite.staff("ada")).contentType(ContentType.JSON)
                .body("{\"lodgedOn\":\"" + today.minusDays(29) + "\",\"court\":\"UPPER_TRIBUNAL\",\"reference\":\"UA-2026-000001-GIA\","
                        + "\"note\":\"Permission to appeal sought\"}")
                .post("/appeals/" + onwardAppealId + "/onward-appeal").then().statusCode(org.hamcrest.Matchers.lessThan(300));

        Clocks.setLondon(suite, today.minusDays(10).atTime(10, 0));
        penaltyId = issuePenalty(cases[0]);
        appealedPenaltyId = issuePenalty(cases[1]);
        Clocks.setLondon(suite, today.minusDays(9).atTime(10, 0));
        appealId = appeal(appealedPenaltyId, today.minusDays(9), false);
        appealDocumentId = at(suite.notices.url(), suite.staff("ada"))
                .multiPart("file", "grounds.pdf", "%PDF-1.7\n% grounds\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), "application/pdf")
                .post("/appeals/" + appealId + "/documents").then().statusCode(201).extract().path("id");
        Clocks.setLondon(suite, today.minusDays(5).atTime(10, 0));
        decidedAppealId = appeal(overduePenaltyId, today.minusDays(5), true);
        dismiss(decidedAppealId, today.minusDays(5));
        Clocks.reset(suite);

        String grace = suite.staff("grace");
        grantedHearingId = askForHearing(noticeOfIntentId);
        LocalDateTime soon = LocalDateTime.now(LONDON).plusMinutes(2).truncatedTo(ChronoUnit.MINUTES);
        grant(grace, grantedHearingId, soon);
        heldHearingId = askForHearing(noticeOfIntentId);
        LocalDateTime tomorrow = today.plusDays(1).atTime(10, 0);
        grant(grace, heldHearingId, tomorrow);
        Clocks.setLondon(suite, tomorrow.plusHours(2));
        hearingDocumentId = at(suite.representations.url(), suite.staff("ada")).multiPart("heldOn", tomorrow.toLocalDate().toString())
                .multiPart("attendees", "Grace Hopper\nJane Smith").multiPart("note", "Held for the security suite")
                .multiPart("files", "hearing.pdf", "%PDF-1.7\n% hearing\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), "application/pdf")
                .post("/hearing-requests/" + heldHearingId + "/record").then().statusCode(org.hamcrest.Matchers.lessThan(300))
                .extract().path("record.documents[0].id");
        Clocks.reset(suite);
        enforcementNotice = new EnforcementNoticeFixture(suite);
    }

    /** The operation's path filled with this part's ids, or null where it is not one of the operations after a penalty. */
    String fill(ApiOperations.Operation op) {
        String p = op.path();
        String step = enforcementNotice.fill(op);
        if (step != null) {
            return step;
        }
        if (p.startsWith("/hearing-requests/{id}")) {
            return p.replace("{id}", heldHearingId).replace("{documentId}", hearingDocumentId);
        }
        if (p.startsWith("/appeals/{id}")) {
            return p.replace("{id}", appealId).replace("{documentId}", appealDocumentId);
        }
        if (p.equals("/notices/{id}/variations/{variationId}/document")) {
            return p.replace("{id}", overduePenaltyId).replace("{variationId}", variationId);
        }
        if (op.service().equals("notice-service") && p.startsWith("/portal/issued-notices/{noticeId}")) {
            return p.replace("{noticeId}", appealedPenaltyId);
        }
        if (p.matches("/notices/\\{id}/(appeals|payments|instalment-plan|account|recovery|variation|cancellation)")) {
            return p.replace("{id}", appealedPenaltyId);
        }
        if (op.method().equals("GET") && op.queryParams().contains("filter")) {
            return p + "?filter=OUTSTANDING";
        }
        if (op.method().equals("GET") && p.equals("/appeals") && op.queryParams().contains("status")) {
            return p + "?status=PENDING";
        }
        return null;
    }

    private String issuePenalty(String caseId) throws Exception {
        String penalty = at(suite.notices.url(), suite.staff("ada")).contentType(ContentType.JSON)
                .body(SecurityFixture.penaltyNotice(caseId)).post("/notices").then().statusCode(201).extract().path("id");
        at(suite.notices.url(), suite.staff("grace")).header("Idempotency-Key", "enforcement-issue-" + penalty)
                .post("/notices/" + penalty + "/issue").then().statusCode(200);
        return penalty;
    }

    private String appeal(String penalty, LocalDate lodgedOn, boolean late) throws Exception {
        return at(suite.notices.url(), suite.staff("ada")).contentType(ContentType.JSON)
                .body("{\"lodgedOn\":\"" + lodgedOn + "\",\"tribunalReference\":\"EA/2026/" + penalty.substring(0, 4) + "\","
                        + "\"grounds\":\"The penalty is disproportionate\",\"lateAppealAdmitted\":" + late
                        + (late ? ",\"lateAppealReason\":\"The Tribunal admitted it: the notice went to a closed office\"" : "") + "}")
                .post("/notices/" + penalty + "/appeals").then().statusCode(201).extract().path("id");
    }

    private void dismiss(String appeal, LocalDate decidedOn) throws Exception {
        at(suite.notices.url(), suite.staff("ada")).contentType(ContentType.JSON)
                .body("{\"outcome\":\"DISMISSED\",\"decidedOn\":\"" + decidedOn + "\",\"note\":\"Dismissed\"}")
                .post("/appeals/" + appeal + "/outcome").then().statusCode(200);
    }

    private String askForHearing(String noticeOfIntentId) throws Exception {
        return at(suite.representations.url(), suite.organisation("betty")).contentType(ContentType.JSON)
                .body("{\"reason\":\"We ask to be heard in person\"}").post("/portal/notices/" + noticeOfIntentId + "/hearing-requests")
                .then().statusCode(201).extract().path("id");
    }

    private void grant(String grace, String hearing, LocalDateTime heldAt) {
        at(suite.representations.url(), grace).contentType(ContentType.JSON)
                .body("{\"granted\":true,\"heldAt\":\"" + heldAt + "\",\"place\":\"Wycliffe House, Wilmslow\","
                        + "\"attendees\":[\"Grace Hopper\",\"Jane Smith\"],\"reason\":\"Asked in time\"}")
                .post("/hearing-requests/" + hearing + "/decision").then().statusCode(200);
    }

    private String etag(String notice) throws Exception {
        return at(suite.notices.url(), suite.staff("grace")).get("/notices/" + notice).then().statusCode(200).extract().header("ETag");
    }
}
