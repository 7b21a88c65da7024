package org.casework.cases.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.casework.cases.CaseApi;
import org.casework.testing.AuditEvents;
import org.casework.testing.Concurrently;
import org.casework.testing.OverlapBarrier;
import org.casework.testing.PostgresResource;
import org.casework.testing.Sql;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The audit trail of DESIGN §4 as case-service keeps it. */
@QuarkusTest
class CaseAuditTrailTest {

    private static JsonPath auditOf(String caseId) {
        return new JsonPath(toJson(AuditEvents.all().stream().filter(e -> caseId.equals(e.get("resourceId"))).toList()));
    }

    private static String toJson(Object o) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(o);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyWriteAndEveryReadOfACaseIsRecordedWithWhoHowAndWhat() {
        String id = CaseApi.open();
        given().auth().oauth2(Tokens.decisionMaker()).get("/cases/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON).header("If-Match", "*")
                .body("{\"summary\":\"Corrected summary\"}").patch("/cases/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON).header("If-Match", "*")
                .body("{\"caseworker\":\"caseworker-7\"}").put("/cases/" + id + "/assignee").then().statusCode(200);
        given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON)
                .body("{\"provision\":\"UK GDPR Art 32(1)\",\"description\":\"No MFA\"}")
                .post("/cases/" + id + "/findings").then().statusCode(201);
        CaseApi.transition(Tokens.decisionMaker(), id, "INVESTIGATING", null).then().statusCode(200);
        given().auth().oauth2(Tokens.auditor()).get("/cases/" + id + "/timeline").then().statusCode(200);

        JsonPath audit = auditOf(id);
        assertThat(audit.getList("action"), equalTo(List.of("case.opened", "case.read", "case.updated",
                "case.assigned", "case.finding-recorded", "case.transitioned", "case.timeline-read")));
        assertThat(audit.getList("subject"), equalTo(List.of("caseworker-1", "decision-maker-1", "caseworker-1",
                "caseworker-1", "caseworker-1", "decision-maker-1", "auditor-1")));
        assertThat(audit.getList("roles"), hasItems("caseworker", "decision-maker", "auditor"));
        assertThat(audit.getList("acr"), equalTo(List.of("2", "2", "2", "2", "2", "2", "2")));
        assertThat(audit.getList("outcome"), equalTo(List.of("SUCCESS", "SUCCESS", "SUCCESS", "SUCCESS", "SUCCESS",
                "SUCCESS", "SUCCESS")));
        assertThat(audit.getString("[2].details.changed"), equalTo("summary"));
        assertThat(audit.getString("[5].details.from"), equalTo("OPEN"));
        assertThat(audit.getString("[5].details.to"), equalTo("INVESTIGATING"));
    }

    /** Every page of the trail, however long the test run has made it. */
    @Test
    void theAuditTrailHoldsNoCaseContent() {
        String id = CaseApi.open();
        String all = toJson(AuditEvents.all());
        assertThat(all.contains("home access details"), equalTo(false));
        assertThat(all.contains("Attackers entered"), equalTo(false));
        assertThat(all, containsString(id));
    }

    @Test
    void theDatabaseRefusesToUpdateDeleteOrTruncateEveryAuditTable() throws SQLException {
        CaseApi.open();
        AuditEvents.awaitLinked();
        Map<String, String> anUpdate = Map.of("audit_entry", "subject = 'mallory'", "audit_link", "hash = hash",
                "audit_merkle_node", "hash = hash", "audit_checkpoint", "root_hash = root_hash",
                "audit_event_v1", "hash = hash", "audit_chain_head_v1", "last_seq = last_seq");
        Sql.execute("insert into audit_event_v1 values (1, now(), 's', null, null, 'r', null, 'a', 't', null, 'SUCCESS', "
                + "'{}', repeat('0', 64), repeat('1', 64))");
        anUpdate.forEach((table, set) -> {
            for (String sql : new String[] { "update " + table + " set " + set, "delete from " + table,
                    "truncate " + table + " cascade" }) {
                SQLException e = assertThrows(SQLException.class, () -> Sql.execute(sql), sql);
                assertThat(e.getMessage(), containsString("append-only"));
            }
        });
        given().auth().oauth2(Tokens.auditor()).get("/audit/verify?full=true").then().statusCode(200).body("valid", equalTo(true));
    }

    @Test
    void anEntryAlteredBehindTheTriggersBackIsNamedByVerify() throws SQLException {
        CaseApi.open();
        long seq = AuditEvents.lastSeq() - 1;
        long entry = Sql.queryLong("select entry_id from audit_link where seq = ?", seq);
        String original = Sql.queryString("select subject from audit_entry where id = ?", entry);
        try {
            asOwnerWithoutTriggers("update audit_entry set subject = 'mallory' where id = " + entry);
            given().auth().oauth2(Tokens.auditor()).get("/audit/verify?full=true").then().statusCode(200)
                    .body("valid", equalTo(false))
                    .body("brokenAt", equalTo((int) seq));
        } finally {
            asOwnerWithoutTriggers("update audit_entry set subject = '" + original + "' where id = " + entry);
        }
        given().auth().oauth2(Tokens.auditor()).get("/audit/verify?full=true").then().statusCode(200).body("valid", equalTo(true));
    }

    @Test
    void changedDetailsAreNamedByVerify() throws SQLException {
        CaseApi.open();
        long seq = AuditEvents.lastSeq();
        long entry = Sql.queryLong("select entry_id from audit_link where seq = ?", seq);
        String original = Sql.queryString("select details::text from audit_entry where id = ?", entry);
        try {
            asOwnerWithoutTriggers("update audit_entry set details = '{\"reference\":\"forged\"}' where id = " + entry);
            given().auth().oauth2(Tokens.auditor()).get("/audit/verify?full=true").then().statusCode(200)
                    .body("valid", equalTo(false))
                    .body("brokenAt", equalTo((int) seq))
                    .body("reason", containsString("details"));
        } finally {
            asOwnerWithoutTriggers("update audit_entry set details = '" + original + "' where id = " + entry);
        }
        given().auth().oauth2(Tokens.auditor()).get("/audit/verify?full=true").then().statusCode(200).body("valid", equalTo(true));
    }

    @Test
    void anEntryRemovedBehindTheTriggersBackIsNamedByVerify() throws SQLException {
        CaseApi.open();
        CaseApi.open();
        long seq = AuditEvents.lastSeq() - 1;
        try {
            asOwnerWithoutTriggers(remove("seq = " + seq));
            given().auth().oauth2(Tokens.auditor()).get("/audit/verify?full=true").then().statusCode(200)
                    .body("valid", equalTo(false))
                    .body("brokenAt", equalTo((int) seq));
        } finally {
            asOwnerWithoutTriggers(RESTORE);
        }
        given().auth().oauth2(Tokens.auditor()).get("/audit/verify?full=true").then().statusCode(200).body("valid", equalTo(true));
    }

    @Test
    void aTailCutOffBelowASignedCheckpointIsNamedByVerify() throws SQLException {
        CaseApi.open();
        CaseApi.open();
        long last = AuditEvents.lastSeq();
        awaitCheckpointOf(last);
        try {
            // the tail's entries, links and leaves go; the checkpoints table is rewound too, but one remains
            asOwnerWithoutTriggers(remove("seq >= " + (last - 1)) + "; create table removed_checkpoint as select * from "
                    + "audit_checkpoint where tree_size > " + last + "; delete from audit_checkpoint where tree_size > " + last);
            given().auth().oauth2(Tokens.auditor()).get("/audit/verify?full=true").then().statusCode(200)
                    .body("valid", equalTo(false))
                    .body("brokenAt", equalTo((int) last - 1))
                    .body("reason", containsString("checkpoint"));
        } finally {
            asOwnerWithoutTriggers(RESTORE + "; insert into audit_checkpoint select * from removed_checkpoint; "
                    + "drop table removed_checkpoint");
        }
        given().auth().oauth2(Tokens.auditor()).get("/audit/verify?full=true").then().statusCode(200).body("valid", equalTo(true));
    }

    /** Saves and removes the links (and their entries) matching {@code where}, for {@link #RESTORE}. */
    private static String remove(String where) {
        return "create table removed_link as select * from audit_link where " + where
                + "; create table removed_entry as select * from audit_entry where id in (select entry_id from removed_link)"
                + "; delete from audit_link where " + where
                + "; delete from audit_entry where id in (select entry_id from removed_link)";
    }

    private static final String RESTORE = "insert into audit_entry overriding system value select * from removed_entry"
            + "; insert into audit_link select * from removed_link; drop table removed_link; drop table removed_entry";

    private static void awaitCheckpointOf(long size) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (Sql.queryLong("select count(*) from audit_checkpoint where tree_size >= ?", size) == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no checkpoint of " + size + " entries within 10 s");
            }
            java.util.concurrent.locks.LockSupport.parkNanos(20_000_000);
        }
    }

    @Test
    void fiftyConcurrentWritersAndReadersLeaveOneGapFreeChainThatVerifies() throws Exception {
        String readable = CaseApi.open();
        long before = Sql.queryLong("select count(*) from audit_entry");
        java.util.Map<Integer, Long> statuses = Concurrently.overlappingStatuses(50,
                (i, barrier) -> i % 2 == 0
                        ? given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON)
                                .header(OverlapBarrier.HEADER, barrier).header("Idempotency-Key", UUID.randomUUID().toString())
                                .body(org.casework.cases.CaseRequests.newCase("Concurrent case " + i, "org-" + i)).post("/cases")
                        : given().auth().oauth2(Tokens.caseworker()).header(OverlapBarrier.HEADER, barrier)
                                .get("/cases/" + readable));
        assertThat(statuses, equalTo(Map.of(201, 25L, 200, 25L)));
        long after = Sql.queryLong("select count(*) from audit_entry");
        assertThat(after - before, equalTo(50L));
        assertThat(AuditEvents.lastSeq(), equalTo(after));
        assertThat(Sql.queryLong("select max(seq) - min(seq) + 1 - count(*) from audit_link"), equalTo(0L));
        given().auth().oauth2(Tokens.auditor()).get("/audit/verify?full=true").then().statusCode(200)
                .body("valid", equalTo(true)).body("entries", equalTo((int) after)).body("pending", equalTo(0));
    }

    @Test
    void auditEventsArePagedBySequenceNumber() {
        CaseApi.open();
        CaseApi.open();
        JsonPath first = given().auth().oauth2(Tokens.auditor()).queryParam("limit", 1).get("/audit/events")
                .then().statusCode(200).extract().jsonPath();
        assertThat(first.getInt("items[0].seq"), equalTo(1));
        JsonPath second = given().auth().oauth2(Tokens.auditor()).queryParam("limit", 1)
                .queryParam("after", first.getString("next")).get("/audit/events").then().statusCode(200).extract().jsonPath();
        assertThat(second.getInt("items[0].seq"), equalTo(2));
        assertThat(second.getString("items[0].previousHash"), equalTo(first.getString("items[0].hash")));
    }

    /**
     * As the database's owner (here the superuser), with the append-only triggers disabled: what an intruder with
     * the owner's rights could do.
     */
    private static void asOwnerWithoutTriggers(String sql) throws SQLException {
        try (Connection c = PostgresResource.connect(); Statement s = c.createStatement()) {
            s.execute("set session_replication_role = replica");
            for (String part : sql.split(";")) {
                s.execute(part);
            }
        }
    }
}
