package org.casework.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;

/**
 * How the services reach Kafka: the bootstrap Service's TLS listener, SASL_SSL with SCRAM-SHA-512 as their own
 * KafkaUser (the JAAS line from the user operator's Secret, never written into a manifest), the cluster CA as the
 * truststore; the settings are ones platform's configuration reads; the web UIs have none. The brokers admit exactly
 * the services that have a user.
 */
class KafkaClientsTest {

    static Stream<Manifests> overlays() {
        return Manifests.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void eachServiceConnectsOverSaslSslWithScramAsItsOwnUserAndTrustsTheClusterCa(Manifests m) throws IOException {
        GenericKubernetesResource kafka = KafkaTest.kafka(m);
        Map<String, Object> listener = KafkaTest.maps(kafka.get("spec", "kafka", "listeners")).get(0);
        String prefix = (String) kafka.get("spec", "entityOperator", "userOperator", "secretPrefix");
        Properties platform = new Properties();
        try (Reader r = Files.newBufferedReader(Manifests.ROOT.resolve("platform/src/main/resources/META-INF/microprofile-config.properties"))) {
            platform.load(r);
        }
        for (String service : KafkaTest.ACLS.keySet()) {
            String where = m + " " + service;
            Container c = container(m, service);
            assertThat(config(m, service, "KAFKA_BOOTSTRAP_SERVERS")).as(where)
                    .isEqualTo(KafkaTest.CLUSTER + "-kafka-bootstrap:" + listener.get("port"));
            assertThat(config(m, service, "KAFKA_SECURITY_PROTOCOL")).as(where).isEqualTo("SASL_SSL");
            assertThat(config(m, service, "KAFKA_SASL_MECHANISM")).as(where).isEqualTo("SCRAM-SHA-512");
            assertThat(config(m, service, "KAFKA_SSL_TRUSTSTORE_TYPE")).as(where).isEqualTo("PEM");
            assertThat(secret(c, "KAFKA_SASL_JAAS_CONFIG")).as(where + ": its own user's Secret").isEqualTo(prefix + service + "/sasl.jaas.config");
            assertThat(m.operated("KafkaUser")).extracting(u -> u.getMetadata().getName()).contains(service);
            assertThat(secret(c, "KAFKA_SSL_TRUSTSTORE_CERTIFICATES")).as(where).isEqualTo(KafkaTest.CLUSTER + "-cluster-ca-cert/ca.crt");
            for (Container init : PodModel.initContainersOf(deployment(m, service))) {
                assertThat(init.getEnv()).as(where + " " + init.getName() + ": no Kafka credentials where nothing publishes")
                        .extracting(EnvVar::getName).doesNotContain("KAFKA_SASL_JAAS_CONFIG");
                if (service.equals("notification-service")) {
                    assertThat(init.getEnv()).as(where + " " + init.getName() + ": its consumers stay off while it migrates")
                            .extracting(EnvVar::getName, EnvVar::getValue).contains(
                                    org.assertj.core.groups.Tuple.tuple("MP_MESSAGING_INCOMING_NOTICES_ENABLED", "false"),
                                    org.assertj.core.groups.Tuple.tuple("MP_MESSAGING_INCOMING_REPRESENTATIONS_ENABLED", "false"));
                }
                if (service.equals("representation-service")) {
                    assertThat(init.getEnv()).as(where + " " + init.getName() + ": its consumer stays off while it migrates")
                            .extracting(EnvVar::getName, EnvVar::getValue).contains(
                                    org.assertj.core.groups.Tuple.tuple("MP_MESSAGING_INCOMING_NOTICES_ENABLED", "false"));
                }
            }
        }
        // the variables are the ones platform's kafka.* settings read (SmallRye's consumers read the same keys)
        for (String setting : List.of("bootstrap.servers", "security.protocol", "sasl.mechanism", "sasl.jaas.config", "ssl.truststore.type",
                "ssl.truststore.certificates")) {
            String variable = "KAFKA_" + setting.toUpperCase().replace('.', '_');
            assertThat(platform.getProperty("kafka." + setting)).as("kafka." + setting).startsWith("${" + variable + ":");
        }
        assertThat(platform.getProperty("kafka.security.protocol")).as("PLAINTEXT unless told: the local run and the tests")
                .isEqualTo("${KAFKA_SECURITY_PROTOCOL:PLAINTEXT}");
        for (String web : List.of("caseworker-web", "portal-web")) {
            assertThat(container(m, web).getEnv()).extracting(EnvVar::getName).noneMatch(n -> n.startsWith("KAFKA_"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void noKafkaPasswordOrJaasLineIsWrittenInAnyManifest(Manifests m) throws IOException {
        String everything = Kustomize.YAML.writeValueAsString(m.raw);
        assertThat(everything).doesNotContain("ScramLoginModule").doesNotContainIgnoringCase("password=")
                .doesNotContain("BEGIN CERTIFICATE");
        assertThat(m.raw).noneMatch(o -> "Secret".equals(o.get("kind")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theBrokersAdmitOnTheirListenerExactlyTheServicesThatHaveAUser(Manifests m) {
        GenericKubernetesResource kafka = KafkaTest.kafka(m);
        Map<String, Object> listener = KafkaTest.maps(kafka.get("spec", "kafka", "listeners")).get(0);
        List<String> peers = KafkaTest.maps(listener.get("networkPolicyPeers")).stream()
                .map(p -> (String) KafkaTest.map(KafkaTest.map(p.get("podSelector")).get("matchLabels")).get("app.kubernetes.io/name")).toList();
        assertThat(peers).as("the operator's own policy for the listener").containsExactlyInAnyOrderElementsOf(KafkaTest.ACLS.keySet());
        NetworkPolicy brokers = m.all(NetworkPolicy.class).stream().filter(p -> p.getMetadata().getName().equals(KafkaTest.CLUSTER)).findFirst()
                .orElseThrow();
        assertThat(brokers.getSpec().getIngress()).filteredOn(r -> r.getPorts().stream().anyMatch(p -> p.getPort().getIntVal().equals(listener.get("port"))))
                .singleElement().satisfies(r -> assertThat(r.getFrom()).extracting(p -> p.getPodSelector().getMatchLabels().get("app.kubernetes.io/name"))
                        .containsExactlyInAnyOrderElementsOf(KafkaTest.ACLS.keySet()));
    }

    private static Deployment deployment(Manifests m, String name) {
        return m.all(Deployment.class).stream().filter(d -> d.getMetadata().getName().equals(name)).findFirst().orElseThrow();
    }

    private static Container container(Manifests m, String name) {
        return deployment(m, name).getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    private static String config(Manifests m, String service, String key) {
        return WorkloadTest.configValue(m, service, key);
    }

    /** The Secret and key a variable comes from, as secret/key; it must come from one. */
    private static String secret(Container c, String variable) {
        EnvVar e = c.getEnv().stream().filter(v -> v.getName().equals(variable)).findFirst()
                .orElseThrow(() -> new AssertionError(c.getName() + " has no " + variable));
        assertThat(e.getValue()).as(variable + " in clear").isNull();
        return e.getValueFrom().getSecretKeyRef().getName() + "/" + e.getValueFrom().getSecretKeyRef().getKey();
    }
}
