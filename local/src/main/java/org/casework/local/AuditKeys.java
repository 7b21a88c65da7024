package org.casework.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * The local run's audit checkpoint keys: one Ed25519 key pair per service, made at the first start and
 * kept under local/.data (never committed), so checkpoints signed yesterday still verify today. Each
 * service gets its own private key ({@code CASEWORK_AUDIT_SIGNING_KEY}, as from the Kubernetes Secret) and
 * its peers' URLs and public keys for the audit witness, the way the Kubernetes overlays give them.
 */
public final class AuditKeys {

    private final Path directory;

    public AuditKeys(Path directory) {
        this.directory = directory;
    }

    /** The environment of {@code service}: its signing key, and each peer's URL and public key. */
    public Map<String, String> environment(String service, Map<String, String> peerUrls) throws IOException {
        Map<String, String> env = new HashMap<>();
        env.put("CASEWORK_AUDIT_SIGNING_KEY", pem(service, "PRIVATE KEY"));
        for (Map.Entry<String, String> peer : peerUrls.entrySet()) {
            String prefix = peer.getKey().toUpperCase().replace('-', '_');
            env.put(prefix + "_URL", peer.getValue());
            env.put(prefix + "_AUDIT_PUBLIC_KEY", pem(peer.getKey(), "PUBLIC KEY"));
        }
        return env;
    }

    private String pem(String service, String type) throws IOException {
        Path privateKey = directory.resolve(service + ".key.pem");
        Path publicKey = directory.resolve(service + ".pub.pem");
        if (!Files.exists(privateKey) || !Files.exists(publicKey)) {
            KeyPair pair = generate();
            Files.createDirectories(directory);
            Files.writeString(publicKey, encode("PUBLIC KEY", pair.getPublic().getEncoded()));
            Files.writeString(privateKey, encode("PRIVATE KEY", pair.getPrivate().getEncoded()));
        }
        return Files.readString(type.equals("PUBLIC KEY") ? publicKey : privateKey);
    }

    private static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 17 runtime", e);
        }
    }

    private static String encode(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
