package org.casework.platform.audit.witness;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Decides what a peer's checkpoint shows, against the configured key and the largest tree witnessed
 * so far. The consistency proof is fetched only when one is needed (an earlier, smaller, non-empty tree).
 * Only what verifies or fails to verify cryptographically is evidence; an answer that is not a
 * checkpoint at all is treated like no answer ({@link PeerUnavailableException}).
 */
public final class CheckpointJudge {

    /** Fetches the peer's proof that the tree of size {@code from} is a prefix of the tree of size {@code to}. */
    @FunctionalInterface
    public interface ProofSource {
        PeerConsistency consistency(long from, long to);
    }

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern KEY_ID = Pattern.compile("[0-9a-f]{16}");
    private static final Pattern SIGNATURE = Pattern.compile("[A-Za-z0-9+/=]{1,200}");

    private CheckpointJudge() {
    }

    public static Verdict judge(Peer peer, PeerCheckpoint checkpoint, Witnessed last, ProofSource proofs) {
        Instant time = wellFormed(checkpoint);
        if (!peer.log().equals(checkpoint.log())) {
            return Verdict.failed(Outcome.BAD_SIGNATURE, "the checkpoint is not for log " + peer.log());
        }
        if (!peer.keyId().equals(checkpoint.keyId())) {
            String named = checkpoint.keyId() != null && KEY_ID.matcher(checkpoint.keyId()).matches()
                    ? checkpoint.keyId() : "(malformed)";
            return Verdict.failed(Outcome.BAD_SIGNATURE,
                    "signed with key " + named + ", not the configured key " + peer.keyId());
        }
        if (!ProofChecks.signatureValid(peer.publicKey(), peer.log(), checkpoint.treeSize(), checkpoint.rootHash(),
                time, checkpoint.signature())) {
            return Verdict.failed(Outcome.BAD_SIGNATURE, "the signature does not verify with key " + peer.keyId());
        }
        if (last == null) {
            return Verdict.of(Outcome.WITNESSED);
        }
        long size = checkpoint.treeSize();
        if (size < last.treeSize()) {
            return Verdict.failed(Outcome.ROLLED_BACK,
                    "tree size " + size + " is smaller than the witnessed " + last.treeSize());
        }
        if (size == last.treeSize()) {
            return last.rootHash().equals(checkpoint.rootHash()) ? Verdict.of(Outcome.UNCHANGED)
                    : Verdict.failed(Outcome.INCONSISTENT, "tree size " + size + " has root " + checkpoint.rootHash()
                            + ", witnessed " + last.rootHash());
        }
        if (last.treeSize() == 0) {
            return Verdict.of(Outcome.WITNESSED); // every tree extends the empty one
        }
        PeerConsistency answer = proofs.consistency(last.treeSize(), size);
        if (!ProofChecks.consistent(last.treeSize(), size, last.rootHash(), checkpoint.rootHash(), answer.proof())) {
            return Verdict.failed(Outcome.INCONSISTENT, "tree size " + size + " root " + checkpoint.rootHash()
                    + " does not extend the witnessed tree size " + last.treeSize() + " root " + last.rootHash());
        }
        return Verdict.of(Outcome.WITNESSED);
    }

    private static Instant wellFormed(PeerCheckpoint c) {
        if (c.log() == null || c.treeSize() == null || c.treeSize() < 0 || c.rootHash() == null
                || !HASH.matcher(c.rootHash()).matches() || c.signature() == null
                || !SIGNATURE.matcher(c.signature()).matches() || c.time() == null) {
            throw new PeerUnavailableException("answered something that is not a checkpoint");
        }
        try {
            return Instant.parse(c.time());
        } catch (DateTimeParseException e) {
            throw new PeerUnavailableException("answered a checkpoint without a valid time");
        }
    }
}
