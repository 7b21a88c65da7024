package org.casework.notices.witness;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.casework.audit.proof.Checkpoint;
import org.casework.audit.proof.Merkle;
import org.casework.audit.proof.Signatures;
import org.casework.notices.DownstreamStubs;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/**
 * Another service's transparency log as its witnesses see it: leaves, and its two witness endpoints
 * served by WireMock under {@code /peers/<log>} with checkpoints signed by the audit-proof library.
 * Tests then tamper with it the way an operator with the database could: cut the tail off, rewrite a
 * leaf, or sign with another key.
 */
public final class PeerLog {

    /** The keys the peers sign with; their public halves are in notice-service's test configuration. */
    public static final KeyPair CASE_SERVICE_KEY = Signatures.generateKeyPair();
    public static final KeyPair REPRESENTATION_SERVICE_KEY = Signatures.generateKeyPair();

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String log;
    private final List<String> leaves = new ArrayList<>();
    private PrivateKey signingKey;
    private String keyId;
    private Instant time = Instant.parse("2026-12-04T09:00:00.123456Z");

    private PeerLog(String log, KeyPair key) {
        this.log = log;
        this.signingKey = key.getPrivate();
        this.keyId = Signatures.keyId(key.getPublic());
    }

    public static PeerLog caseService() {
        return new PeerLog("case-service", CASE_SERVICE_KEY);
    }

    public static PeerLog representationService() {
        return new PeerLog("representation-service", REPRESENTATION_SERVICE_KEY);
    }

    /** Where a witness reaches this peer (the WireMock server, under the peer's own prefix). */
    public static String url(String baseUrl, String log) {
        return baseUrl + "/peers/" + log;
    }

    public String log() {
        return log;
    }

    public PeerLog append(int entries) {
        for (int i = 0; i < entries; i++) {
            byte[] entryHash = new byte[32];
            RANDOM.nextBytes(entryHash);
            leaves.add(Merkle.leafHash(HexFormat.of().formatHex(entryHash)));
        }
        time = time.plusSeconds(5);
        return this;
    }

    /** An operator restores an older backup or deletes the newest rows: only the first {@code size} leaves remain. */
    public PeerLog truncateTo(int size) {
        leaves.subList(size, leaves.size()).clear();
        time = time.plusSeconds(5);
        return this;
    }

    /** An operator rewrites entry {@code index} (0-based) and rebuilds the tree from there. */
    public PeerLog rewrite(int index) {
        byte[] entryHash = new byte[32];
        RANDOM.nextBytes(entryHash);
        leaves.set(index, Merkle.leafHash(HexFormat.of().formatHex(entryHash)));
        return this;
    }

    /** From now on checkpoints are signed with a key the witnesses were not given, still naming the configured key id. */
    public PeerLog signWithAnotherKey() {
        signingKey = Signatures.generateKeyPair().getPrivate();
        return this;
    }

    public int size() {
        return leaves.size();
    }

    public String root() {
        return Merkle.root(leaves);
    }

    /** Serves the current signed checkpoint, and a consistency proof from every smaller size to it. */
    public PeerLog serve() {
        Checkpoint checkpoint = new Checkpoint(log, leaves.size(), root(), time);
        String json = """
                {"log":"%s","treeSize":%d,"rootHash":"%s","time":"%s","keyId":"%s","signature":"%s"}
                """.formatted(log, leaves.size(), root(), time, keyId, Signatures.sign(signingKey, checkpoint));
        serveLatest(ok(json));
        for (int m = 1; m < leaves.size(); m++) {
            String proof = String.join("\",\"", Merkle.consistencyProof(m, leaves));
            DownstreamStubs.server().stubFor(get(urlEqualTo(prefix() + "/audit/consistency?from=" + m + "&to=" + leaves.size()))
                    .withHeader("Authorization", matching("Bearer .+"))
                    .willReturn(ok("""
                            {"from":%d,"to":%d,"fromRoot":"%s","toRoot":"%s","proof":["%s"]}
                            """.formatted(m, leaves.size(), Merkle.root(leaves.subList(0, m)), root(), proof))));
        }
        return this;
    }

    /** The peer answers {@code GET /audit/checkpoints/latest} with this instead (down, overloaded...). */
    public void serveLatest(ResponseDefinitionBuilder answer) {
        DownstreamStubs.server().stubFor(get(urlEqualTo(prefix() + "/audit/checkpoints/latest"))
                .withHeader("Authorization", matching("Bearer .+"))
                .willReturn(answer));
    }

    public String prefix() {
        return "/peers/" + log;
    }

    private static ResponseDefinitionBuilder ok(String json) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(json);
    }
}
