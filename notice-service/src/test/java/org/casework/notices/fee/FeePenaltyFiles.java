package org.casework.notices.fee;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.IntFunction;

import org.casework.testing.Tokens;

import io.restassured.response.Response;

/** CSV files of unpaid charges and the calls that upload them, for the fixed-penalty API tests. */
final class FeePenaltyFiles {

    static final String HEADER =
            "organisation_id,organisation_name,reference,tier,charge_period_start,aggravated_amount,aggravation_reason";

    private FeePenaltyFiles() {
    }

    /** A file of {@code rows} rows for organisations no other test uses; {@code override} may replace a row. */
    static byte[] csv(int rows, String chargePeriodStart, IntFunction<String> override) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder b = new StringBuilder(HEADER).append("\r\n");
        for (int i = 0; i < rows; i++) {
            String replaced = override.apply(i);
            b.append(replaced != null ? replaced : row("org-" + run + "-" + i, "Organisation " + i + ", Ltd", i % 3 + 1,
                    chargePeriodStart)).append("\r\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] csv(int rows, String chargePeriodStart) {
        return csv(rows, chargePeriodStart, i -> null);
    }

    static String row(String organisationId, String name, int tier, String chargePeriodStart) {
        return organisationId + ",\"" + name + "\",ZA" + String.format("%06d", Math.abs(organisationId.hashCode() % 1000000))
                + "," + tier + "," + chargePeriodStart + ",,";
    }

    static Response upload(String token, String key, byte[] file) {
        var request = given().auth().oauth2(token).multiPart("file", "unpaid-fees.csv", file, "text/csv");
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.post("/fee-penalties/batches");
    }

    static Response upload(byte[] file) {
        return upload(Tokens.decisionMaker("decision-maker-grace"), UUID.randomUUID().toString(), file);
    }

    static Response penaltyNotice(String token, Object id) {
        return given().auth().oauth2(token).post("/fee-penalties/" + id + "/penalty-notice");
    }

    static Response feePaid(String token, Object id, String paidOn) {
        return given().auth().oauth2(token).contentType("application/json").body("{\"paidOn\":\"" + paidOn + "\"}")
                .post("/fee-penalties/" + id + "/fee-paid");
    }
}
