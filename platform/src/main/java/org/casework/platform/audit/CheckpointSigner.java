package org.casework.platform.audit;

import java.security.PrivateKey;
import java.security.PublicKey;

import org.casework.audit.proof.Checkpoint;
import org.casework.audit.proof.Signatures;

/** The service's Ed25519 checkpoint key (from configuration, never from the database) and its public half. */
public final class CheckpointSigner {

    private final String log;
    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String keyId;

    public CheckpointSigner(String log, String privateKeyPem) {
        this.log = log;
        this.privateKey = Signatures.privateKeyFromPem(privateKeyPem);
        this.publicKey = Signatures.publicKeyOf(privateKey);
        this.keyId = Signatures.keyId(publicKey);
    }

    public String log() {
        return log;
    }

    public String keyId() {
        return keyId;
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    public String publicKeyPem() {
        return Signatures.toPem(publicKey);
    }

    public String sign(Checkpoint checkpoint) {
        return Signatures.sign(privateKey, checkpoint);
    }

    public boolean verify(SignedCheckpoint checkpoint) {
        return checkpoint.keyId().equals(keyId) && Signatures.verify(publicKey, checkpoint.checkpoint(),
                checkpoint.signature());
    }
}
