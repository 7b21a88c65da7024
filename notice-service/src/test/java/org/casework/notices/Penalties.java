package org.casework.notices;

import static io.restassured.RestAssured.given;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import org.casework.notices.domain.StatutoryPeriods;
import org.casework.testing.TestClock;
import org.casework.testing.Tokens;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Issued penalty notices for the tests of what follows an issue. Through the API: the reference case's notice
 * of intent given 7 Aug 2024, the penalty notice (£3,845,400, 28 days to pay) given 2 Sep 2024, its case DECIDED
 * (appeals, variation, cancellation). Written straight into the table with the dates an issue would set (the
 * payment tests, which start from a notice already given; the issue itself is tested elsewhere).
 */
public final class Penalties {

    public static final LocalDate GIVEN_ON = LocalDate.of(2024, 9, 2);
    public static final String ORGANISATION = "org-nhs-supplier";

    private Penalties() {
    }

    public static UUID issued(TestClock clock, UUID caseId) {
        return issued(clock, caseId, false);
    }

    /** With {@code settled}, a 20 % settlement with the appeal waived: £3,076,320.00 due. */
    public static UUID issued(TestClock clock, UUID caseId, boolean settled) {
        clock.setLondon(LocalDateTime.of(2024, 8, 7, 10, 0));
        UUID noi = NoticeApi.issuedNoticeOfIntent(caseId);
        DownstreamStubs.window(noi, LocalDate.of(2024, 8, 27), 0, 0);
        DownstreamStubs.transitionsSucceed(caseId, "DECIDED");
        clock.setLondon(LocalDateTime.of(2024, 8, 30, 10, 0));
        UUID penalty = NoticeApi.drafted(NoticeRequests.penaltyNotice(caseId));
        if (settled) {
            given().auth().oauth2(Tokens.decisionMaker("decision-maker-grace")).contentType(ContentType.JSON)
                    .body("{\"stage\":\"AFTER_REPRESENTATIONS\",\"discountPercent\":\"20\",\"appealWaived\":true}")
                    .post("/notices/" + penalty + "/settlement").then().statusCode(200);
        }
        clock.setLondon(GIVEN_ON.atTime(11, 0));
        NoticeApi.issue(penalty).then().statusCode(200);
        DownstreamStubs.caseIs(caseId, "DECIDED", "caseworker-ada");
        return penalty;
    }

    public static String etag(UUID noticeId) {
        return NoticeApi.read(noticeId).then().statusCode(200).extract().header("ETag");
    }

    /** A penalty notice of {@code amount} given on {@code issuedOn}, 28 days to pay, appeal period open. */
    public static UUID issued(LocalDate issuedOn, String amount) {
        return issued(issuedOn, amount, ORGANISATION);
    }

    public static UUID issued(LocalDate issuedOn, String amount, String organisationId) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        try {
            org.casework.testing.Sql.update("""
                    insert into notice (id, reference, type, status, case_id, case_reference, organisation_id,
                        organisation_name, recipients, reasons, amount, payment_days, publish, withheld_reason, issued_on,
                        payment_due_on, appeal_due_on, issued_by, issued_at, document_sha256, created_by, created_at,
                        updated_at, version)
                    values (?, ?, 'PENALTY_NOTICE', 'ISSUED', ?, 'INV-2025-000123', ?, 'Advanced Computer Software Group',
                        '[]'::jsonb, 'A breach of UK GDPR Art 32(1)', ?, 28, false, 'Test account', ?, ?, ?,
                        'decision-maker-grace', ?, ?, 'caseworker-ada', ?, ?, 0)""",
                    id, "PN-T-" + id.toString().substring(0, 12), UUID.randomUUID(), organisationId,
                    new java.math.BigDecimal(amount), issuedOn, StatutoryPeriods.paymentDueOn(issuedOn, 28),
                    StatutoryPeriods.appealDueOn(issuedOn), now, "0".repeat(64), now, now);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    public static void set(UUID noticeId, String assignment) {
        try {
            org.casework.testing.Sql.update("update notice set " + assignment + " where id = ?", noticeId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Response pay(UUID noticeId, String amount, LocalDate receivedOn, String reference) {
        return given().auth().oauth2(Tokens.caseworker("caseworker-ada")).contentType(ContentType.JSON)
                .body("{\"amount\":{\"amount\":\"%s\",\"currency\":\"GBP\"},\"receivedOn\":\"%s\",\"reference\":\"%s\"}"
                        .formatted(amount, receivedOn, reference))
                .post("/notices/" + noticeId + "/payments");
    }

    public static Response agreePlan(UUID noticeId, String body) {
        return given().auth().oauth2(Tokens.decisionMaker("decision-maker-grace")).contentType(ContentType.JSON)
                .body(body).put("/notices/" + noticeId + "/instalment-plan");
    }

    public static Response refer(UUID noticeId, LocalDate referredOn) {
        return given().auth().oauth2(Tokens.decisionMaker("decision-maker-grace")).contentType(ContentType.JSON)
                .body("{\"referredOn\":\"%s\",\"note\":\"Balance unpaid; refer to the county court\"}".formatted(referredOn))
                .post("/notices/" + noticeId + "/recovery");
    }

    public static Response account(UUID noticeId) {
        return given().auth().oauth2(Tokens.auditor()).get("/notices/" + noticeId + "/account");
    }

    /** What a refused request must leave unchanged: the account's rows and its audit entries. */
    public static String state(UUID noticeId) {
        return rows(noticeId) + "/" + AuditEntries.about(noticeId).size();
    }

    /** The account's payments, plans and referrals. */
    public static String rows(UUID noticeId) {
        return org.casework.testing.Sql.queryLong("select count(*) from payment where notice_id = ?", noticeId) + "/"
                + org.casework.testing.Sql.queryLong("select count(*) from instalment_plan where notice_id = ?", noticeId)
                + "/" + org.casework.testing.Sql.queryLong("select count(*) from recovery_referral where notice_id = ?", noticeId);
    }
}
