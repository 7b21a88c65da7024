package org.casework.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;

/**
 * Issue 12: tampering with a service's audit log in its database, as its owner, is caught by the witnesses,
 * through the packaged services. notice-service witnesses case-service's signed checkpoints (every
 * {@link Suite#WITNESS_INTERVAL}). Honest growth is witnessed with consistency proofs; then the owner cuts
 * case-service's tail back below the tree notice-service witnessed (entries, links, Merkle nodes, the
 * checkpoints above the cut), which case-service's own {@code /audit/verify} cannot see, and the witness
 * records the rollback; then case-service grows past the witnessed size with other entries, and the witness
 * records the rewritten history. Both are in notice-service's own log and in its report to an auditor.
 * Afterwards the tail is put back, for the suite's other tests, and witnessed as consistent again.
 */
class AuditWitnessIT {

    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final String PEER = "case-service";
    /** AuditSequencerService.APPLICATION_NAME_PREFIX: the sequencer's connection names its process. */
    private static final String SEQUENCER = "audit-sequencer pid ";
    private static final String WITNESSED = "audit.checkpoint.witnessed";
    private static final String ROLLED_BACK = "audit.checkpoint.rolled-back";
    private static final String INCONSISTENT = "audit.checkpoint.inconsistent";

    private static Suite suite;
    private static String alan;

    @BeforeAll
    static void start() throws Exception {
        suite = Suite.get();
        alan = suite.staff("alan");
    }

    @Test
    void theWitnessRecordsHonestGrowthThenATailCutAndARewrittenHistoryByTheDatabaseOwner() throws Exception {
        JsonPath first = awaitWitnessedUpToDate(0);
        assertTrue(first.getBoolean("allChecksPassed"), first.prettify());
        long failedBefore = first.getLong("failedChecks");
        readReferenceCase(3);
        JsonPath honest = awaitWitnessedUpToDate(first.getLong("lastWitnessed.treeSize"));
        long n = honest.getLong("lastWitnessed.treeSize");
        assertTrue(honest.getBoolean("allChecksPassed"), "grown with a consistency proof: " + honest.prettify());
        assertEquals(failedBefore, honest.getLong("failedChecks"));
        assertEquals(Long.toString(n), logged(WITNESSED, n).getString("details.treeSize"));
        long m = n - 3;
        assertTrue(m >= 1, "case-service's log holds entries to cut: " + n);

        Eventually.await(BOUND, "case-service links every entry", () -> verify(suite.cases.url(), false).getLong("pending") == 0);
        try (Connection owner = suite.casesAsOwner()) {
            TamperedTail tail = TamperedTail.cut(owner, m, AuditWitnessIT::endSequencerSession);
            try {
                Eventually.await(BOUND, "case-service signs the cut log", () -> latestCheckpoint() == m);
                JsonPath own = verify(suite.cases.url(), true);
                assertTrue(own.getBoolean("valid"), "no checkpoint above the cut is left to show it: " + own.prettify());

                JsonPath rolledBack = awaitFailure(ROLLED_BACK, size -> size == m);
                assertTrue(rolledBack.getString("lastFailure.reason").contains("smaller than the witnessed " + n),
                        rolledBack.prettify());
                JsonPath rolledBackEntry = logged(ROLLED_BACK, m);
                assertEquals(Long.toString(n), rolledBackEntry.getString("details.witnessedTreeSize"));

                // other entries where the cut ones were: a larger tree that does not extend the witnessed one
                readReferenceCase((int) (n - m) + 2);
                JsonPath rewritten = awaitFailure(INCONSISTENT, size -> size > n);
                long forged = rewritten.getLong("lastFailure.treeSize");
                assertTrue(rewritten.getString("lastFailure.reason").contains("does not extend the witnessed tree size " + n),
                        rewritten.prettify());
                assertEquals(Long.toString(n), logged(INCONSISTENT, forged).getString("details.witnessedTreeSize"));
                assertEquals(n, rewritten.getLong("lastWitnessed.treeSize"), "a failed checkpoint never becomes the reference");
                assertTrue(rewritten.getLong("failedChecks") >= failedBefore + 2, rewritten.prettify());
            } finally {
                tail.restore(AuditWitnessIT::endSequencerSession);
            }
        }

        Eventually.await(BOUND, "case-service links again what it logged after the cut",
                () -> verify(suite.cases.url(), false).getLong("pending") == 0);
        JsonPath whole = verify(suite.cases.url(), true);
        assertTrue(whole.getBoolean("valid"), "case-service's log restored: " + whole.prettify());
        JsonPath after = awaitWitnessedUpToDate(n);
        assertEquals(INCONSISTENT, after.getString("lastFailure.outcome"), after.prettify());
        assertTrue(!after.getBoolean("allChecksPassed") && after.getLong("failedChecks") >= failedBefore + 2,
                "the failures stay on record: " + after.prettify());
        assertTrue(verify(suite.notices.url(), true).getBoolean("valid"), "notice-service's own log, with what it witnessed");
    }

    /** notice-service's report on case-service, once it witnessed case-service's latest checkpoint, larger than {@code than}. */
    private static JsonPath awaitWitnessedUpToDate(long than) throws Exception {
        Eventually.await(BOUND, "notice-service witnesses case-service's latest checkpoint beyond " + than, () -> {
            JsonPath w = witness();
            long latest = latestCheckpoint();
            return w.get("lastWitnessed") != null && w.getLong("lastWitnessed.treeSize") > than
                    && w.getLong("lastWitnessed.treeSize") == latest;
        });
        return witness();
    }

    private static JsonPath awaitFailure(String outcome, java.util.function.LongPredicate size) throws Exception {
        Eventually.await(BOUND, "notice-service records " + outcome, () -> {
            JsonPath w = witness();
            return outcome.equals(w.getString("lastFailure.outcome")) && size.test(w.getLong("lastFailure.treeSize"));
        });
        JsonPath w = witness();
        assertFalse(w.getBoolean("allChecksPassed"), w.prettify());
        return w;
    }

    /** What notice-service tells an auditor it witnessed of case-service (its entry in GET /audit/witness). */
    private static JsonPath witness() {
        return given().baseUri(suite.notices.url()).auth().oauth2(alan).get("/audit/witness").then().statusCode(200)
                .extract().jsonPath().setRootPath("peers.find { it.log == '" + PEER + "' }");
    }

    /**
     * The entry notice-service wrote in its own log for {@code action} on case-service's checkpoint of {@code treeSize},
     * as an auditor reads it there, once linked.
     */
    private static JsonPath logged(String action, long treeSize) throws Exception {
        long[] seq = new long[1];
        Eventually.await(BOUND, "notice-service's log holds " + action + " of tree size " + treeSize, () -> {
            try (Connection c = suite.database("notices"); PreparedStatement s = c.prepareStatement("select max(seq) from audit_event "
                    + "where action = ? and resource_id = ? and details ->> 'treeSize' = ?")) {
                s.setString(1, action);
                s.setString(2, PEER);
                s.setString(3, Long.toString(treeSize));
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    seq[0] = rs.getLong(1);
                    return !rs.wasNull();
                }
            }
        });
        JsonPath entry = given().baseUri(suite.notices.url()).auth().oauth2(alan).queryParam("after", seq[0] - 1).queryParam("limit", 1)
                .get("/audit/events").then().statusCode(200).extract().jsonPath().setRootPath("items[0]");
        assertEquals(action, entry.getString("action"));
        assertEquals(PEER, entry.getString("resourceId"));
        return entry;
    }

    private static long latestCheckpoint() {
        return given().baseUri(suite.cases.url()).auth().oauth2(alan).get("/audit/checkpoints/latest").then().statusCode(200)
                .extract().jsonPath().getLong("treeSize");
    }

    /** full: the whole log walked again, not only what was linked since this process last verified it. */
    private static JsonPath verify(String service, boolean full) {
        return given().baseUri(service).auth().oauth2(alan).queryParam("full", full).get("/audit/verify").then().statusCode(200)
                .extract().jsonPath();
    }

    /**
     * Ends case-service's sequencer's database session (AuditSequencerService names it by process id), as a DBA
     * can with pg_terminate_backend (here the superuser's): the sequencer lets go of its lease, takes it again and
     * reads where the log ends from the tables, as a restart of case-service would make it.
     */
    private static void endSequencerSession() throws java.sql.SQLException {
        try (Connection c = suite.database("cases"); PreparedStatement s = c.prepareStatement(
                "select count(pg_terminate_backend(pid)) from pg_stat_activity where application_name = ?")) {
            s.setString(1, SEQUENCER + suite.cases.pid());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                assertEquals(1, rs.getLong(1), "case-service's sequencer has one session");
            }
        }
    }

    /** Each read of a case is an audit entry in case-service's log ({@code case.read}). */
    private static void readReferenceCase(int times) throws Exception {
        String ada = suite.staff("ada");
        for (int i = 0; i < times; i++) {
            given().baseUri(suite.cases.url()).auth().oauth2(ada).get("/cases/" + suite.referenceCase.caseId()).then().statusCode(200);
        }
    }
}
