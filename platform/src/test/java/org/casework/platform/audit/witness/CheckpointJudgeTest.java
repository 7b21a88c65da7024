package org.casework.platform.audit.witness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.casework.audit.proof.Checkpoint;
import org.casework.audit.proof.Merkle;
import org.casework.audit.proof.Signatures;
import org.junit.jupiter.api.Test;

/** The witness's verdicts on single checkpoints, without a network or a database. */
class CheckpointJudgeTest {

    private static final KeyPair KEY = Signatures.generateKeyPair();
    private static final Peer PEER = new Peer("case-service", URI.create("http://case-service"), KEY.getPublic(),
            Signatures.keyId(KEY.getPublic()));
    private static final Instant TIME = Instant.parse("2026-12-04T10:00:00Z");
    private static final CheckpointJudge.ProofSource NO_PROOF_NEEDED = (from, to) -> fail("no proof should be asked for");

    private static List<String> leaves(int n) {
        List<String> leaves = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            leaves.add(Merkle.leafHash(String.format("%064x", i + 1)));
        }
        return leaves;
    }

    private static PeerCheckpoint signed(String log, List<String> leaves) {
        String root = Merkle.root(leaves);
        return new PeerCheckpoint(log, (long) leaves.size(), root, TIME.toString(), PEER.keyId(),
                Signatures.sign(KEY.getPrivate(), new Checkpoint(log, leaves.size(), root, TIME)));
    }

    @Test
    void theFirstCheckpointSignedWithTheConfiguredKeyIsWitnessedWithoutAProof() {
        assertEquals(Outcome.WITNESSED, CheckpointJudge.judge(PEER, signed("case-service", leaves(3)), null,
                NO_PROOF_NEEDED).outcome());
    }

    @Test
    void aTreeGrownFromAnEmptyOneNeedsNoProof() {
        Witnessed empty = new Witnessed(0, Merkle.EMPTY_ROOT);
        assertEquals(Outcome.WITNESSED, CheckpointJudge.judge(PEER, signed("case-service", leaves(2)), empty,
                NO_PROOF_NEEDED).outcome());
    }

    @Test
    void aCheckpointOfAnotherLogSignedWithTheSameKeyIsABadSignature() {
        Verdict verdict = CheckpointJudge.judge(PEER, signed("notice-service", leaves(3)), null, NO_PROOF_NEEDED);
        assertEquals(Outcome.BAD_SIGNATURE, verdict.outcome());
        assertTrue(verdict.reason().contains("not for log case-service"), verdict.reason());
    }

    @Test
    void aCheckpointNamingAnotherKeyIsABadSignatureAndAMalformedKeyIdIsNotRepeated() {
        PeerCheckpoint good = signed("case-service", leaves(3));
        PeerCheckpoint otherKey = new PeerCheckpoint(good.log(), good.treeSize(), good.rootHash(), good.time(),
                "0123456789abcdef", good.signature());
        assertEquals(Outcome.BAD_SIGNATURE, CheckpointJudge.judge(PEER, otherKey, null, NO_PROOF_NEEDED).outcome());
        PeerCheckpoint hostileKeyId = new PeerCheckpoint(good.log(), good.treeSize(), good.rootHash(), good.time(),
                "<script>\n", good.signature());
        Verdict verdict = CheckpointJudge.judge(PEER, hostileKeyId, null, NO_PROOF_NEEDED);
        assertTrue(verdict.reason().contains("(malformed)") && !verdict.reason().contains("<script>"), verdict.reason());
    }

    @Test
    void aChangedTreeSizeOrTimeBreaksTheSignature() {
        PeerCheckpoint good = signed("case-service", leaves(3));
        PeerCheckpoint bigger = new PeerCheckpoint(good.log(), 4L, good.rootHash(), good.time(), good.keyId(),
                good.signature());
        PeerCheckpoint later = new PeerCheckpoint(good.log(), 3L, good.rootHash(), TIME.plusSeconds(1).toString(),
                good.keyId(), good.signature());
        assertEquals(Outcome.BAD_SIGNATURE, CheckpointJudge.judge(PEER, bigger, null, NO_PROOF_NEEDED).outcome());
        assertEquals(Outcome.BAD_SIGNATURE, CheckpointJudge.judge(PEER, later, null, NO_PROOF_NEEDED).outcome());
    }

    @Test
    void aProofThatIsNotAProofShowsInconsistencyNotAnError() {
        List<String> leaves = leaves(7);
        Witnessed earlier = new Witnessed(3, Merkle.root(leaves.subList(0, 3)));
        Verdict verdict = CheckpointJudge.judge(PEER, signed("case-service", leaves), earlier,
                (from, to) -> new PeerConsistency(from, to, null, null, List.of("not-hex", "")));
        assertEquals(Outcome.INCONSISTENT, verdict.outcome());
        assertEquals(Outcome.WITNESSED, CheckpointJudge.judge(PEER, signed("case-service", leaves), earlier,
                (from, to) -> new PeerConsistency(from, to, null, null, Merkle.consistencyProof(3, leaves))).outcome());
    }

    @Test
    void anAnswerThatIsNotACheckpointIsNoAnswerNotEvidence() {
        PeerCheckpoint good = signed("case-service", leaves(3));
        for (PeerCheckpoint malformed : List.of(
                new PeerCheckpoint(null, 3L, good.rootHash(), good.time(), good.keyId(), good.signature()),
                new PeerCheckpoint(good.log(), null, good.rootHash(), good.time(), good.keyId(), good.signature()),
                new PeerCheckpoint(good.log(), -1L, good.rootHash(), good.time(), good.keyId(), good.signature()),
                new PeerCheckpoint(good.log(), 3L, "ABC", good.time(), good.keyId(), good.signature()),
                new PeerCheckpoint(good.log(), 3L, good.rootHash(), "yesterday", good.keyId(), good.signature()),
                new PeerCheckpoint(good.log(), 3L, good.rootHash(), good.time(), good.keyId(), "x".repeat(201)))) {
            assertThrows(PeerUnavailableException.class,
                    () -> CheckpointJudge.judge(PEER, malformed, null, NO_PROOF_NEEDED), malformed.toString());
        }
    }
}
