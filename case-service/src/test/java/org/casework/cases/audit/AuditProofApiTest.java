package org.casework.cases.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.security.PublicKey;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.casework.audit.proof.Checkpoint;
import org.casework.audit.proof.ExportVerification;
import org.casework.audit.proof.ExportVerifier;
import org.casework.audit.proof.Merkle;
import org.casework.audit.proof.Signatures;
import org.casework.cases.CaseApi;
import org.casework.testing.AuditEvents;
import org.casework.testing.Sql;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** What an auditor can prove from outside: checkpoints, inclusion and consistency proofs, the export. */
@QuarkusTest
class AuditProofApiTest {

    private static Response auditor(String path) {
        return given().auth().oauth2(Tokens.auditor()).get(path);
    }

    /** At least {@code n} linked entries, and a signed checkpoint of all of them. */
    private static JsonPath checkpointOfAtLeast(int n) {
        while (AuditEvents.lastSeq() < n) {
            CaseApi.open();
        }
        long size = AuditEvents.lastSeq();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (Sql.queryLong("select coalesce(max(tree_size), 0) from audit_checkpoint") < size) {
            assertTrue(System.nanoTime() < deadline, "no checkpoint of " + size + " entries within 10 s");
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
        return auditor("/audit/checkpoints/latest").then().statusCode(200).extract().jsonPath();
    }

    private static PublicKey publicKey() {
        JsonPath key = auditor("/audit/public-key").then().statusCode(200)
                .body("algorithm", equalTo("Ed25519")).body("log", equalTo("case-service")).extract().jsonPath();
        PublicKey publicKey = Signatures.publicKeyFromPem(key.getString("publicKeyPem"));
        assertEquals(Signatures.keyId(publicKey), key.getString("keyId"));
        return publicKey;
    }

    private static Checkpoint checkpoint(JsonPath cp) {
        return new Checkpoint(cp.getString("log"), cp.getLong("treeSize"), cp.getString("rootHash"),
                Instant.parse(cp.getString("time")));
    }

    @Test
    void theLatestCheckpointIsSignedByThePublishedKey() {
        JsonPath cp = checkpointOfAtLeast(3);
        assertTrue(Signatures.verify(publicKey(), checkpoint(cp), cp.getString("signature")));
    }

    @Test
    void anInclusionProofLinksAnEntryToTheSignedRoot() {
        JsonPath cp = checkpointOfAtLeast(5);
        long size = cp.getLong("treeSize");
        JsonPath proof = auditor("/audit/events/3/proof").then().statusCode(200).extract().jsonPath();
        assertEquals(size, proof.getLong("treeSize"));
        assertEquals(cp.getString("rootHash"), proof.getString("rootHash"));
        String entryHash = auditor("/audit/events?after=2&limit=1").then().extract().path("items[0].hash");
        assertEquals(Merkle.leafHash(entryHash), proof.getString("leafHash"));
        assertTrue(Merkle.verifyInclusion(2, size, proof.getString("leafHash"), proof.getList("proof", String.class),
                cp.getString("rootHash")));
    }

    @Test
    void aConsistencyProofShowsAnEarlierCheckpointIsAPrefixOfTheLatest() {
        JsonPath earlier = checkpointOfAtLeast(2);
        CaseApi.open();
        JsonPath later = checkpointOfAtLeast((int) AuditEvents.lastSeq());
        long m = earlier.getLong("treeSize");
        long n = later.getLong("treeSize");
        JsonPath proof = given().auth().oauth2(Tokens.auditor()).queryParam("from", m).queryParam("to", n)
                .get("/audit/consistency").then().statusCode(200).extract().jsonPath();
        assertEquals(earlier.getString("rootHash"), proof.getString("fromRoot"));
        assertEquals(later.getString("rootHash"), proof.getString("toRoot"));
        assertTrue(Merkle.verifyConsistency(m, n, proof.getString("fromRoot"), proof.getString("toRoot"),
                proof.getList("proof", String.class)));
    }

    @Test
    void checkpointsArePagedByTreeSize() {
        checkpointOfAtLeast(2);
        JsonPath first = auditor("/audit/checkpoints?limit=1").then().statusCode(200).extract().jsonPath();
        JsonPath second = auditor("/audit/checkpoints?limit=1&after=" + first.getString("next")).then().statusCode(200)
                .extract().jsonPath();
        assertTrue(second.getLong("items[0].treeSize") > first.getLong("items[0].treeSize"));
    }

    @Test
    void theWholeExportVerifiesOfflineAndSoDoesAPartOfIt() {
        JsonPath cp = checkpointOfAtLeast(6);
        Response whole = auditor("/audit/export");
        whole.then().statusCode(200).contentType(containsString("application/x-ndjson"));
        ExportVerification all = ExportVerifier.verify(new StringReader(whole.asString()), publicKey(), 1L);
        assertTrue(all.valid(), all.failures().toString());
        assertEquals(cp.getLong("treeSize"), all.entries());

        String part = auditor("/audit/export?fromSeq=2&toSeq=4").then().statusCode(200).extract().asString();
        assertThat(part, containsString("\"type\":\"range\""));
        ExportVerification some = ExportVerifier.verify(new StringReader(part), publicKey(), 3L);
        assertTrue(some.valid(), some.failures().toString());
        assertEquals(3, some.entries());
    }

    @ParameterizedTest(name = "{0} is refused with 400")
    @CsvSource({ "/audit/events?after=-1", "/audit/events?after=x", "/audit/events?limit=0",
            "/audit/checkpoints?after=x", "/audit/checkpoints?limit=201", "/audit/events/0/proof",
            "/audit/events/abc/proof", "/audit/events/1/proof?treeSize=0", "/audit/events/1/proof?treeSize=99999999",
            "/audit/consistency", "/audit/consistency?from=0", "/audit/consistency?from=x",
            "/audit/consistency?from=2&to=1", "/audit/consistency?from=1&to=99999999", "/audit/export?fromSeq=0",
            "/audit/export?toSeq=99999999", "/audit/export?fromSeq=3&toSeq=2", "/audit/export?toSeq=x", "/audit/verify?full=maybe" })
    void badParametersAreRefusedWithAProblem(String path) {
        checkpointOfAtLeast(3);
        auditor(path).then().statusCode(400).contentType(containsString("application/problem+json"))
                .body("type", containsString("invalid-request"));
    }

    @Test
    void anIncrementalVerificationCoversWhatWasLinkedSinceTheLastAndAgreesWithAFullOne() {
        checkpointOfAtLeast(2);
        auditor("/audit/verify?full=true").then().statusCode(200).body("valid", equalTo(true));
        CaseApi.open();
        long size = AuditEvents.lastSeq();
        auditor("/audit/verify").then().statusCode(200).body("valid", equalTo(true)).body("entries", equalTo((int) size));
        String full = auditor("/audit/verify?full=true").then().statusCode(200).extract().path("rootHash");
        assertEquals(full, auditor("/audit/verify").then().extract().path("rootHash"));
    }

    @Test
    void aProofOfAnEntryTheLogDoesNotHoldIsNotFound() {
        auditor("/audit/events/99999999/proof").then().statusCode(404)
                .contentType(containsString("application/problem+json"));
    }

    @Test
    void proofsAndCheckpointsAreForAuditorsAndWitnessesOnly() {
        for (String path : List.of("/audit/checkpoints/latest", "/audit/checkpoints", "/audit/public-key",
                "/audit/events/1/proof", "/audit/consistency?from=1", "/audit/export")) {
            given().auth().oauth2(Tokens.caseworker()).get(path).then().statusCode(403);
        }
    }
}
