package org.casework.cases.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.casework.audit.proof.DetailsHash;
import org.casework.cases.CaseApi;
import org.casework.platform.audit.AuditKeys;
import org.casework.platform.audit.AuditSequencer;
import org.casework.platform.audit.AuditSequencerService;
import org.casework.platform.audit.CheckpointSigner;
import org.casework.platform.audit.CheckpointWriter;
import org.casework.testing.PostgresResource;
import org.casework.testing.Sql;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The sequencer's ordering and leader lease, driven tick by tick: the application's own sequencer is switched
 * off here, and the tests run sequencers of their own against the same database.
 */
@QuarkusTest
@TestProfile(AuditSequencerTest.NoSequencer.class)
class AuditSequencerTest {

    public static class NoSequencer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("casework.audit.sequencer.enabled", "false");
        }
    }

    private final List<AuditSequencer> sequencers = new ArrayList<>();

    private AuditSequencer sequencer() {
        AuditSequencer s = new AuditSequencer(PostgresResource::connect, AuditSequencerService.LEASE_KEY,
                Clock.systemUTC(), 100, new CheckpointWriter(new CheckpointSigner("case-service",
                        AuditKeys.developmentKey()), Duration.ZERO, 1));
        sequencers.add(s);
        return s;
    }

    @AfterEach
    void letGo() {
        sequencers.forEach(AuditSequencer::close);
    }

    private static long unlinked() {
        return Sql.queryLong("select count(*) from audit_entry e where not exists "
                + "(select 1 from audit_link l where l.entry_id = e.id)");
    }

    private static void appendCommitted(int n) throws SQLException {
        try (Connection c = PostgresResource.connect()) {
            for (int i = 0; i < n; i++) {
                append(c, "test.committed");
            }
        }
    }

    private static void append(Connection c, String action) throws SQLException {
        String salt = DetailsHash.newSalt();
        try (PreparedStatement s = c.prepareStatement("insert into audit_entry (occurred_at, subject, roles, action, "
                + "resource_type, outcome, details, details_salt, details_hash) values (?, 'tester', 'auditor', ?, "
                + "'test', 'SUCCESS', '{}'::jsonb, ?, ?)")) {
            s.setObject(1, java.sql.Timestamp.from(Instant.now()));
            s.setString(2, action);
            s.setString(3, salt);
            s.setString(4, DetailsHash.of(salt, "{}"));
            s.executeUpdate();
        }
    }

    @Test
    void entriesAppendedWithNoSequencerRunningArePendingNotBroken() {
        CaseApi.open();
        given().auth().oauth2(Tokens.auditor()).get("/audit/verify").then().statusCode(200)
                .body("valid", equalTo(true))
                .body("pending", greaterThanOrEqualTo(1))
                .body("lagMillis", greaterThanOrEqualTo(0));
        AuditSequencer s = sequencer();
        while (s.tick().linked() > 0) {
            // a batch at a time until everything committed is linked
        }
        assertEquals(0, unlinked());
        given().auth().oauth2(Tokens.auditor()).get("/audit/verify").then().statusCode(200)
                .body("valid", equalTo(true)).body("pending", equalTo(0));
    }

    @Test
    void aTransactionThatTakesItsIdFirstButCommitsLastIsStillLinked() throws SQLException {
        AuditSequencer s = sequencer();
        s.tick();
        try (Connection late = PostgresResource.connect()) {
            late.setAutoCommit(false);
            append(late, "test.late"); // takes the smaller id, and stays open
            appendCommitted(5);
            for (int i = 0; i < 3; i++) {
                s.tick(); // links the five; the floor must stay at or below the open transaction's xid
            }
            assertEquals(0, unlinked(), "every committed entry is linked");
            late.commit();
        }
        assertEquals(1, unlinked(), "the late entry, committed after the others were linked");
        s.tick();
        assertEquals(0, unlinked());
        long lateSeq = Sql.queryLong("select l.seq from audit_link l join audit_entry e on e.id = l.entry_id "
                + "where e.action = 'test.late'");
        assertEquals(Sql.queryLong("select max(seq) from audit_link"), lateSeq);
        assertEquals(0L, Sql.queryLong("select max(seq) - count(*) from audit_link"));
        given().auth().oauth2(Tokens.auditor()).get("/audit/verify").then().statusCode(200).body("valid", equalTo(true));
    }

    @Test
    void ofTwoSequencersStartedAtOnceOneLeadsAndTheOtherTakesOverWhenItsConnectionDies() throws SQLException {
        AuditSequencer first = sequencer();
        AuditSequencer second = sequencer();
        first.tick();
        second.tick();
        assertTrue(first.isLeader() ^ second.isLeader(), "exactly one leads");
        AuditSequencer leader = first.isLeader() ? first : second;
        AuditSequencer follower = leader == first ? second : first;

        // the leader's session ends (its process died, or the database dropped it)
        Sql.execute("select pg_terminate_backend(pid) from pg_locks where locktype = 'advisory' and granted "
                + "and ((classid::bigint << 32) | objid::bigint) = " + AuditSequencerService.LEASE_KEY);
        appendCommitted(3);
        leader.tick();
        assertFalse(leader.isLeader());
        follower.tick();
        assertTrue(follower.isLeader());
        assertEquals(0, unlinked());
        given().auth().oauth2(Tokens.auditor()).get("/audit/verify").then().statusCode(200).body("valid", equalTo(true));
    }

    @Test
    void aSequencerThatStartsLeadingSignsACheckpointOfTheWholeTree() {
        AuditSequencer s = sequencer();
        while (s.tick().linked() > 0) {
            // drain
        }
        long size = Sql.queryLong("select count(*) from audit_link");
        assertThat(Sql.queryLong("select max(tree_size) from audit_checkpoint"), equalTo(size));
        given().auth().oauth2(Tokens.auditor()).get("/audit/checkpoints/latest").then().statusCode(200)
                .body("treeSize", equalTo((int) size)).body("log", equalTo("case-service"));
    }
}
