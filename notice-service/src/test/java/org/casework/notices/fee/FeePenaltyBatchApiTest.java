package org.casework.notices.fee;

import static io.restassured.RestAssured.given;
import static org.casework.notices.fee.FeePenaltyFiles.csv;
import static org.casework.notices.fee.FeePenaltyFiles.row;
import static org.casework.notices.fee.FeePenaltyFiles.upload;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.casework.notices.AuditEntries;
import org.casework.platform.digest.Sha256;
import org.casework.testing.Problems;
import org.casework.testing.RowCounts;
import org.casework.testing.TestClock;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Uploading unpaid charges: one transaction per file, bad rows reported, nothing half-made, a repeat answered once. */
@QuarkusTest
class FeePenaltyBatchApiTest {

    private static final String[] TABLES = { "fee_penalty", "fee_penalty_batch", "audit_entry", "idempotency_record" };

    @Inject
    TestClock clock;

    @BeforeEach
    void today() {
        clock.setLondon(LocalDateTime.of(2025, 6, 2, 10, 0));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aThousandRowsWithTwoBadOnesCreate998InOneUploadAndReportTheTwo() {
        // line numbers: the header is line 1, so data row i is line i + 2
        byte[] file = csv(1000, "2025-03-01", i -> switch (i) {
            case 100 -> row("org-bad-tier-" + UUID.randomUUID(), "Bad Tier Ltd", 4, "2025-03-01");
            case 500 -> row("org-bad-date-" + UUID.randomUUID(), "Bad Date Ltd", 1, "01/03/2025");
            default -> null;
        });
        RowCounts before = RowCounts.of(TABLES);
        long started = System.nanoTime();
        Response r = upload(file);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("[fee-penalties] a 1,000-row upload (998 created, 2 rejected) took " + millis + " ms");
        r.then().statusCode(201)
                .header("Location", containsString("/fee-penalties/batches/"))
                .body("rowsRead", equalTo(1000))
                .body("rowsCreated", equalTo(998))
                .body("rowsRejected", equalTo(2))
                .body("fileSha256", equalTo(Sha256.hex(file)))
                .body("givenOn", equalTo("2025-06-02"))
                .body("uploadedBy", equalTo("decision-maker-grace"))
                .body("errors", hasSize(2))
                .body("errors[0].row", equalTo(102))
                .body("errors[0].column", equalTo("tier"))
                .body("errors[1].row", equalTo(502))
                .body("errors[1].column", equalTo("charge_period_start"));
        String batch = r.jsonPath().getString("id");
        Map<String, Long> after = RowCounts.of(TABLES).counts();
        assertThat(after.get("fee_penalty"), equalTo(before.counts().get("fee_penalty") + 998));
        assertThat(after.get("fee_penalty_batch"), equalTo(before.counts().get("fee_penalty_batch") + 1));
        assertThat(after.get("idempotency_record"), equalTo(before.counts().get("idempotency_record") + 1));
        // one audit entry for the batch, with its counts and the file's hash: not one per row
        assertThat(after.get("audit_entry"), equalTo(before.counts().get("audit_entry") + 1));
        AuditEntries.Entry entry = AuditEntries.exactlyOne(batch, "fee-penalty.batch-created");
        assertThat(entry.subject(), equalTo("decision-maker-grace"));
        String details = org.casework.testing.Sql.queryString("select details::text from audit_entry where "
                + "resource_id = ? and action = 'fee-penalty.batch-created'", batch);
        assertThat(details, containsString(Sha256.hex(file)));
        assertThat(details, containsString("\"rowsCreated\": \"998\""));
        assertThat(millis, lessThan(30_000L));
        // and once more, warm (the first request of a fresh JVM also pays for class loading and JIT)
        long again = System.nanoTime();
        upload(csv(1000, "2025-03-01")).then().statusCode(201).body("rowsCreated", equalTo(1000));
        System.out.println("[fee-penalties] a second 1,000-row upload (1,000 created) took "
                + (System.nanoTime() - again) / 1_000_000 + " ms");

        given().auth().oauth2(Tokens.auditor()).get("/fee-penalties/batches/" + batch).then().statusCode(200)
                .body("rowsCreated", equalTo(998)).body("errors[1].reason", containsString("YYYY-MM-DD"));
        // the batch's penalties, paged by cursor: 998 in 5 pages of 200, each once
        Set<String> seen = new HashSet<>();
        String next = null;
        int pages = 0;
        do {
            var page = given().auth().oauth2(Tokens.caseworker()).queryParam("batchId", batch)
                    .queryParam("status", "NOTICE_OF_INTENT_GIVEN").queryParam("limit", 200)
                    .queryParam("after", next == null ? "" : next).get("/fee-penalties");
            page.then().statusCode(200);
            seen.addAll(page.jsonPath().getList("items.id"));
            next = page.jsonPath().getString("next");
            pages++;
        } while (next != null);
        assertThat(seen, hasSize(998));
        assertThat(pages, equalTo(5));
    }

    @Test
    void theSameUploadRepeatedWithTheSameKeyAnswersTheSameAndCreatesNothing() {
        byte[] file = csv(20, "2025-03-01");
        String key = UUID.randomUUID().toString();
        String token = Tokens.decisionMaker("decision-maker-grace");
        Response first = upload(token, key, file);
        first.then().statusCode(201).header("Idempotent-Replayed", "false");
        RowCounts before = RowCounts.of(TABLES);
        Response repeat = upload(token, key, file);
        repeat.then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", equalTo(first.header("Location")));
        assertThat(repeat.jsonPath().getString("id"), equalTo(first.jsonPath().getString("id")));
        assertThat(repeat.jsonPath().getInt("rowsCreated"), equalTo(20));
        assertThat(RowCounts.of(TABLES), equalTo(before));
        // the same file under a new key: every charge is penalised already, so nothing is created
        Response again = Problems.assertProblem(upload(token, UUID.randomUUID().toString(), file), 422);
        assertThat(again.jsonPath().getString("type"), containsString("no-valid-rows"));
        assertThat(again.jsonPath().getList("errors"), hasSize(20));
        assertThat(again.jsonPath().getString("errors[0].reason"), containsString("already has a fixed penalty"));
        assertThat(RowCounts.of(TABLES), equalTo(before));
        // the key with another file is refused
        Problems.assertProblem(upload(token, key, csv(3, "2025-03-01")), 422);
        assertThat(RowCounts.of(TABLES), equalTo(before));
    }

    @Test
    void aChargeTwiceInOneFileIsCreatedOnceAndTheRepeatReported() {
        String org = "org-twice-" + UUID.randomUUID();
        byte[] file = (FeePenaltyFiles.HEADER + "\n" + row(org, "Twice Ltd", 1, "2025-03-01") + "\n"
                + row(org, "Twice Ltd", 2, "2025-03-01") + "\n"
                + org + "-b,Capped Ltd,ZA1,3,2024-04-01,4350.01,Ignored reminders\n").getBytes(StandardCharsets.UTF_8);
        upload(file).then().statusCode(201).body("rowsCreated", equalTo(1)).body("rowsRejected", equalTo(2))
                .body("errors[0].row", equalTo(3)).body("errors[0].reason", containsString("row 2"))
                .body("errors[1].column", equalTo("aggravated_amount"))
                .body("errors[1].reason", containsString("s.158(3)"));
    }

    @Test
    void onlyADecisionMakerUploadsAndARefusalChangesNothing() {
        RowCounts before = RowCounts.of(TABLES);
        for (String token : List.of(Tokens.caseworker(), Tokens.auditor(), Tokens.orgRepresentative("org-nhs-supplier"),
                Tokens.service())) {
            Problems.assertProblem(upload(token, UUID.randomUUID().toString(), csv(2, "2025-03-01")), 403);
        }
        Problems.assertProblem(given().multiPart("file", "f.csv", csv(1, "2025-03-01"), "text/csv")
                .header("Idempotency-Key", "k").post("/fee-penalties/batches"), 401);
        assertThat(RowCounts.of(TABLES), equalTo(before));
    }

    @Test
    void aFileThatCannotBeReadAsAWholeIsA4xxProblemAndChangesNothing() {
        RowCounts before = RowCounts.of(TABLES);
        String dm = Tokens.decisionMaker();
        assertType(upload(dm, key(), "org,name\nx,y\n".getBytes(StandardCharsets.UTF_8)), 422, "csv-header");
        assertType(upload(dm, key(), "%PDF-1.7\n\u00e2\u0000\u00ff".getBytes(StandardCharsets.ISO_8859_1)), 422, "not-csv");
        assertType(upload(dm, key(), (FeePenaltyFiles.HEADER + "\n").getBytes(StandardCharsets.UTF_8)), 422, "csv-row-count");
        assertType(upload(dm, key(), (FeePenaltyFiles.HEADER + "\n\"open,quote\n").getBytes(StandardCharsets.UTF_8)), 422,
                "not-csv");
        assertType(upload(dm, key(), csv(5001, "2025-03-01")), 422, "csv-row-count");
        byte[] large = (FeePenaltyFiles.HEADER + "\n" + row("org-large", "L".repeat(800_000), 1, "2025-03-01"))
                .getBytes(StandardCharsets.UTF_8);
        assertType(upload(dm, key(), large), 413, "file-too-large");
        // over the service's 1 MB body limit, sent with its length (a streamed body is cut off by the server itself)
        String boundary = "b" + UUID.randomUUID();
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + FeePenaltyFiles.HEADER + "\n" + "x".repeat(1_100_000) + "\r\n--"
                + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        assertType(given().auth().oauth2(dm).header("Idempotency-Key", key())
                .contentType("multipart/form-data; boundary=" + boundary).body(body).post("/fee-penalties/batches"),
                413, "request-too-large");
        assertType(upload(dm, null, csv(1, "2025-03-01")), 400, "bad-request");
        Problems.assertProblem(given().auth().oauth2(dm).header("Idempotency-Key", key()).multiPart("other", "x")
                .post("/fee-penalties/batches"), 400);
        Problems.assertProblem(given().auth().oauth2(dm).header("Idempotency-Key", key()).contentType("application/json")
                .body("{}").post("/fee-penalties/batches"), 415);
        assertThat(RowCounts.of(TABLES), equalTo(before));
    }

    private static void assertType(Response r, int status, String type) {
        Problems.assertProblem(r, status);
        assertThat(r.asString(), r.jsonPath().getString("type"), containsString(type));
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
