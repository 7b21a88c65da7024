package org.casework.k8s;

import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;

/**
 * Values for the Secrets an overlay refers to and docs/deploy.md tells the operator to create: random,
 * except the user names of the database Secrets, which CloudNativePG requires to equal the role each
 * Secret belongs to, and what must parse: keys, a KafkaUser Secret's JAAS line, the Kafka cluster CA's certificate.
 */
final class TestSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** The audit witness's peer keys must parse as Ed25519 public keys, or the services refuse to start. */
    private static final String AUDIT_PUBLIC_KEYS = "casework-audit-public-keys";
    /** Each service's checkpoint signing key (PKCS#8 PEM): without it the prod profile refuses to start. */
    private static final String AUDIT_SIGNING_KEY_SUFFIX = "-audit-signing-key";
    /** The KafkaUser Secret's JAAS line and the cluster CA's certificate must parse, or the Kafka clients are not created. */
    private static final String JAAS = "sasl.jaas.config";
    private static final String CLUSTER_CA_SUFFIX = "-cluster-ca-cert";
    private final Map<String, String> values = new HashMap<>();

    @SuppressWarnings("unchecked")
    static TestSecrets of(Manifests m) {
        TestSecrets secrets = new TestSecrets();
        GenericKubernetesResource cluster = m.operated("Cluster").get(0);
        secrets.values.put(cluster.get("spec", "bootstrap", "initdb", "secret", "name") + "/username",
                cluster.get("spec", "bootstrap", "initdb", "owner"));
        for (Map<String, Object> role : (List<Map<String, Object>>) cluster.get("spec", "managed", "roles")) {
            secrets.values.put(((Map<String, Object>) role.get("passwordSecret")).get("name") + "/username", (String) role.get("name"));
        }
        return secrets;
    }

    /** A value the test must know in advance, such as the database CA's certificate, which the test's server presents. */
    synchronized void put(String secret, String key, String value) {
        values.put(secret + "/" + key, value);
    }

    synchronized String value(String secret, String key) {
        return values.computeIfAbsent(secret + "/" + key, k -> {
            if (AUDIT_PUBLIC_KEYS.equals(secret)) {
                return ed25519Pem(true);
            }
            if (secret.endsWith(AUDIT_SIGNING_KEY_SUFFIX)) {
                return ed25519Pem(false);
            }
            if (JAAS.equals(key)) {
                return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + secret
                        + "\" password=\"" + random() + "\";";
            }
            if (secret.endsWith(CLUSTER_CA_SUFFIX) && key.equals("ca.crt")) {
                return selfSignedCertificate();
            }
            return random();
        });
    }

    private static String random() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** A CA certificate as Strimzi's Secret holds it (PEM), made by the JDK's keytool. */
    private static String selfSignedCertificate() {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("casework-kafka-ca-");
            String keytool = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
            String store = dir.resolve("ca.p12").toString();
            run(keytool, "-genkeypair", "-alias", "ca", "-keyalg", "EC", "-dname", "CN=cluster-ca", "-ext", "bc:c", "-validity", "2",
                    "-keystore", store, "-storepass", "changeit", "-storetype", "PKCS12");
            String pem = run(keytool, "-exportcert", "-rfc", "-alias", "ca", "-keystore", store, "-storepass", "changeit");
            new ProcessBuilder("rm", "-rf", dir.toString()).start().waitFor();
            return pem;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String run(String... command) throws java.io.IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + ": " + out);
        }
        return out.substring(out.indexOf("-----BEGIN") < 0 ? 0 : out.indexOf("-----BEGIN"));
    }

    private static String ed25519Pem(boolean publicHalf) {
        try {
            var pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            byte[] der = publicHalf ? pair.getPublic().getEncoded() : pair.getPrivate().getEncoded();
            String label = publicHalf ? "PUBLIC KEY" : "PRIVATE KEY";
            return "-----BEGIN " + label + "-----\n" + Base64.getEncoder().encodeToString(der) + "\n-----END " + label + "-----\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
