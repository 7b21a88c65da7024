package org.casework.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;

import org.casework.local.ServiceProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;

/**
 * Issue 12's bar, through the packaged services: two replicas of case-service on one database append audit
 * entries at once under write load, and the one whose sequencer holds the lease is killed ({@code kill -9})
 * in the middle of it. The survivor must take the lease and link what both committed while the load goes on;
 * the killed one comes back as a follower; then the log is one whole chain with every entry linked, every case
 * that exists has its {@code case.opened} entry and no entry names a case that does not exist (a request that
 * died with the process may have committed or not, but never half), and every case a client was told about exists.
 */
class AuditLogUnderFailureIT {

    private static final int THREADS = 8;
    private static final int PER_REPLICA = 20;
    private static final Duration BOUND = Duration.ofSeconds(30);
    /** AuditSequencerService.APPLICATION_NAME_PREFIX: the sequencer's connection names its process. */
    private static final String SEQUENCER = "audit-sequencer pid ";
    private static final long LEASE_KEY = 0x6175646974L;

    private static Suite suite;
    private static ServiceProcess replica;

    @BeforeAll
    static void start() throws Exception {
        suite = Suite.get();
        Clocks.reset(suite);
        replica = suite.startCasesReplica();
    }

    /** case-service as the other tests know it: the suite's one process, running, its clock unmoved. */
    @AfterAll
    static void restore() throws Exception {
        if (replica != null) {
            replica.close();
        }
        if (!suite.cases.isAlive()) {
            suite.restartCases(suite.cases);
        }
        Clocks.reset(suite);
    }

    @Test
    void twoReplicasKeepOneWholeChainWhenTheSequencerLeaderIsKilledUnderWriteLoadAndComesBack() throws Exception {
        String body = SecurityFixture.referenceCase(suite);
        String alan = suite.staff("alan");
        long leader = awaitLeaseHolder(pid -> pid == suite.cases.pid() || pid == replica.pid(), "one of the two replicas leads");
        boolean originalLeads = leader == suite.cases.pid();
        ServiceProcess victim = originalLeads ? suite.cases : replica;
        ServiceProcess survivor = originalLeads ? replica : suite.cases;
        long began = System.nanoTime();

        CaseOpeningLoad load = new CaseOpeningLoad(THREADS, List.of(victim.url(), survivor.url()), suite.staff("ada"), body);
        try {
            Eventually.await(BOUND, "cases opened through both replicas, with requests in flight on both at once",
                    () -> load.created(victim.url()) >= PER_REPLICA && load.created(survivor.url()) >= PER_REPLICA
                            && overlapAcross(load.sent(), victim.url(), survivor.url()));
            long linkedAtKill = links();
            victim.kill();
            load.target(List.of(survivor.url()));
            Duration takeover = Eventually.await(BOUND, "the survivor's sequencer takes the lease",
                    () -> leaseHolder() == survivor.pid());
            long createdAtTakeover = load.created(survivor.url());
            Eventually.await(BOUND, "the survivor opens cases and links entries while the leader is down",
                    () -> load.created(survivor.url()) >= createdAtTakeover + PER_REPLICA && links() >= linkedAtKill + PER_REPLICA);
            System.out.printf("The survivor (pid %d) took the lease %d ms after the leader (pid %d) was killed%n", survivor.pid(),
                    takeover.toMillis(), leader);
        } finally {
            load.close();
        }
        List<CaseOpeningLoad.Sent> first = load.sent();
        Eventually.await(BOUND, "the survivor links every committed entry while the killed replica is down",
                () -> verify(survivor, alan, false).getLong("pending") == 0);
        assertFalse(victim.isAlive());
        assertNotEquals(leader, leaseHolder(), "the lease holder changed");

        ServiceProcess restarted = suite.restartCases(victim);
        if (victim == replica) {
            replica = restarted;
        }
        Eventually.await(BOUND, "the restarted replica's sequencer stands by", () -> sequencerConnected(restarted.pid()));
        CaseOpeningLoad again = new CaseOpeningLoad(THREADS, List.of(restarted.url(), survivor.url()), suite.staff("ada"), body);
        try {
            Eventually.await(BOUND, "cases opened through the restarted replica and the survivor",
                    () -> again.created(restarted.url()) >= PER_REPLICA && again.created(survivor.url()) >= PER_REPLICA);
        } finally {
            again.close();
        }
        List<CaseOpeningLoad.Sent> second = again.sent();

        for (ServiceProcess s : List.of(survivor, restarted)) {
            Eventually.await(BOUND, "no entry pending on " + s.url(), () -> verify(s, alan, false).getLong("pending") == 0);
        }
        long links = links();
        assertEquals(List.of(links, links, links), counts("select (select count(*) from audit_entry), "
                + "(select count(*) from audit_link), (select coalesce(max(seq), 0) from audit_link)"),
                "every entry linked, seq gap-free from 1 (entries, links, last seq)");
        for (ServiceProcess s : List.of(survivor, restarted)) {
            JsonPath full = verify(s, alan, true);
            assertTrue(full.getBoolean("valid"), s.url() + ": " + full.prettify());
            assertEquals(links, full.getLong("entries"), s.url() + ": " + full.prettify());
            assertEquals(0, full.getLong("pending"));
        }
        assertEquals(List.of(0L, 0L), counts("select (select count(*) from investigation_case c where not exists (select 1 from "
                + "audit_entry e where e.action = 'case.opened' and e.resource_id = c.id::text)), (select count(*) from audit_entry e "
                + "where e.action = 'case.opened' and not exists (select 1 from investigation_case c where c.id::text = e.resource_id))"),
                "cases without their case.opened entry, case.opened entries without their case");
        List<CaseOpeningLoad.Sent> all = new java.util.ArrayList<>(first);
        all.addAll(second);
        List<String> told = all.stream().filter(CaseOpeningLoad.Sent::created).map(CaseOpeningLoad.Sent::caseId).toList();
        assertEquals(told.size(), count("select count(*) from investigation_case where id::text = any (?)", told),
                "every case a client was answered 201 for exists");
        assertTrue(first.stream().allMatch(s -> s.created() || (s.status() == 0 && s.target().equals(victim.url()))),
                "only 201s, and no answer only from the killed replica: " + statuses(first));
        assertTrue(second.stream().allMatch(CaseOpeningLoad.Sent::created), "only 201s after the restart: " + statuses(second));
        System.out.printf("Audit log under failure: %d cases opened (%s), %d entries linked, %d s%n", told.size(), statuses(all), links,
                Duration.ofNanos(System.nanoTime() - began).toSeconds());
    }

    /** Some case opened through one process was in flight while one through the other was. */
    private static boolean overlapAcross(List<CaseOpeningLoad.Sent> sent, String one, String other) {
        List<CaseOpeningLoad.Sent> a = sent.stream().filter(s -> s.created() && s.target().equals(one)).toList();
        return sent.stream().filter(s -> s.created() && s.target().equals(other)).anyMatch(b -> a.stream().anyMatch(b::overlaps));
    }

    private static Map<String, Long> statuses(List<CaseOpeningLoad.Sent> sent) {
        return sent.stream().collect(Collectors.groupingBy(s -> s.target() + " " + (s.status() == 0 ? "no answer" : s.status()),
                TreeMap::new, Collectors.counting()));
    }

    private static long awaitLeaseHolder(LongPredicate expected, String what) throws Exception {
        Eventually.await(BOUND, what, () -> expected.test(leaseHolder()));
        return leaseHolder();
    }

    /** The process id of the case-service whose sequencer holds the lease (0: none does), from its connection's name. */
    private static long leaseHolder() throws Exception {
        try (Connection c = suite.database("cases"); PreparedStatement s = c.prepareStatement("select a.application_name from pg_locks l "
                + "join pg_stat_activity a on a.pid = l.pid where l.locktype = 'advisory' and l.granted and l.objsubid = 1 "
                + "and l.database = (select oid from pg_database where datname = current_database()) "
                + "and l.classid::bigint * 4294967296 + l.objid::bigint = ?")) {
            s.setLong(1, LEASE_KEY);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getString(1).startsWith(SEQUENCER) ? Long.parseLong(rs.getString(1).substring(SEQUENCER.length())) : 0;
            }
        }
    }

    private static boolean sequencerConnected(long pid) throws Exception {
        try (Connection c = suite.database("cases");
                PreparedStatement s = c.prepareStatement("select count(*) from pg_stat_activity where application_name = ?")) {
            s.setString(1, SEQUENCER + pid);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0;
            }
        }
    }

    private static JsonPath verify(ServiceProcess service, String auditor, boolean full) {
        return given().baseUri(service.url()).auth().oauth2(auditor).queryParam("full", full).get("/audit/verify").then().statusCode(200)
                .extract().jsonPath();
    }

    private static long links() throws Exception {
        return counts("select count(*) from audit_link").get(0);
    }

    private static List<Long> counts(String sql) throws Exception {
        try (Connection c = suite.database("cases"); var s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            List<Long> values = new java.util.ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                values.add(rs.getLong(i));
            }
            return values;
        }
    }

    private static long count(String sql, List<String> ids) throws Exception {
        try (Connection c = suite.database("cases"); PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, c.createArrayOf("text", ids.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
