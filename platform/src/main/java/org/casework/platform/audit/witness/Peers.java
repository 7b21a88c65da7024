package org.casework.platform.audit.witness;

import java.security.PublicKey;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.audit.proof.Signatures;

/**
 * The configured peers with their keys parsed once. A key that is not an Ed25519 public key in PEM
 * is a configuration error: the service refuses to start rather than witness nothing quietly.
 */
@ApplicationScoped
public class Peers {

    /** The most peers a service witnesses, as the witness report states (the suite has three services besides). */
    public static final int MAX = 20;

    private final List<Peer> peers;

    public Peers(WitnessConfig config) {
        this.peers = config.peers().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .filter(e -> configured(e.getKey(), e.getValue()))
                .map(e -> peer(e.getKey(), e.getValue()))
                .toList();
        if (peers.size() > MAX) {
            throw new IllegalStateException("casework.audit.witness.peers names " + peers.size() + " peers; at most " + MAX);
        }
    }

    private static boolean configured(String log, WitnessConfig.PeerConfig peer) {
        boolean url = peer.url().isPresent();
        boolean key = peer.publicKey().filter(k -> !k.isBlank()).isPresent();
        if (url != key) {
            throw new IllegalStateException("casework.audit.witness.peers." + log + " needs both url and public-key");
        }
        return url;
    }

    private static Peer peer(String log, WitnessConfig.PeerConfig config) {
        PublicKey key = publicKey(log, config.publicKey().orElseThrow());
        return new Peer(log, config.url().orElseThrow(), key, keyId(key));
    }

    public List<Peer> all() {
        return peers;
    }

    static PublicKey publicKey(String log, String pem) {
        try {
            // a PEM given on one line of an environment file keeps its line breaks as "\n"
            return Signatures.publicKeyFromPem(pem.replace("\\n", "\n"));
        } catch (RuntimeException e) {
            throw new IllegalStateException("casework.audit.witness.peers." + log
                    + ".public-key is not an Ed25519 public key in PEM (X.509 SubjectPublicKeyInfo)", e);
        }
    }

    static String keyId(PublicKey key) {
        return Signatures.keyId(key);
    }
}
