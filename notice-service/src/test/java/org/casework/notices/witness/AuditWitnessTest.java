package org.casework.notices.witness;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.casework.audit.proof.Signatures;
import org.casework.notices.DownstreamStubs;
import org.casework.platform.audit.witness.AuditWitness;
import org.casework.platform.audit.witness.Outcome;
import org.casework.platform.audit.witness.Peer;
import org.casework.platform.audit.witness.Peers;
import org.casework.testing.Sql;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.Fault;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;

/**
 * notice-service witnessing case-service and representation-service (issue 12 item 4), against
 * WireMock peers that sign checkpoints with the audit-proof library and serve real consistency proofs.
 * Each tampering an operator with one peer's database could do is caught and recorded in
 * notice-service's own audit log; a peer that cannot be asked leaves nothing behind.
 */
@QuarkusTest
class AuditWitnessTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AuditWitness witness;

    @Inject
    Peers peers;

    @Inject
    MeterRegistry metrics;

    private final PeerLog cases = PeerLog.caseService();

    @BeforeEach
    void forgetEverythingWitnessed() throws Exception {
        DownstreamStubs.reset();
        // test set-up only, as the superuser: the table refuses DELETE, and the service may only INSERT
        Sql.execute("alter table audit_witness_observation disable trigger user",
                "delete from audit_witness_observation",
                "alter table audit_witness_observation enable trigger user");
    }

    private Peer casePeer() {
        return peers.all().stream().filter(p -> p.log().equals("case-service")).findFirst().orElseThrow();
    }

    private Outcome witnessCases() {
        return witness.witness(casePeer());
    }

    /**
     * The audit table and its append order: {@code audit_event} by {@code seq} today; {@code audit_entry} by
     * {@code id} once appends no longer wait for the chain (issue 12), read as appended, before any linking.
     */
    private static String[] logTable() {
        return Sql.queryString("select to_regclass('public.audit_entry')::text") != null
                ? new String[] { "audit_entry", "id" } : new String[] { "audit_event", "seq" };
    }

    /** The witness entries of notice-service's audit log about case-service, after {@code marker}: action and details. */
    private static List<Map<String, String>> entriesAfter(long marker) {
        String[] log = logTable();
        return Sql.queryStrings("select (jsonb_build_object('action', action) || details::jsonb)::text from "
                + log[0] + " where " + log[1] + " > ? and resource_type = 'audit-log' "
                + "and resource_id = 'case-service' order by " + log[1], marker)
                .stream().map(AuditWitnessTest::parse).toList();
    }

    private static Map<String, String> parse(String json) {
        try {
            return JSON.readValue(json, new TypeReference<Map<String, String>>() { });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long lastSeq() {
        String[] log = logTable();
        return Sql.queryLong("select coalesce(max(" + log[1] + "), 0) from " + log[0]);
    }

    private double failures(String outcome) {
        var counter = metrics.find("casework.audit.witness.failures").tags("peer", "case-service", "outcome", outcome)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void aGrowingPeerIsWitnessedAtEachNewCheckpointWithAConsistencyProofAndAnUnchangedOneOnlyOnce() {
        long before = lastSeq();
        cases.append(3).serve();
        assertEquals(Outcome.WITNESSED, witnessCases());
        String firstRoot = cases.root();
        cases.append(4).serve();
        assertEquals(Outcome.WITNESSED, witnessCases());
        assertEquals(Outcome.UNCHANGED, witnessCases());

        List<Map<String, String>> entries = entriesAfter(before);
        assertEquals(2, entries.size(), entries.toString());
        assertThat(entries.get(0), hasEntry("action", "audit.checkpoint.witnessed"));
        assertThat(entries.get(0), hasEntry("treeSize", "3"));
        assertThat(entries.get(0), hasEntry("rootHash", firstRoot));
        assertThat(entries.get(0), hasEntry("log", "case-service"));
        assertThat(entries.get(0), hasEntry("keyId", Signatures.keyId(PeerLog.CASE_SERVICE_KEY.getPublic())));
        assertThat(entries.get(1), hasEntry("treeSize", "7"));
        assertThat(entries.get(1), hasEntry("rootHash", cases.root()));
        assertThat(entries.get(1), hasEntry("witnessedTreeSize", "3"));
        assertTrue(entries.get(1).get("signature").length() > 80);
        DownstreamStubs.server().verify(1, getRequestedFor(urlPathEqualTo(cases.prefix() + "/audit/consistency")));

        given().auth().oauth2(Tokens.auditor()).get("/audit/witness").then().statusCode(200)
                .body("peers.find { it.log == 'case-service' }.lastWitnessed.treeSize", equalTo(7))
                .body("peers.find { it.log == 'case-service' }.lastWitnessed.rootHash", equalTo(cases.root()))
                .body("peers.find { it.log == 'case-service' }.allChecksPassed", equalTo(true))
                .body("peers.find { it.log == 'case-service' }.lastFailure", nullValue());
    }

    @Test
    void aPeerWhoseTailWasCutOffIsCaughtAsRolledBackOnRecordOnceAndTheLargerTreeStaysTheReference() {
        cases.append(5).serve();
        witnessCases();
        String witnessedRoot = cases.root();
        double alarmsBefore = failures("ROLLED_BACK");
        long before = lastSeq();

        cases.truncateTo(3).serve();
        assertEquals(Outcome.ROLLED_BACK, witnessCases());
        assertEquals(Outcome.ROLLED_BACK, witnessCases()); // still rolled back: alerted again, on record once

        List<Map<String, String>> entries = entriesAfter(before);
        assertEquals(1, entries.size(), entries.toString());
        assertThat(entries.get(0), hasEntry("action", "audit.checkpoint.rolled-back"));
        assertThat(entries.get(0), hasEntry("treeSize", "3"));
        assertThat(entries.get(0), hasEntry("witnessedTreeSize", "5"));
        assertThat(entries.get(0).get("reason"), containsString("smaller than the witnessed 5"));
        assertEquals(alarmsBefore + 2, failures("ROLLED_BACK"));
        given().auth().oauth2(Tokens.auditor()).get("/audit/witness").then().statusCode(200)
                .body("peers.find { it.log == 'case-service' }.allChecksPassed", equalTo(false))
                .body("peers.find { it.log == 'case-service' }.failedChecks", equalTo(1))
                .body("peers.find { it.log == 'case-service' }.lastFailure.outcome", equalTo("audit.checkpoint.rolled-back"))
                .body("peers.find { it.log == 'case-service' }.lastWitnessed.treeSize", equalTo(5))
                .body("peers.find { it.log == 'case-service' }.lastWitnessed.rootHash", equalTo(witnessedRoot));
    }

    @Test
    void aPeerWhoseHistoryWasRewrittenIsCaughtAsInconsistentEvenThoughItsNewCheckpointIsValidlySigned() {
        cases.append(4).serve();
        witnessCases();
        long before = lastSeq();

        cases.rewrite(1).append(2).serve();
        assertEquals(Outcome.INCONSISTENT, witnessCases());

        List<Map<String, String>> entries = entriesAfter(before);
        assertEquals(1, entries.size(), entries.toString());
        assertThat(entries.get(0), hasEntry("action", "audit.checkpoint.inconsistent"));
        assertThat(entries.get(0), hasEntry("treeSize", "6"));
        assertThat(entries.get(0).get("reason"), containsString("does not extend the witnessed tree size 4"));
    }

    @Test
    void aPeerShowingAnotherRootForTheSameTreeSizeIsCaughtAsInconsistent() {
        cases.append(4).serve();
        witnessCases();
        long before = lastSeq();

        cases.rewrite(3).serve();
        assertEquals(Outcome.INCONSISTENT, witnessCases());
        assertThat(entriesAfter(before).get(0), hasEntry("action", "audit.checkpoint.inconsistent"));
    }

    @Test
    void aCheckpointNotSignedWithTheConfiguredKeyIsCaughtAndNeverBecomesTheReference() {
        cases.append(2).serve();
        witnessCases();
        long before = lastSeq();

        cases.append(2).signWithAnotherKey().serve();
        assertEquals(Outcome.BAD_SIGNATURE, witnessCases());

        List<Map<String, String>> entries = entriesAfter(before);
        assertEquals(1, entries.size(), entries.toString());
        assertThat(entries.get(0), hasEntry("action", "audit.checkpoint.bad-signature"));
        assertThat(entries.get(0).get("reason"), containsString("does not verify"));
        given().auth().oauth2(Tokens.auditor()).get("/audit/witness").then().statusCode(200)
                .body("peers.find { it.log == 'case-service' }.lastWitnessed.treeSize", equalTo(2));
    }

    @Test
    void aPeerThatIsDownLeavesNoEntryNoRowAndNoExceptionAndIsWitnessedOnceItAnswersAgain() throws Exception {
        long before = lastSeq();
        long rows = Sql.count("audit_witness_observation");

        cases.serveLatest(aResponse().withStatus(503));
        witness.witnessAll();
        cases.serveLatest(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        witness.witnessAll();
        cases.serveLatest(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"log\":"));
        witness.witnessAll();

        assertThat(entriesAfter(before), empty());
        assertEquals(rows, Sql.count("audit_witness_observation"));
        given().auth().oauth2(Tokens.auditor()).get("/audit/witness").then().statusCode(200)
                .body("peers.find { it.log == 'case-service' }.lastUnreachableAt", org.hamcrest.Matchers.notNullValue())
                .body("peers.find { it.log == 'case-service' }.allChecksPassed", equalTo(true));

        cases.append(3).serve();
        witness.witnessAll();
        assertThat(entriesAfter(before).stream().map(e -> e.get("action")).toList(),
                contains("audit.checkpoint.witnessed"));
        given().auth().oauth2(Tokens.auditor()).get("/audit/witness").then().statusCode(200)
                .body("peers.find { it.log == 'case-service' }.lastUnreachableAt", nullValue());
    }

    @Test
    void aPeerThatCannotProveConsistencyIsNotWitnessedThisRunAndNothingIsRecorded() {
        cases.append(3).serve();
        witnessCases();
        long before = lastSeq();
        cases.append(3).serve();
        DownstreamStubs.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock
                .get(urlPathEqualTo(cases.prefix() + "/audit/consistency")).atPriority(1)
                .willReturn(aResponse().withStatus(503)));

        witness.witnessAll();

        assertThat(entriesAfter(before), empty());
        given().auth().oauth2(Tokens.auditor()).get("/audit/witness").then().statusCode(200)
                .body("peers.find { it.log == 'case-service' }.lastWitnessed.treeSize", equalTo(3));
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteWhatWasWitnessed() {
        cases.append(1).serve();
        witnessCases();
        for (String change : List.of("update audit_witness_observation set tree_size = 0",
                "delete from audit_witness_observation", "truncate audit_witness_observation")) {
            java.sql.SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class,
                    () -> Sql.execute(change));
            assertThat(refused.getMessage(), containsString("append-only"));
        }
    }

    @Test
    void theWitnessReportIsForAuditorsOnly() {
        given().get("/audit/witness").then().statusCode(401);
        for (String token : List.of(Tokens.caseworker(), Tokens.decisionMaker(), Tokens.orgRepresentative("org-1"),
                Tokens.serviceClient("case-service").sign(), Tokens.serviceClient("representation-service").sign())) {
            given().auth().oauth2(token).get("/audit/witness").then().statusCode(403)
                    .contentType("application/problem+json");
        }
    }
}
