package org.casework.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;

/**
 * Inside the namespace Keycloak is reached over HTTPS only (issue 18: client secrets and tokens never in clear): the CR
 * serves HTTPS with a cert-manager certificate for its Service's names, issued by the suite's internal CA, and no HTTP
 * listener; every OIDC address a pod is given is {@code https://keycloak-service:<httpsPort>}, and its OIDC tenant and
 * client use the TLS registry's configuration "oidc", whose only trust store is the CA's certificate mounted read-only
 * (never its key); the NetworkPolicies, the operator's included, open
 * Keycloak to clients on the HTTPS port only; the edge's proxies reach it over TLS checked against the same CA.
 */
class KeycloakTlsTest {

    static final int HTTPS = 8443;
    /**
     * The TLS registry's named configuration for Keycloak, and its PEM trust store's variable (the name quoted: __OIDC__).
     * Not "keycloak": a setting named like a KEY is taken for a secret (ExposureTest).
     */
    static final String TLS_CONFIGURATION = "oidc";
    static final String TRUST_STORE = "QUARKUS_TLS__OIDC__TRUST_STORE_PEM_CERTS";
    /** JGroups between Keycloak's own pods, and the operator's health checks on the management port. */
    private static final Set<Integer> NOT_CLIENTS = Set.of(KeycloakOperatorNetworkPolicy.JGROUPS_DATA_PORT,
            KeycloakOperatorNetworkPolicy.JGROUPS_FD_PORT, 9000);
    private static final Map<String, String> KEYCLOAK_POD = Map.of("app", "keycloak", "app.kubernetes.io/managed-by", "keycloak-operator",
            "app.kubernetes.io/instance", "keycloak");

    static Stream<Manifests> overlays() {
        return Manifests.all();
    }

    /** The Secret of the CA that issued Keycloak's certificate: the CR's tlsSecret, its Certificate, that one's CA Issuer. */
    static String caSecret(Manifests m) {
        GenericKubernetesResource certificate = certificate(m, m.operated("Keycloak").get(0).get("spec", "http", "tlsSecret"));
        String issuer = certificate.get("spec", "issuerRef", "name");
        GenericKubernetesResource ca = m.operated("Issuer").stream().filter(i -> i.getMetadata().getName().equals(issuer)).findFirst()
                .orElseThrow(() -> new AssertionError("no Issuer " + issuer));
        return ca.get("spec", "ca", "secretName");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void keycloakServesHttpsOnlyWithACertificateForItsServiceFromTheInternalCa(Manifests m) {
        GenericKubernetesResource keycloak = m.operated("Keycloak").get(0);
        String namespace = keycloak.getMetadata().getNamespace();
        GenericKubernetesResource certificate = certificate(m, keycloak.get("spec", "http", "tlsSecret"));
        String ca = caSecret(m);

        assertThat((Object) keycloak.get("spec", "http", "httpEnabled")).as("no HTTP listener").isEqualTo(false);
        assertThat(ClusterAddresses.keycloakPorts(keycloak)).as("the operator's keycloak-service").containsExactly(HTTPS);
        assertThat((List<String>) certificate.get("spec", "dnsNames")).contains("keycloak-service", "keycloak-service." + namespace + ".svc");
        assertThat((List<String>) certificate.get("spec", "usages")).contains("server auth");
        assertThat((String) certificate.get("spec", "issuerRef", "kind")).isEqualTo("Issuer");
        assertThat(m.operated("Certificate")).as("the CA's own certificate").anySatisfy(c -> {
            assertThat((String) c.get("spec", "secretName")).isEqualTo(ca);
            assertThat((Object) c.get("spec", "isCA")).isEqualTo(true);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyOidcAddressIsHttpsToKeycloaksServiceTrustingOnlyTheMountedCaCertificate(Manifests m) throws Exception {
        String ca = caSecret(m);
        Set<String> clients = new TreeSet<>();
        for (Deployment d : m.all(Deployment.class)) {
            List<Volume> volumes = d.getSpec().getTemplate().getSpec().getVolumes();
            assertThat(namesTheTlsConfiguration(d.getMetadata().getName())).as(d.getMetadata().getName()
                    + ": its OIDC tenant (and client) take the TLS configuration OIDC_TLS_CONFIGURATION names").isTrue();
            for (Container c : WorkloadTest.allContainers(d)) {
                String where = m + " " + d.getMetadata().getName() + " " + c.getName();
                Map<String, String> env = ContainerSettings.of(m, c);
                env.forEach((k, v) -> assertThat(v).as(where + " " + k).doesNotContain("http://keycloak-service"));
                if (!env.containsKey("OIDC_AUTH_SERVER_URL")) {
                    continue;
                }
                clients.add(d.getMetadata().getName());
                assertThat(env.get("OIDC_AUTH_SERVER_URL")).as(where).startsWith("https://keycloak-service:" + HTTPS + "/realms/");
                // the OIDC tenant (and client) use the TLS registry's configuration whose trust store is the mounted CA
                assertThat(env).as(where).containsEntry("OIDC_TLS_CONFIGURATION", TLS_CONFIGURATION);
                String file = env.get(TRUST_STORE);
                assertThat(file).as(where + ": " + TRUST_STORE).isNotBlank();
                assertThat(env.keySet()).as(where + ": no other TLS setting (trust all, another store)")
                        .filteredOn(k -> k.startsWith("QUARKUS_TLS_")).containsExactly(TRUST_STORE);
                String dir = file.substring(0, file.lastIndexOf('/'));
                var mount = c.getVolumeMounts().stream().filter(v -> v.getMountPath().equals(dir)).findFirst();
                assertThat(mount).as(where + ": a volume at " + dir).hasValueSatisfying(v -> assertThat(v.getReadOnly()).isTrue());
                Volume volume = volumes.stream().filter(v -> v.getName().equals(mount.get().getName())).findFirst().orElseThrow();
                assertThat(volume.getSecret().getSecretName()).as(where).isEqualTo(ca);
                assertThat(volume.getSecret().getItems()).as(where + ": the certificate only, never the CA's key").singleElement()
                        .satisfies(item -> assertThat(item.getKey() + " " + item.getPath()).isEqualTo("ca.crt " + file.substring(dir.length() + 1)));
            }
        }
        assertThat(clients).containsExactlyInAnyOrderElementsOf(Manifests.SERVICES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void thePoliciesOpenKeycloakToItsClientsOnTheHttpsPortOnly(Manifests m) {
        List<NetworkPolicy> policies = new java.util.ArrayList<>(m.all(NetworkPolicy.class));
        policies.addAll(KeycloakOperatorNetworkPolicy.of(m.operated("Keycloak").get(0)));
        Set<Integer> toKeycloak = new TreeSet<>();
        for (NetworkPolicy p : policies) {
            if (matches(p.getSpec().getPodSelector(), KEYCLOAK_POD) && p.getSpec().getIngress() != null) {
                p.getSpec().getIngress().forEach(rule -> toKeycloak.addAll(clientPorts(rule.getPorts())));
            } else if (!matches(p.getSpec().getPodSelector(), KEYCLOAK_POD) && p.getSpec().getEgress() != null) {
                p.getSpec().getEgress().stream().filter(rule -> rule.getTo() != null && rule.getTo().stream().anyMatch(KeycloakTlsTest::isKeycloak))
                        .forEach(rule -> toKeycloak.addAll(clientPorts(rule.getPorts())));
            }
        }
        assertThat(toKeycloak).as(m + ": the ports clients may reach Keycloak on").containsExactly(HTTPS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theEdgeReachesKeycloakOverTlsCheckedAgainstTheSameCa(Manifests m) {
        GenericKubernetesResource route = m.operated("HTTPRoute").stream().filter(r -> r.getMetadata().getName().equals("keycloak")).findFirst()
                .orElseThrow();
        assertThat(KafkaTest.maps(route.get("spec", "rules"))).allSatisfy(rule -> assertThat(KafkaTest.maps(rule.get("backendRefs")))
                .allSatisfy(b -> assertThat(b).containsEntry("name", "keycloak-service").containsEntry("port", HTTPS)));
        assertThat(m.operated("BackendTLSPolicy")).singleElement().satisfies(p -> {
            assertThat(KafkaTest.maps(p.get("spec", "targetRefs"))).containsExactly(Map.of("group", "", "kind", "Service",
                    "name", "keycloak-service", "sectionName", "https"));
            assertThat((List<String>) certificate(m, m.operated("Keycloak").get(0).get("spec", "http", "tlsSecret")).get("spec", "dnsNames"))
                    .contains((String) p.get("spec", "validation", "hostname"));
            assertThat(KafkaTest.maps(p.get("spec", "validation", "caCertificateRefs"))).containsExactly(Map.of("group", "", "kind", "Secret",
                    "name", caSecret(m)));
        });
    }

    /**
     * The application's OIDC tenant, and its OIDC client where it has one, use the TLS configuration OIDC_TLS_CONFIGURATION
     * names (a variable of the application's properties: QUARKUS_OIDC_CLIENT_* would also name an OIDC tenant "client").
     */
    private static boolean namesTheTlsConfiguration(String module) throws Exception {
        List<String> own = Files.readAllLines(Manifests.ROOT.resolve(module + "/src/main/resources/application.properties"));
        List<String> lines = new java.util.ArrayList<>(own);
        if (!module.endsWith("-web")) {
            lines.addAll(Files.readAllLines(Manifests.ROOT.resolve("platform/src/main/resources/META-INF/microprofile-config.properties")));
        }
        boolean client = own.stream().anyMatch(l -> l.startsWith("quarkus.oidc-client.auth-server-url="));
        return lines.contains("quarkus.oidc.tls.tls-configuration-name=${OIDC_TLS_CONFIGURATION:}")
                && (!client || lines.contains("quarkus.oidc-client.tls.tls-configuration-name=${OIDC_TLS_CONFIGURATION:}"))
                && lines.stream().filter(l -> l.contains(".tls.tls-configuration-name=")).allMatch(l -> l.endsWith("=${OIDC_TLS_CONFIGURATION:}"));
    }

    private static GenericKubernetesResource certificate(Manifests m, String secret) {
        return m.operated("Certificate").stream().filter(c -> secret != null && secret.equals(c.get("spec", "secretName"))).findFirst()
                .orElseThrow(() -> new AssertionError(m + ": no Certificate makes Keycloak's TLS Secret " + secret));
    }

    private static Set<Integer> clientPorts(List<NetworkPolicyPort> ports) {
        Set<Integer> out = new TreeSet<>();
        (ports == null ? List.<NetworkPolicyPort>of() : ports).forEach(p -> out.add(p.getPort().getIntVal()));
        out.removeAll(NOT_CLIENTS);
        return out;
    }

    private static boolean isKeycloak(NetworkPolicyPeer peer) {
        return peer.getNamespaceSelector() == null && peer.getIpBlock() == null && matches(peer.getPodSelector(), KEYCLOAK_POD);
    }

    private static boolean matches(LabelSelector selector, Map<String, String> labels) {
        return selector != null && selector.getMatchLabels() != null && !selector.getMatchLabels().isEmpty()
                && labels.entrySet().containsAll(selector.getMatchLabels().entrySet());
    }
}
