package org.casework.platform.audit.witness;

import java.security.PublicKey;
import java.time.Instant;
import java.util.List;

import org.casework.audit.proof.Checkpoint;
import org.casework.audit.proof.Merkle;
import org.casework.audit.proof.Signatures;

/** The witness's only use of the audit-proof library: a checkpoint's signature and a consistency proof. */
final class ProofChecks {

    private ProofChecks() {
    }

    static boolean signatureValid(PublicKey key, String log, long treeSize, String rootHash, Instant time,
            String signature) {
        try {
            return Signatures.verify(key, new Checkpoint(log, treeSize, rootHash, time), signature);
        } catch (RuntimeException e) {
            return false; // a signature that is not even base64 of the right length does not verify
        }
    }

    static boolean consistent(long from, long to, String fromRoot, String toRoot, List<String> proof) {
        try {
            return Merkle.verifyConsistency(from, to, fromRoot, toRoot, proof);
        } catch (RuntimeException e) {
            return false; // a malformed proof (wrong length, not hex) proves nothing
        }
    }
}
