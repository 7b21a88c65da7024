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
    void theDatabaseRefusesToUpdateDeleteOrTruncateTheAuditTable() {
        CaseApi.open();
        for (String sql : new String[] { "update audit_event set subject = 'mallory' where seq = 1",
                "delete from audit_event where seq = 1", "truncate audit_event" }) {
            SQLException e = assertThrows(SQLException.class, () -> Sql.execute(sql), sql);
            assertThat(e.getMessage(), containsString("append-only"));
        }
        given().auth().oauth2(Tokens.auditor()).get("/audit/verify").then().statusCode(200).body("valid", equalTo(true));
    }

    @Test
    void aRowAlteredBehindTheTriggersBackIsNamedByVerify() throws SQLException {
        CaseApi.open();
        long seq = Sql.queryLong("select max(seq) from audit_event") - 1;
        String original = Sql.queryString("select subject from audit_event where seq = ?", seq);
        try {
            asSuperuserWithoutTrigger("update audit_event set subject = 'mallory' where seq = " + seq);
            given().auth().oauth2(Tokens.auditor()).get("/audit/verify").then().statusCode(200)
                    .body("valid", equalTo(false))
                    .body("brokenAt", equalTo((int) seq));
        } finally {
            asSuperuserWithoutTrigger("update audit_event set subject = '" + original + "' where seq = " + seq);
        }
        given().auth().oauth2(Tokens.auditor()).get("/audit/verify").then().statusCode(200).body("valid", equalTo(true));
    }

    @Test
    void aRowRemovedBehindTheTriggersBackIsNamedByVerify() throws SQLException {
        CaseApi.open();
        CaseApi.open();
        long seq = Sql.queryLong("select max(seq) from audit_event") - 1;
        try {
            asSuperuserWithoutTrigger("create table removed_audit_event as select * from audit_event where seq = " + seq
                    + "; delete from audit_event where seq = " + seq);
            given().auth().oauth2(Tokens.auditor()).get("/audit/verify").then().statusCode(200)
                    .body("valid", equalTo(false))
                    .body("brokenAt", equalTo((int) seq));
        } finally {
            asSuperuserWithoutTrigger("insert into audit_event select * from removed_audit_event; drop table removed_audit_event");
        }
        given().auth().oauth2(Tokens.auditor()).get("/audit/verify").then().statusCode(200).body("valid", equalTo(true));
    }

    @Test
    void concurrentWritersKeepOneLinearChain() throws Exception {
        long before = Sql.queryLong("select count(*) from audit_event");
        java.util.Map<Integer, Long> statuses = Concurrently.overlappingStatuses(20,
                (i, barrier) -> given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON)
                        .header(OverlapBarrier.HEADER, barrier).header("Idempotency-Key", UUID.randomUUID().toString())
                        .body(org.casework.cases.CaseRequests.newCase("Concurrent case " + i, "org-" + i)).post("/cases"));
        assertThat(statuses, equalTo(Map.of(201, 20L)));
        long after = Sql.queryLong("select count(*) from audit_event");
        assertThat(after - before, equalTo(20L));
        assertThat(Sql.queryLong("select max(seq) - min(seq) + 1 - count(*) from audit_event"), equalTo(0L));
        given().auth().oauth2(Tokens.auditor()).get("/audit/verify").then().statusCode(200)
                .body("valid", equalTo(true)).body("entries", equalTo((int) after));
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

    /** As the database superuser, with the append-only trigger disabled: what an intruder with DBA rights could do. */
    private static void asSuperuserWithoutTrigger(String sql) throws SQLException {
        try (Connection c = PostgresResource.connect(); Statement s = c.createStatement()) {
            s.execute("alter table audit_event disable trigger audit_event_append_only");
            try {
                for (String part : sql.split(";")) {
                    s.execute(part);
                }
            } finally {
                s.execute("alter table audit_event enable trigger audit_event_append_only");
            }
        }
    }
}
