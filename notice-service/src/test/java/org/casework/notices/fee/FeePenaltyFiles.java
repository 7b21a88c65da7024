package org.casework.notices.fee;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.IntFunction;

import org.casework.testing.Tokens;

import io.restassured.response.Response;

/** CSV files of unpaid charges, the calls that upload them, and penalties at each step, for the API tests. */
public final class FeePenaltyFiles {

    static final String HEADER =
            "organisation_id,organisation_name,reference,tier,charge_period_start,aggravated_amount,aggravation_reason";

    private FeePenaltyFiles() {
    }

    /** A file of {@code rows} rows for organisations no other test uses; {@code override} may replace a row. */
    public static byte[] csv(int rows, String chargePeriodStart, IntFunction<String> override) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder b = new StringBuilder(HEADER).append("\r\n");
        for (int i = 0; i < rows; i++) {
            String replaced = override.apply(i);
            b.append(replaced != null ? replaced : row("org-" + run + "-" + i, "Organisation " + i + ", Ltd", i % 3 + 1,
                    chargePeriodStart)).append("\r\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] csv(int rows, String chargePeriodStart) {
        return csv(rows, chargePeriodStart, i -> null);
    }

    static String row(String organisationId, String name, int tier, String chargePeriodStart) {
        return organisationId + ",\"" + name + "\",ZA" + String.format("%06d", Math.abs(organisationId.hashCode() % 1000000))
                + "," + tier + "," + chargePeriodStart + ",,";
    }

    public static Response upload(String token, String key, byte[] file) {
        var request = given().auth().oauth2(token).multiPart("file", "unpaid-fees.csv", file, "text/csv");
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.post("/fee-penalties/batches");
    }

    public static Response upload(byte[] file) {
        return upload(Tokens.decisionMaker("decision-maker-grace"), UUID.randomUUID().toString(), file);
    }

    /** A batch of one notice of intent given today (the service's clock), for an organisation no other test uses. */
    public static String batch() {
        return upload(csv(1, java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).minusMonths(2).toString()))
                .then().statusCode(201).extract().path("id");
    }

    /** A penalty at NOTICE_OF_INTENT_GIVEN, its representations period still running. */
    public static String noticeOfIntent() {
        return org.casework.testing.Sql.queryString("select id::text from fee_penalty where batch_id = ?",
                UUID.fromString(batch()));
    }

    /** A penalty whose notice of intent was given 30 days ago: its penalty notice may be given today. */
    public static String representationsEnded() {
        return moved(noticeOfIntent(), "notice_of_intent_given_on = notice_of_intent_given_on - 30, "
                + "representations_due_on = representations_due_on - 30");
    }

    /** A penalty whose penalty notice was given today. */
    public static String penaltyNoticeGiven() {
        return moved(representationsEnded(), "status = 'PENALTY_NOTICE_GIVEN', penalty_notice_given_on = "
                + "representations_due_on + 10, payment_due_on = representations_due_on + 37, appeal_due_on = "
                + "representations_due_on + 38");
    }

    private static String moved(String id, String assignment) {
        try {
            org.casework.testing.Sql.update("update fee_penalty set " + assignment + " where id = ?", UUID.fromString(id));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    static Response penaltyNotice(String token, Object id) {
        return given().auth().oauth2(token).post("/fee-penalties/" + id + "/penalty-notice");
    }

    static Response feePaid(String token, Object id, String paidOn) {
        return given().auth().oauth2(token).contentType("application/json").body("{\"paidOn\":\"" + paidOn + "\"}")
                .post("/fee-penalties/" + id + "/fee-paid");
    }
}
