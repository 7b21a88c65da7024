package org.casework.cases.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.casework.audit.proof.DetailsHash;
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
import io.quarkus.test.junit.TestProfile;

/**
 * The sequencer catching up a backlog of many batches: during a run of full batches each scan starts after
 * the run's last linked id, and the floor moves past the backlog only when the run is over, so an entry whose
 * transaction was open during the run is still linked. The application's own sequencer is off, as in
 * {@link AuditSequencerTest}.
 */
@QuarkusTest
@TestProfile(AuditSequencerTest.NoSequencer.class)
class AuditSequencerBacklogTest {

    private static final int BATCH = 100;
    private AuditSequencer sequencer;

    private static final String NAME = "audit-sequencer backlog test";

    /** The sequencer's connection, named so that the test can wait for its session to end. */
    private static Connection connect() throws SQLException {
        Connection c = PostgresResource.connect();
        try (Statement s = c.createStatement()) {
            s.execute("set application_name = '" + NAME + "'");
        }
        return c;
    }

    private AuditSequencer sequencer(int batch) {
        sequencer = new AuditSequencer(AuditSequencerBacklogTest::connect, AuditSequencerService.LEASE_KEY,
                Clock.systemUTC(), batch, new CheckpointWriter(new CheckpointSigner("case-service",
                        AuditKeys.developmentKey()), Duration.ZERO, 1_000_000));
        while (sequencer.tick().linked() > 0) {
            // whatever earlier tests left unlinked, so that each test starts from an empty queue
        }
        return sequencer;
    }

    @AfterEach
    void letGo() {
        if (sequencer != null) {
            sequencer.close();
        }
    }

    private static long unlinked() {
        return Sql.queryLong("select count(*) from audit_entry e where not exists "
                + "(select 1 from audit_link l where l.entry_id = e.id)");
    }

    /** {@code n} entries in one transaction (one statement), as a bulk import or a stopped sequencer leaves them. */
    private static void appendBacklog(Connection c, int n, String action) throws SQLException {
        String salt = DetailsHash.newSalt();
        try (PreparedStatement s = c.prepareStatement("insert into audit_entry (occurred_at, subject, roles, action, "
                + "resource_type, outcome, details, details_salt, details_hash) select now(), 'tester', 'auditor', ?, "
                + "'test', 'SUCCESS', '{}'::jsonb, ?, ? from generate_series(1, ?)")) {
            s.setString(1, action);
            s.setString(2, salt);
            s.setString(3, DetailsHash.of(salt, "{}"));
            s.setInt(4, n);
            s.executeUpdate();
        }
    }

    private static void appendBacklog(int n, String action) throws SQLException {
        try (Connection c = PostgresResource.connect()) {
            appendBacklog(c, n, action);
        }
    }

    /** Ticks until a batch is not full: one run (or one plain scan). */
    private List<AuditSequencer.Tick> run() {
        List<AuditSequencer.Tick> ticks = new ArrayList<>();
        AuditSequencer.Tick tick;
        do {
            tick = sequencer.tick();
            ticks.add(tick);
        } while (sequencer.wasFull(tick));
        return ticks;
    }

    @Test
    void aBacklogOfManyBatchesIsLinkedWholeGapFreeInIdOrderAndTheFloorPassesItWhenTheRunEnds() throws SQLException {
        sequencer(BATCH);
        long seqBefore = Sql.queryLong("select coalesce(max(seq), 0) from audit_link");
        appendBacklog(10 * BATCH + 37, "test.backlog.order");

        List<AuditSequencer.Tick> ticks = run();

        assertEquals(11, ticks.size(), "ten full batches, then the last 37");
        assertEquals(0, unlinked());
        assertEquals(0L, Sql.queryLong("select max(seq) - count(*) from audit_link"), "no gap in seq");
        assertEquals(10 * BATCH + 37L, Sql.queryLong("select count(*) from audit_link l join audit_entry e "
                + "on e.id = l.entry_id where e.action = 'test.backlog.order' and l.seq > ?", seqBefore));
        assertEquals(0L, Sql.queryLong("select count(*) from (select l.seq - lag(l.seq) over (order by e.id) as step "
                + "from audit_link l join audit_entry e on e.id = l.entry_id where e.action = 'test.backlog.order') s "
                + "where s.step <> 1"), "the backlog is linked in id order, one seq after the other");
        String backlogTxid = Sql.queryString(
                "select max(txid)::text from audit_entry where action = 'test.backlog.order'");
        assertEquals(0L, Sql.queryLong("select count(*) from audit_link l join audit_entry e on e.id = l.entry_id "
                + "where e.action = 'test.backlog.order' and l.scan_floor > e.txid"),
                "during the run the links store the floor from before it");

        appendBacklog(1, "test.backlog.after");
        assertEquals(1, sequencer.tick().linked());
        assertEquals(1L, Sql.queryLong("select count(*) from audit_link l join audit_entry e on e.id = l.entry_id "
                + "where e.action = 'test.backlog.after' and l.scan_floor > cast(? as xid8)", backlogTxid),
                "once the run is over the floor is past the backlog's transaction");
        given().auth().oauth2(Tokens.auditor()).get("/audit/verify").then().statusCode(200)
                .body("valid", equalTo(true)).body("pending", equalTo(0));
    }

    @Test
    void anEntryWhoseTransactionCommitsAfterARunHasPassedItsIdIsLinkedOnceTheRunEnds() throws SQLException {
        lateEntryIsLinked(2);
    }

    @Test
    void anEntryWhoseTransactionStaysOpenAcrossAWholeRunIsLinkedWhenItCommits() throws SQLException {
        lateEntryIsLinked(Integer.MAX_VALUE);
    }

    /** An entry takes a small id and stays open while a backlog of 3½ batches is linked; it commits after {@code ticks}. */
    private void lateEntryIsLinked(int ticks) throws SQLException {
        sequencer(BATCH);
        long lateId;
        try (Connection late = PostgresResource.connect()) {
            late.setAutoCommit(false);
            appendBacklog(late, 1, "test.late.during-run");
            try (PreparedStatement s = late.prepareStatement(
                    "select currval(pg_get_serial_sequence('audit_entry', 'id'))"); var rs = s.executeQuery()) {
                rs.next();
                lateId = rs.getLong(1);
            }
            appendBacklog(3 * BATCH + BATCH / 2, "test.backlog.late");
            List<AuditSequencer.Tick> run = new ArrayList<>();
            AuditSequencer.Tick tick;
            do {
                tick = sequencer.tick();
                run.add(tick);
                if (run.size() == ticks) {
                    late.commit();
                }
            } while (sequencer.wasFull(tick));
            assertEquals(4, run.size(), "three full batches and the last half");
            assertTrue(run.get(1).after() > lateId, "the run's second scan already starts after the late entry's id");
            if (ticks > run.size()) {
                late.commit();
            }
        }
        assertEquals(1, unlinked(), "the run's scans, after its cursor, could not see the late entry");
        assertEquals(1, sequencer.tick().linked(), "the next scan, from the run's first xmin, finds it");
        assertEquals(0, unlinked());
        assertEquals(Sql.queryLong("select max(seq) from audit_link"), Sql.queryLong("select seq from audit_link where entry_id = ?", lateId));
        assertEquals(0L, Sql.queryLong("select max(seq) - count(*) from audit_link"));
        given().auth().oauth2(Tokens.auditor()).get("/audit/verify").then().statusCode(200).body("valid", equalTo(true));
    }

    @Test
    void eachScanOfARunStartsAfterThePreviousBatchSoCatchingUpIsLinearNotQuadratic() throws SQLException {
        sequencer(500);
        sequencer.close(); // the run below gets a session of its own, whose reads the statistics then count
        long readBefore = auditLinkRowsRead();
        appendBacklog(20_000, "test.backlog.cursor");

        List<AuditSequencer.Tick> ticks = run();
        AuditSequencer.Tick afterRun = sequencer.tick();
        sequencer.close();
        long read = auditLinkRowsRead() - readBefore;

        assertEquals(41, ticks.size(), "40 full batches and an empty last scan");
        assertNull(ticks.get(0).after(), "the run's first scan starts from the floor");
        for (int i = 1; i < ticks.size(); i++) {
            assertNotNull(ticks.get(i).after(), "scan " + i + " starts after the cursor");
            if (i > 1) {
                assertTrue(ticks.get(i).after() >= ticks.get(i - 1).after() + 500,
                        "the cursor moves a whole batch each scan: " + ticks.get(i - 1).after() + " → "
                                + ticks.get(i).after());
            }
        }
        assertNull(afterRun.after(), "the run is over: the next scan is from the floor again");
        assertEquals(0, unlinked());
        // Scanning from the floor each time would read the links made since the floor on every scan: over
        // 40 scans at least 40 × 10,000 on average. After the cursor each scan reads only the links above it.
        long links = Sql.count("audit_link");
        assertTrue(read <= 3 * links, "rows of audit_link read during the run: " + read + ", links: " + links);
    }

    /**
     * Rows of {@code audit_link} read so far, by index or table scan, as the statistics count them. A session
     * reports its counts by the time it has ended (and an idle one within a second or so), so this waits for the
     * sequencer's session to be gone and for the counts to stop moving.
     */
    private static long auditLinkRowsRead() {
        String sql = "select (select coalesce(sum(idx_tup_read), 0) from pg_stat_user_indexes where relname = "
                + "'audit_link') + (select seq_tup_read from pg_stat_user_tables where relname = 'audit_link')";
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        long last = -1;
        while (System.nanoTime() < deadline) {
            boolean sequencerGone = Sql.queryLong(
                    "select count(*) from pg_stat_activity where application_name = ?", NAME) == 0;
            long now = Sql.queryLong(sql);
            if (sequencerGone && now == last) {
                return now;
            }
            last = now;
            try {
                Thread.sleep(1_500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("the statistics of audit_link did not settle");
    }
}
