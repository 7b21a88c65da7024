package org.casework.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;

/**
 * Production's Secrets come from the secret store through External Secrets Operator, never by hand: every Secret a
 * manifest reads (an env {@code secretKeyRef} or {@code envFrom}, a volume, CloudNativePG's role and bootstrap
 * Secrets, Keycloak's database Secrets, the realm import's placeholders) is the target of an ExternalSecret that
 * provides each key read, except those an operator or cert-manager (a Certificate's Secret) makes itself; and no
 * ExternalSecret makes a Secret nobody reads.
 */
class ExternalSecretsTest {

    /**
     * Made by the operators: Strimzi's user operator (kafka-&lt;user&gt;) and cluster operator (the cluster CA), and
     * CloudNativePG (the database cluster's CA, whose certificate the clients verify the server with).
     */
    private static final Set<String> MADE_BY_OPERATORS = Set.of("kafka-case-service", "kafka-notice-service", "kafka-representation-service",
            "kafka-notification-service", "casework-kafka-cluster-ca-cert", "casework-db-ca");
    /** Read by CloudNativePG as a role's credentials: a basic-auth Secret, which the operator watches for a new password. */
    private static final String BASIC_AUTH = "kubernetes.io/basic-auth";

    @Test
    void everySecretProductionReadsIsMadeByAnExternalSecretWithEveryKeyRead() throws Exception {
        Manifests production = Manifests.of("production");
        Map<String, Set<String>> read = SecretReads.in(production.raw);
        read.keySet().removeAll(MADE_BY_OPERATORS);
        read.keySet().removeAll(madeByCertManager(production));
        Map<String, Set<String>> made = new TreeMap<>();
        for (GenericKubernetesResource es : production.operated("ExternalSecret")) {
            Set<String> keys = new TreeSet<>();
            List<Map<String, Object>> data = es.get("spec", "data");
            data.forEach(d -> keys.add((String) d.get("secretKey")));
            made.put(es.get("spec", "target", "name"), keys);
        }

        assertThat(made.keySet()).as("ExternalSecrets for exactly the Secrets the manifests read").isEqualTo(read.keySet());
        read.forEach((secret, keys) -> assertThat(made.get(secret)).as(secret + ": the keys read").containsAll(keys));
        assertThat(read).as("the realm import's client secrets and the databases' roles are among them")
                .containsKeys("case-service-oidc", "casework-web-oidc", "keycloak-db", "case-service-db", "case-service-db-app");
    }

    /** The Secrets cert-manager writes for the overlay's Certificates (the internal CA's, Keycloak's serving certificate). */
    static Set<String> madeByCertManager(Manifests m) {
        Set<String> secrets = new TreeSet<>();
        m.operated("Certificate").forEach(c -> secrets.add(c.get("spec", "secretName")));
        return secrets;
    }

    @Test
    void everyExternalSecretReadsTheCaseworkStoreAtItsOwnPathAndOwnsItsSecret() throws Exception {
        for (GenericKubernetesResource es : Manifests.of("production").operated("ExternalSecret")) {
            String target = es.get("spec", "target", "name");
            assertThat(es.getMetadata().getName()).isEqualTo(target);
            assertThat(es.getMetadata().getNamespace()).isEqualTo("casework");
            assertThat((String) es.get("spec", "secretStoreRef", "kind")).as(target).isEqualTo("ClusterSecretStore");
            assertThat((String) es.get("spec", "secretStoreRef", "name")).as(target).isEqualTo("casework");
            assertThat((String) es.get("spec", "target", "creationPolicy")).as(target).isEqualTo("Owner");
            assertThat((String) es.get("spec", "refreshInterval")).as(target + ": re-read, so a rotation arrives").isEqualTo("1h");
            List<Map<String, Object>> data = es.get("spec", "data");
            assertThat(data).as(target).isNotEmpty().allSatisfy(d -> {
                @SuppressWarnings("unchecked")
                Map<String, Object> remote = (Map<String, Object>) d.get("remoteRef");
                assertThat(remote).containsEntry("key", "casework/" + target).containsEntry("property", d.get("secretKey"));
            });
        }
    }

    @Test
    void theDatabaseRolesSecretsAreBasicAuthAndReloadedByCloudNativePg() throws Exception {
        Manifests production = Manifests.of("production");
        Set<String> roles = SecretReads.databaseRoles(production.raw);
        assertThat(roles).contains("keycloak-db", "case-service-db", "notification-service-db-app");
        for (GenericKubernetesResource es : production.operated("ExternalSecret")) {
            String target = es.get("spec", "target", "name");
            if (roles.contains(target)) {
                assertThat((String) es.get("spec", "target", "template", "type")).as(target).isEqualTo(BASIC_AUTH);
                assertThat((String) es.get("spec", "target", "template", "metadata", "labels", "cnpg.io/reload")).as(target)
                        .isEqualTo("true");
            }
        }
    }

    @Test
    void theDevelopmentOverlayLeavesSecretsToBeCreatedByHand() throws Exception {
        assertThat(Manifests.of("dev").operated("ExternalSecret")).isEmpty();
    }
}
