package org.casework.notices.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.casework.notices.AuditEntries;
import org.casework.notices.DownstreamStubs;
import org.casework.notices.NoticeApi;
import org.casework.notices.NoticeRequests;
import org.casework.notices.fee.FeePenaltyFiles;
import org.casework.testing.Problems;
import org.casework.testing.RoleMatrix;
import org.casework.testing.RoleMatrix.Operation;
import org.casework.testing.Sql;
import org.casework.testing.Tokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Every operation of notice-service as every kind of caller: allowed roles succeed, other roles get
 * 403, tokens that prove nothing (no MFA, expired, foreign) get 401; the register needs no token.
 */
@QuarkusTest
class NoticeAuthorizationTest {

    static final String CW = "caseworker";
    static final String DM = "decision-maker";
    static final String AU = "auditor";
    static final String ORG = "org-representative";
    static final String SVC = "service";

    private static UUID caseReady() {
        UUID caseId = UUID.randomUUID();
        DownstreamStubs.caseIs(caseId, "INVESTIGATING", "caseworker-ada");
        DownstreamStubs.transitionsSucceed(caseId, "NOTICE_OF_INTENT_ISSUED");
        return caseId;
    }

    private static UUID draft() {
        UUID noi = NoticeApi.drafted(NoticeRequests.noticeOfIntent(caseReady()));
        DownstreamStubs.windowOpens(noi);
        return noi;
    }

    private static UUID issued() {
        return NoticeApi.issuedNoticeOfIntent(caseReady());
    }

    static List<Operation> operations() {
        return List.of(
                new Operation("POST /penalty-calculations", Set.of(CW, DM), r -> r.contentType(ContentType.JSON)
                        .body(NoticeRequests.PENALTY_CALCULATION).post("/penalty-calculations")),
                new Operation("POST /notices", Set.of(CW, DM), r -> r.contentType(ContentType.JSON)
                        .body(NoticeRequests.noticeOfIntent(caseReady())).post("/notices")),
                new Operation("GET /deadlines", Set.of(CW, DM, AU), r -> r.get("/deadlines")),
                new Operation("GET /notices?caseId=", Set.of(CW, DM, AU), r -> r.queryParam("caseId", UUID.randomUUID())
                        .get("/notices")),
                new Operation("GET /notices/drafts", Set.of(CW, DM, AU), r -> r.get("/notices/drafts")),
                new Operation("GET /notices/{id}", Set.of(CW, DM, AU), r -> r.get("/notices/" + draft())),
                new Operation("PATCH /notices/{id}", Set.of(CW, DM), r -> r.contentType("application/merge-patch+json")
                        .header("If-Match", "*").body("{\"reasons\":\"Revised reasons\"}").patch("/notices/" + draft())),
                new Operation("POST /notices/{id}/issue", Set.of(DM), r -> r.header("Idempotency-Key",
                        UUID.randomUUID().toString()).post("/notices/" + draft() + "/issue")),
                new Operation("POST /notices/{id}/withdraw", Set.of(DM), r -> r.contentType(ContentType.JSON)
                        .body("{\"reason\":\"Drafted in error\"}").post("/notices/" + draft() + "/withdraw")),
                new Operation("POST /notices/{id}/settlement", Set.of(DM), r -> r.contentType(ContentType.JSON)
                        .body("{\"stage\":\"AFTER_REPRESENTATIONS\",\"discountPercent\":\"20\",\"appealWaived\":true}")
                        .post("/notices/" + penaltyDraft() + "/settlement")),
                new Operation("POST /notices/{id}/deadline-extension", Set.of(DM), r -> r.contentType(ContentType.JSON)
                        .body("{\"agreedUntil\":\"2099-01-01\",\"reason\":\"Agreed\",\"agreedBy\":\"Jane Smith, General Counsel\",\"agreedOn\":\"" + java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")) + "\",\"evidence\":\"Letter ref ACS/ICO/12\"}")
                        .post("/notices/" + issued() + "/deadline-extension")),
                new Operation("PUT /notices/{id}/publication", Set.of(DM), r -> r.contentType(ContentType.JSON)
                        .body("{\"publish\":false,\"withheldReason\":\"Ongoing criminal investigation\"}")
                        .put("/notices/" + penaltyDraft() + "/publication")),
                new Operation("GET /notices/{id}/document", Set.of(CW, DM, AU),
                        r -> r.get("/notices/" + issued() + "/document")),
                new Operation("POST /notices/{id}/appeals", Set.of(CW, DM), r -> r.contentType(ContentType.JSON)
                        .body("{\"lodgedOn\":\"2024-09-10\",\"tribunalReference\":\"EA/1\",\"grounds\":\"Too high\"}")
                        .post("/notices/" + AppealFixtures.issuedPenalty() + "/appeals")),
                new Operation("GET /notices/{id}/appeals", Set.of(CW, DM, AU),
                        r -> r.get("/notices/" + AppealFixtures.issuedPenalty() + "/appeals")),
                new Operation("GET /appeals", Set.of(CW, DM, AU), r -> r.queryParam("status", "PENDING").get("/appeals")),
                new Operation("GET /appeals/{id}", Set.of(CW, DM, AU), r -> r.get("/appeals/" + AppealFixtures.pendingAppeal())),
                new Operation("POST /appeals/{id}/outcome", Set.of(CW, DM), r -> r.contentType(ContentType.JSON)
                        .body("{\"outcome\":\"WITHDRAWN\",\"decidedOn\":\"2024-09-20\",\"note\":\"Withdrawn\"}")
                        .post("/appeals/" + AppealFixtures.pendingAppeal() + "/outcome")),
                new Operation("POST /appeals/{id}/onward-appeal", Set.of(CW, DM), r -> r.contentType(ContentType.JSON)
                        .body("{\"lodgedOn\":\"2024-09-25\",\"court\":\"UPPER_TRIBUNAL\",\"reference\":\"UA/1\",\"note\":\"Law\"}")
                        .post("/appeals/" + AppealFixtures.decidedAppeal() + "/onward-appeal")),
                new Operation("POST /appeals/{id}/onward-appeal/outcome", Set.of(CW, DM), r -> r.contentType(ContentType.JSON)
                        .body("{\"decidedOn\":\"2024-10-01\",\"note\":\"Permission refused\"}")
                        .post("/appeals/" + AppealFixtures.onwardAppeal() + "/onward-appeal/outcome")),
                new Operation("POST /appeals/{id}/documents", Set.of(CW, DM), r -> r.multiPart("file", "appeal.pdf",
                        AppealFixtures.PDF, "application/pdf").post("/appeals/" + AppealFixtures.pendingAppeal() + "/documents")),
                new Operation("GET /appeals/{id}/documents/{documentId}", Set.of(CW, DM, AU),
                        r -> r.get("/appeals/" + AppealFixtures.appealDocument())),
                new Operation("GET /portal/issued-notices/{noticeId}/appeals", Set.of(ORG),
                        r -> r.get("/portal/issued-notices/" + AppealFixtures.issuedPenalty() + "/appeals")),
                new Operation("POST /notices/{id}/variation", Set.of(DM), r -> r.contentType(ContentType.JSON)
                        .header("If-Match", "*").body("{\"paymentDays\":60,\"reasons\":\"More time to pay\"}")
                        .post("/notices/" + AppealFixtures.issuedPenalty() + "/variation")),
                new Operation("POST /notices/{id}/cancellation", Set.of(DM), r -> r.contentType(ContentType.JSON)
                        .header("If-Match", "*").body("{\"reasons\":\"The failure was the processor's\"}")
                        .post("/notices/" + AppealFixtures.issuedPenalty() + "/cancellation")),
                new Operation("GET /notices/{id}/variations/{variationId}/document", Set.of(CW, DM, AU),
                        r -> r.get("/notices/" + AppealFixtures.variation() + "/document")),
                new Operation("POST /notices/{id}/payments", Set.of(CW, DM), r -> r.contentType(ContentType.JSON)
                        .body("{\"amount\":{\"amount\":\"10.00\",\"currency\":\"GBP\"},\"receivedOn\":\"" + today()
                                + "\",\"reference\":\"BACS-" + UUID.randomUUID() + "\"}")
                        .post("/notices/" + penaltyGiven(40) + "/payments")),
                new Operation("PUT /notices/{id}/instalment-plan", Set.of(DM), r -> r.contentType(ContentType.JSON)
                        .body("{\"instalments\":[{\"dueOn\":\"" + today().plusDays(10) + "\",\"amount\":{\"amount\":"
                                + "\"1000.00\",\"currency\":\"GBP\"}}],\"agreedOn\":\"" + today()
                                + "\",\"reason\":\"Agreed by letter\"}")
                        .put("/notices/" + penaltyGiven(10) + "/instalment-plan")),
                new Operation("POST /notices/{id}/recovery", Set.of(DM), r -> r.contentType(ContentType.JSON)
                        .body("{\"referredOn\":\"" + today() + "\",\"note\":\"Unpaid\"}")
                        .post("/notices/" + penaltyGiven(60) + "/recovery")),
                new Operation("GET /notices/{id}/account", Set.of(CW, DM, AU),
                        r -> r.get("/notices/" + penaltyGiven(10) + "/account")),
                new Operation("GET /penalty-accounts", Set.of(CW, DM, AU), r -> r.get("/penalty-accounts")),
                new Operation("GET /penalty-accounts/totals", Set.of(CW, DM, AU), r -> r.get("/penalty-accounts/totals")),
                new Operation("GET /portal/issued-notices/{id}/account", Set.of(ORG),
                        r -> r.get("/portal/issued-notices/" + penaltyGiven(10) + "/account")),
                new Operation("GET /notices/{id}/steps", Set.of(CW, DM, AU),
                        r -> r.get("/notices/" + EnforcementFixtures.issued() + "/steps")),
                new Operation("GET /notices/{id}/variation-applications", Set.of(CW, DM, AU),
                        r -> r.get("/notices/" + EnforcementFixtures.issued() + "/variation-applications")),
                new Operation("POST /notices/{id}/steps/{stepId}/compliance", Set.of(CW, DM), r -> r.contentType(
                        ContentType.JSON).header("If-Match", "*").header("Idempotency-Key", UUID.randomUUID().toString())
                        .body("{\"status\":\"COMPLIED\",\"note\":\"MFA seen\"}")
                        .post("/notices/" + EnforcementFixtures.step() + "/compliance")),
                new Operation("GET /notices/{id}/steps/{stepId}/evidence/{evidenceId}", Set.of(CW, DM, AU),
                        r -> r.get("/notices/" + EnforcementFixtures.evidence())),
                new Operation("GET /portal/issued-notices/{noticeId}/steps", Set.of(ORG),
                        r -> r.get("/portal/issued-notices/" + EnforcementFixtures.issued() + "/steps")),
                new Operation("POST /portal/issued-notices/{noticeId}/steps/{stepId}/progress", Set.of(ORG), r -> r
                        .header("Idempotency-Key", UUID.randomUUID().toString()).multiPart("text", "MFA is on")
                        .multiPart("file", "mfa.pdf", EnforcementFixtures.PDF, "application/pdf")
                        .post("/portal/issued-notices/" + EnforcementFixtures.step() + "/progress")),
                new Operation("GET /compliance-dates", Set.of(CW, DM, AU), r -> r.get("/compliance-dates")),
                new Operation("POST /fee-penalties/batches", Set.of(DM), r -> r.header("Idempotency-Key",
                        UUID.randomUUID().toString()).multiPart("file", "unpaid.csv", FeePenaltyFiles.csv(1, today()
                                .minusMonths(2).toString()), "text/csv").post("/fee-penalties/batches")),
                new Operation("GET /fee-penalties/batches/{id}", Set.of(CW, DM, AU),
                        r -> r.get("/fee-penalties/batches/" + FeePenaltyFiles.batch())),
                new Operation("GET /fee-penalties", Set.of(CW, DM, AU), r -> r.queryParam("status",
                        "NOTICE_OF_INTENT_GIVEN").get("/fee-penalties")),
                new Operation("GET /fee-penalties/{id}", Set.of(CW, DM, AU),
                        r -> r.get("/fee-penalties/" + FeePenaltyFiles.noticeOfIntent())),
                new Operation("POST /fee-penalties/{id}/penalty-notice", Set.of(DM),
                        r -> r.post("/fee-penalties/" + FeePenaltyFiles.representationsEnded() + "/penalty-notice")),
                new Operation("POST /fee-penalties/{id}/fee-paid", Set.of(CW, DM), r -> r.contentType(ContentType.JSON)
                        .body("{\"paidOn\":\"" + today() + "\"}")
                        .post("/fee-penalties/" + FeePenaltyFiles.noticeOfIntent() + "/fee-paid")),
                new Operation("POST /fee-penalties/{id}/penalty-paid", Set.of(CW, DM), r -> r.contentType(ContentType.JSON)
                        .body("{\"paidOn\":\"" + today() + "\"}")
                        .post("/fee-penalties/" + FeePenaltyFiles.penaltyNoticeGiven() + "/penalty-paid")),
                new Operation("PUT /fee-penalties/{id}/publication", Set.of(DM), r -> r.contentType(ContentType.JSON)
                        .body("{\"publish\":true}")
                        .put("/fee-penalties/" + FeePenaltyFiles.penaltyNoticeGiven() + "/publication")),
                new Operation("GET /notices/{id}/restriction-claims", Set.of(CW, DM, AU),
                        r -> r.get("/notices/" + informationNoticeGiven() + "/restriction-claims")),
                new Operation("POST /restriction-claims/{id}/view", Set.of(CW, DM), r -> r.contentType(ContentType.JSON)
                        .body("{\"accepted\":false,\"note\":\"Not privileged: operational logs\"}")
                        .post("/restriction-claims/" + claimOn(informationNoticeGiven()) + "/view")),
                new Operation("GET /notices/{id}/information-orders", Set.of(CW, DM, AU),
                        r -> r.get("/notices/" + informationNoticeGiven() + "/information-orders")),
                new Operation("POST /notices/{id}/information-orders", Set.of(CW, DM), r -> r.contentType(ContentType.JSON)
                        .body("{\"stage\":\"APPLIED\",\"court\":\"High Court\",\"on\":\"" + today() + "\"}")
                        .post("/notices/" + informationNoticeGiven() + "/information-orders")),
                new Operation("GET /portal/issued-notices/{id}/restriction-claims", Set.of(ORG),
                        r -> r.get("/portal/issued-notices/" + informationNoticeGiven() + "/restriction-claims")),
                new Operation("GET /portal/issued-notices/{id}/requirements", Set.of(ORG),
                        r -> r.get("/portal/issued-notices/" + informationNoticeGiven() + "/requirements")),
                new Operation("POST /portal/issued-notices/{id}/restriction-claims", Set.of(ORG), r -> r.contentType(ContentType.JSON)
                        .body(CLAIM).post("/portal/issued-notices/" + informationNoticeGiven() + "/restriction-claims")),
                new Operation("GET /portal/issued-notices", Set.of(ORG), r -> r.get("/portal/issued-notices")),
                new Operation("GET /portal/issued-notices/{id}", Set.of(ORG),
                        r -> r.get("/portal/issued-notices/" + penaltyGiven(10))),
                new Operation("GET /portal/issued-notices/{id}/document", Set.of(ORG),
                        r -> r.get("/portal/issued-notices/" + issued() + "/document")),
                new Operation("GET /fee-penalties/{id}/document", Set.of(CW, DM, AU),
                        r -> r.get("/fee-penalties/" + FeePenaltyFiles.noticeOfIntent() + "/document")),
                new Operation("GET /audit/events", Set.of(AU), r -> r.get("/audit/events")),
                new Operation("GET /audit/verify", Set.of(AU), r -> r.get("/audit/verify")),
                new Operation("GET /audit/witness", Set.of(AU), r -> r.get("/audit/witness")));
    }

    private static java.time.LocalDate today() {
        return java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
    }

    /** A penalty notice of £1,000.00 given {@code daysAgo} days ago to the organisation the role matrix acts for. */
    private static UUID penaltyGiven(int daysAgo) {
        return org.casework.notices.Penalties.issued(today().minusDays(daysAgo), "1000.00");
    }

    private static final String CLAIM = "{\"ground\":\"LEGAL_ADVICE_PRIVILEGE\",\"statement\":\"Our solicitors' advice\"}";

    /** An information notice (DPA 2018 s.142) given today to the organisation the role matrix acts for. */
    private static UUID informationNoticeGiven() {
        UUID caseId = UUID.randomUUID();
        DownstreamStubs.caseIs(caseId, "INVESTIGATING", "caseworker-ada");
        // 60 days: well after any appeal period ending on a bank holiday (s.142(5))
        UUID id = NoticeApi.drafted(org.casework.notices.InvestigatoryRequests.informationNotice(caseId, 60, false));
        NoticeApi.issue(id).then().statusCode(200);
        return id;
    }

    /** A restriction claim made on the notice by the organisation's representative (s.143). */
    private static String claimOn(UUID noticeId) {
        return given().auth().oauth2(Tokens.orgRepresentative("org-nhs-supplier")).contentType(ContentType.JSON)
                .body(CLAIM).post("/portal/issued-notices/" + noticeId + "/restriction-claims").then().statusCode(201)
                .extract().path("id");
    }

    private static UUID penaltyDraft() {
        UUID caseId = UUID.randomUUID();
        DownstreamStubs.caseIs(caseId, "NOTICE_OF_INTENT_ISSUED", "caseworker-ada");
        return NoticeApi.drafted(NoticeRequests.penaltyNotice(caseId));
    }

    static Stream<Arguments> operationsAndRoles() {
        return RoleMatrix.everyRole(operations());
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("operationsAndRoles")
    void eachRoleIsAllowedExactlyWhereTheDesignSays(Operation op, String role) {
        RoleMatrix.assertAllowedExactlyWhereRuled(op, role, "org-nhs-supplier");
    }

    static Stream<Arguments> operationsAndBadTokens() {
        List<Arguments> rows = new ArrayList<>();
        for (Operation op : operations()) {
            rows.add(Arguments.of(op, "no MFA", Tokens.person("dm", "decision-maker", "caseworker", "auditor").acr("1")
                    .sign(), "insufficient_user_authentication"));
            rows.add(Arguments.of(op, "expired", Tokens.person("dm", "decision-maker", "caseworker", "auditor").expired()
                    .sign(), "invalid_token"));
            rows.add(Arguments.of(op, "foreign key", Tokens.person("dm", "decision-maker", "caseworker", "auditor")
                    .signedByForeignKey().sign(), "invalid_token"));
            rows.add(Arguments.of(op, "wrong audience", Tokens.person("dm", "decision-maker", "caseworker", "auditor")
                    .audience("other").sign(), "invalid_token"));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("operationsAndBadTokens")
    void aTokenThatProvesNothingIsRefusedWith401(Operation op, String what, String token, String error) {
        RoleMatrix.assertUnauthenticated(op.refusedAs(token), error);
    }

    /**
     * Tokens claiming a scope they do not have: an organisation's representative without an organisation,
     * a person (with MFA) whose only role is service, a caseworker who also claims service. None gains
     * anything: the first two are refused everywhere, the caseworker gets exactly a caseworker's rights
     * and acts as itself (a Casework-On-Behalf-Of header it sends is ignored). Refused requests change nothing.
     */
    static Stream<Arguments> operationsAndOverreachingTokens() {
        List<Arguments> rows = new ArrayList<>();
        for (Operation op : operations()) {
            rows.add(Arguments.of(op, "org-representative without org_id", "rep-without-organisation",
                    Tokens.person("rep-without-organisation", ORG).sign(), false));
            rows.add(Arguments.of(op, "person with MFA claiming only service", "person-claiming-service",
                    Tokens.person("person-claiming-service", SVC).sign(), false));
            rows.add(Arguments.of(op, "caseworker also claiming service", "caseworker-claiming-service",
                    Tokens.person("caseworker-claiming-service", CW, SVC).sign(), op.allowed().contains(CW)));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("operationsAndOverreachingTokens")
    void aTokenClaimingAScopeItLacksGainsNothing(Operation op, String who, String subject, String token, boolean asCaseworker) {
        long before = AuditEntries.lastSeq();
        Response response = (asCaseworker ? op.call() : op.refusedCall()).apply(given().auth().oauth2(token)
                .header("Casework-On-Behalf-Of", "decision-maker-grace"));
        List<AuditEntries.Entry> byCaller = AuditEntries.after(before).stream()
                .filter(e -> e.subject().equals(subject)).toList();
        if (asCaseworker) {
            assertThat(response.asString(), response.statusCode(), allOf(greaterThanOrEqualTo(200), lessThan(300)));
            assertThat(byCaller.stream().filter(e -> e.onBehalfOf() != null).toList(), equalTo(List.of()));
        } else {
            Problems.assertProblem(response, 403);
            assertThat(byCaller, equalTo(List.of()));
        }
        assertThat(Sql.queryLong("select count(*) from notice where ? in (pending_issue_by, issued_by, withdrawn_by, "
                + "settlement_recorded_by, extension_recorded_by)", subject), equalTo(0L));
        if (!subject.startsWith("caseworker")) {
            // the two that are refused everywhere have never drafted anything (the caseworker has, where allowed)
            assertThat(Sql.queryLong("select count(*) from notice where created_by = ?", subject), equalTo(0L));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void noTokenIsRefusedWith401(Operation op) {
        RoleMatrix.assertChallenged(op.withoutToken());
    }

    @org.junit.jupiter.api.Test
    void theRegisterIsPublic() {
        given().get("/register").then().statusCode(200);
        given().auth().oauth2("not-a-token").get("/register").then().statusCode(200);
    }
}
