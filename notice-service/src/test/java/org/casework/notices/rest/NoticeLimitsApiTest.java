package org.casework.notices.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDateTime;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.casework.notices.DownstreamStubs;
import org.casework.notices.InvestigatoryRequests;
import org.casework.notices.NoticeApi;
import org.casework.notices.domain.NoticeLimits;
import org.casework.testing.Problems;
import org.casework.testing.RowCounts;
import org.casework.testing.Sql;
import org.casework.testing.TestClock;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The lists a notice's answers carry whole are as long as the contract says at most (NoticeLimits): with a notice
 * already holding the limit (rows written straight to the database, as many requests would), one more is refused
 * with 409 notice-limit-reached naming the limit, and nothing is stored.
 */
@QuarkusTest
class NoticeLimitsApiTest {

    static final String[] TABLES = { "notice", "appeal", "appeal_document", "notice_variation", "payment",
        "restriction_claim", "information_order", "audit_event" };

    @Inject
    TestClock clock;

    private static void atLimit(int limit, Supplier<Response> request) {
        RowCounts before = RowCounts.of(TABLES);
        Response r = Problems.assertProblem(request.get(), 409);
        assertThat(r.asString(), r.path("type").toString(), endsWith("notice-limit-reached"));
        assertThat(r.asString(), r.path("limit"), equalTo(limit));
        assertThat(before.again(), equalTo(before));
    }

    @Test
    void aPenaltyHoldsAtMostItsPayments() throws Exception {
        UUID penalty = AppealFixtures.issuedPenalty();
        Sql.update("insert into payment (id, notice_id, amount, received_on, reference, recorded_by, recorded_at) "
                + "select gen_random_uuid(), ?, 0.01, date '2024-09-10', 'LIMIT-' || ? || '-' || n, 'caseworker-ada', now() "
                + "from generate_series(1, ?) n", penalty, penalty.toString(), NoticeLimits.PAYMENTS);
        atLimit(NoticeLimits.PAYMENTS, () -> given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON)
                .body("{\"amount\":{\"amount\":\"0.01\",\"currency\":\"GBP\"},\"receivedOn\":\"2024-09-11\","
                        + "\"reference\":\"BACS 1\"}")
                .post("/notices/" + penalty + "/payments"));
    }

    @Test
    void aNoticeHoldsAtMostItsAppeals() throws Exception {
        UUID penalty = AppealFixtures.issuedPenalty();
        Sql.update("insert into appeal (id, notice_id, lodged_on, appeal_due_on, working_day_due_on, late_appeal_admitted, "
                + "tribunal_reference, grounds, status, outcome_decided_on, recorded_by, recorded_at) "
                + "select gen_random_uuid(), ?, date '2024-09-10', date '2024-09-30', date '2024-09-30', false, "
                + "'EA/2024/' || n, 'Too high', 'DISMISSED', date '2024-09-20', 'caseworker-ada', now() "
                + "from generate_series(1, ?) n", penalty, NoticeLimits.APPEALS);
        atLimit(NoticeLimits.APPEALS, () -> given().auth().oauth2(Tokens.decisionMaker()).contentType(ContentType.JSON)
                .body("{\"lodgedOn\":\"2024-09-10\",\"tribunalReference\":\"EA/2024/0001\",\"grounds\":\"Too high\"}")
                .post("/notices/" + penalty + "/appeals"));
    }

    @Test
    void anAppealHoldsAtMostItsDocuments() throws Exception {
        UUID appeal = AppealFixtures.pendingAppeal();
        Sql.update("insert into appeal_document (id, appeal_id, file_name, content_type, size, sha256, content, "
                + "uploaded_by, uploaded_at) select gen_random_uuid(), ?, 'd' || n || '.pdf', 'application/pdf', 1, "
                + "repeat('0', 64), '\\x25'::bytea, 'caseworker-ada', now() from generate_series(1, ?) n", appeal,
                NoticeLimits.APPEAL_DOCUMENTS);
        atLimit(NoticeLimits.APPEAL_DOCUMENTS, () -> given().auth().oauth2(Tokens.caseworker())
                .multiPart("file", "appeal.pdf", AppealFixtures.PDF, "application/pdf").post("/appeals/" + appeal + "/documents"));
    }

    @Test
    void aNoticeHoldsAtMostTheRegulatorsVariations() throws Exception {
        UUID penalty = AppealFixtures.issuedPenalty();
        Sql.update("insert into notice_variation (id, notice_id, source, reasons, document_sha256, varied_by, varied_at) "
                + "select gen_random_uuid(), ?, 'REGULATOR', 'More time', repeat('0', 64), 'decision-maker', now() "
                + "from generate_series(1, ?) n", penalty, NoticeLimits.VARIATIONS);
        atLimit(NoticeLimits.VARIATIONS, () -> given().auth().oauth2(Tokens.decisionMaker()).contentType(ContentType.JSON)
                .header("If-Match", "*").body("{\"paymentDays\":60,\"reasons\":\"More time to pay\"}")
                .post("/notices/" + penalty + "/variation"));
    }

    @Test
    void anInformationNoticeHoldsAtMostItsClaimsAndCourtSteps() throws Exception {
        clock.setLondon(LocalDateTime.of(2024, 8, 7, 10, 0));
        try {
            UUID caseId = UUID.randomUUID();
            DownstreamStubs.caseIs(caseId, "INVESTIGATING", "caseworker-ada");
            UUID notice = NoticeApi.drafted(InvestigatoryRequests.informationNotice(caseId, 30, false));
            NoticeApi.issue(notice).then().statusCode(200);
            Sql.update("insert into restriction_claim (id, notice_id, ground, statement, claimed_by, claimed_at) "
                    + "select gen_random_uuid(), ?, 'SELF_INCRIMINATION', 'Claim ' || n, 'rep', now() "
                    + "from generate_series(1, ?) n", notice, NoticeLimits.RESTRICTION_CLAIMS);
            Sql.update("insert into information_order (id, notice_id, stage, court, stage_on, recorded_by, recorded_at) "
                    + "select gen_random_uuid(), ?, 'APPLIED', 'High Court', date '2024-08-07', 'caseworker-ada', now() "
                    + "from generate_series(1, ?) n", notice, NoticeLimits.INFORMATION_ORDERS);
            atLimit(NoticeLimits.RESTRICTION_CLAIMS, () -> given().auth().oauth2(Tokens.orgRepresentative("org-nhs-supplier"))
                    .contentType(ContentType.JSON).body("{\"ground\":\"LEGAL_ADVICE_PRIVILEGE\",\"statement\":\"Advice\"}")
                    .post("/portal/issued-notices/" + notice + "/restriction-claims"));
            atLimit(NoticeLimits.INFORMATION_ORDERS, () -> given().auth().oauth2(Tokens.caseworker())
                    .contentType(ContentType.JSON).body("{\"stage\":\"APPLIED\",\"court\":\"High Court\",\"on\":\"2024-08-07\"}")
                    .post("/notices/" + notice + "/information-orders"));
        } finally {
            clock.reset();
        }
    }
}
