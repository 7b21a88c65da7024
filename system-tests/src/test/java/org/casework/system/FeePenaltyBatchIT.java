package org.casework.system;

import static org.casework.system.ReferenceSteps.at;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.response.Response;

/**
 * One upload of 1,002 unpaid data-protection charges (DPA 2018 s.155(1)(c), s.158) through the packaged
 * notice-service: the 1,000 valid rows become fixed penalties' notices of intent given today (Sch 16 para 3(4)) in
 * one transaction with the batch and its one audit entry; the two bad rows (a tier the Charges Regulations 2018
 * reg 3(1) do not have, a malformed registration reference) are reported by line, column and reason and not created.
 * A file with no valid row creates nothing; a repeat with the same Idempotency-Key answers the first answer; the same
 * charges sent again under another key are refused, as a charge is penalised once. Nothing else changes.
 */
class FeePenaltyBatchIT {

    private static final String HEADER = "organisation_id,organisation_name,reference,tier,charge_period_start,"
            + "aggravated_amount,aggravation_reason";
    private static final int ROWS = 1_002;
    /** The data rows (1-based) that are bad; their lines in the file are one more (the header is line 1). */
    private static final int UNKNOWN_TIER = 250;
    private static final int MALFORMED_REFERENCE = 751;

    private static Suite suite;

    @BeforeAll
    static void start() throws Exception {
        suite = Suite.get();
        Clocks.reset(suite);
    }

    @AfterAll
    static void resetClocks() {
        Clocks.reset(suite);
    }

    @Test
    void aThousandFixedPenaltiesInOneUploadWithTwoBadRowsReportedAndNothingElseChanged() throws Exception {
        ReferenceSteps r = new ReferenceSteps(suite);
        String prefix = "org-e2e-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String periodStart = today.minusMonths(2).withDayOfMonth(1).toString();
        List<String> rows = new ArrayList<>();
        Set<String> good = new LinkedHashSet<>();
        for (int i = 1; i <= ROWS; i++) {
            String organisation = prefix + "-" + i;
            boolean aggravated = i % 100 == 0;
            String tier = i == UNKNOWN_TIER ? "4" : aggravated ? "3" : String.valueOf(i % 3 + 1);
            String reference = i == MALFORMED_REFERENCE ? "ZA 00#751" : "ZA" + (700000 + i);
            rows.add(organisation + ",Unpaid Trading " + i + " Ltd," + reference + "," + tier + "," + periodStart + ","
                    + (aggravated ? "4350.00,Three reminders ignored over six months" : ","));
            if (i != UNKNOWN_TIER && i != MALFORMED_REFERENCE) {
                good.add(organisation);
            }
        }
        byte[] file = csv(rows);
        byte[] onlyBad = csv(List.of(rows.get(UNKNOWN_TIER - 1), rows.get(MALFORMED_REFERENCE - 1)));
        Counts before = Counts.now(prefix);

        // a file with no valid row creates nothing: the two bad rows alone
        upload(r, onlyBad, UUID.randomUUID().toString()).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("no-valid-rows"))
                .body("errors.row", equalTo(List.of(2, 3)))
                .body("errors.column", equalTo(List.of("tier", "reference")));
        assertEquals(before, Counts.now(prefix), "nothing created by a file with no valid row");

        String key = "e2e-fees-" + UUID.randomUUID();
        long started = System.nanoTime();
        Response created = upload(r, file, key);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("1,000 fee penalties created in %,d ms (one upload of %,d rows, %,d bytes)%n", millis, ROWS, file.length);
        created.then().statusCode(201)
                .body("rowsRead", equalTo(ROWS))
                .body("rowsCreated", equalTo(1_000))
                .body("rowsRejected", equalTo(2))
                .body("fileSha256", equalTo(sha256(file)))
                .body("givenOn", equalTo(today.toString()));
        List<Map<String, Object>> errors = created.path("errors");
        assertEquals(2, errors.size(), errors.toString());
        assertEquals(List.of(UNKNOWN_TIER + 1, MALFORMED_REFERENCE + 1), errors.stream().map(e -> e.get("row")).toList());
        assertEquals(List.of("tier", "reference"), errors.stream().map(e -> e.get("column")).toList());
        assertTrue(((String) errors.get(0).get("reason")).startsWith("must be 1, 2 or 3 (Charges Regulations 2018 reg 3(1)); '4'"),
                errors.toString());
        assertTrue(((String) errors.get(1).get("reason")).contains("letters, digits, '/' or '-'"), errors.toString());
        assertTrue(millis < 30_000, "1,000 rows took " + millis + " ms");
        String batch = created.path("id");
        assertEquals(before.plus(1_000, 1, 1), Counts.now(prefix), "the batch, its 1,000 penalties and one audit entry");

        // the batch answers the same later, and lists exactly the 1,000 good rows
        at(r.notices, r.alan).get("/fee-penalties/batches/" + batch).then().statusCode(200)
                .body("rowsCreated", equalTo(1_000))
                .body("errors.row", equalTo(List.of(UNKNOWN_TIER + 1, MALFORMED_REFERENCE + 1)));
        List<Map<String, Object>> listed = listed(r, batch);
        assertEquals(1_000, listed.size());
        assertEquals(1_000, listed.stream().map(p -> p.get("id")).distinct().count());
        assertEquals(new TreeSet<>(good), listed.stream().map(p -> (String) p.get("organisationId"))
                .collect(Collectors.toCollection(TreeSet::new)), "the good rows' organisations, the bad rows' not");
        assertTrue(listed.stream().allMatch(p -> "NOTICE_OF_INTENT_GIVEN".equals(p.get("status"))
                && today.toString().equals(p.get("noticeOfIntentGivenOn"))));
        assertEquals(10, listed.stream().filter(p -> p.get("aggravatedAmount") != null).count());
        Map<String, Object> first = listed.stream().filter(p -> (prefix + "-1").equals(p.get("organisationId"))).findFirst().orElseThrow();
        assertEquals("600.00", ((Map<?, ?>) first.get("amount")).get("amount"), "tier 2: the published fixed amount (s.158(1))");

        // the same file with the same key: the first answer again, nothing doubled
        Response again = upload(r, file, key);
        again.then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(batch));
        assertEquals(before.plus(1_000, 1, 1), Counts.now(prefix), "a repeat with the key creates nothing");
        // the same charges under another key: each is penalised once already, so no valid row and nothing created
        upload(r, csv(rows.stream().filter(row -> good.contains(row.substring(0, row.indexOf(',')))).toList()),
                UUID.randomUUID().toString()).then().statusCode(422)
                .body("type", endsWith("no-valid-rows"))
                .body("errors", hasSize(1_000))
                .body("errors[0].reason", containsString("already has a fixed penalty"));
        assertEquals(before.plus(1_000, 1, 1), Counts.now(prefix), "a charge is penalised once");
        assertEquals(1_000, listed(r, batch).size());

        r.assertAuditChainsValid();
        r.awaitAudited(r.notices, List.of(batch), "fee-penalty.batch-created");
    }

    private static Response upload(ReferenceSteps r, byte[] file, String key) {
        return at(r.notices, r.grace).header("Idempotency-Key", key).multiPart("file", "unpaid-fees.csv", file, "text/csv")
                .post("/fee-penalties/batches");
    }

    /** Every penalty of the batch, page by page (at most 200 a page). */
    private static List<Map<String, Object>> listed(ReferenceSteps r, String batch) {
        List<Map<String, Object>> all = new ArrayList<>();
        String next = null;
        do {
            var page = at(r.notices, r.ada).queryParam("batchId", batch).queryParam("limit", 200);
            Response answer = (next == null ? page : page.queryParam("after", next)).get("/fee-penalties");
            answer.then().statusCode(200);
            all.addAll(answer.<List<Map<String, Object>>>path("items"));
            next = answer.path("next");
        } while (next != null);
        return all;
    }

    private static byte[] csv(List<String> rows) {
        return (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** What an upload may change in notice-service's database: penalties (and this test's), batches, their audit entries. */
    private record Counts(int penalties, int ours, int batches, int batchAudit) {

        static Counts now(String prefix) throws Exception {
            return new Counts(count("fee_penalty"), count("fee_penalty where organisation_id like '" + prefix + "-%'"),
                    count("fee_penalty_batch"), count("audit_event where action like 'fee-penalty.%'"));
        }

        Counts plus(int penalties, int batches, int audit) {
            return new Counts(this.penalties + penalties, ours + penalties, this.batches + batches, batchAudit + audit);
        }

        private static int count(String from) throws Exception {
            try (var c = suite.database("notices"); var s = c.createStatement(); var rs = s.executeQuery("select count(*) from " + from)) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
