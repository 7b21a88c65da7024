package org.casework.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;

/**
 * The Kafka component as each overlay builds it (docs/deploy.md, "Kafka"): Strimzi's v1beta2 resources, a KRaft
 * cluster whose nodes come from the overlay's KafkaNodePool, one TLS listener that asks for SCRAM-SHA-512, the topics
 * the services' code names, and one KafkaUser per service that may touch its own topics only.
 */
class KafkaTest {

    static final String CLUSTER = "casework-kafka";
    /** Each service and what its KafkaUser may do: resource type/name → operations. Nothing else, nowhere else. */
    static final Map<String, Map<String, List<String>>> ACLS = Map.of(
            "case-service", Map.of("topic/casework.cases.v1", List.of("Write", "Describe")),
            "notice-service", Map.of("topic/casework.notices.v1", List.of("Write", "Describe")),
            "representation-service", Map.of("topic/casework.representations.v1", List.of("Write", "Describe"),
                    "topic/casework.notices.v1", List.of("Read", "Describe"), "group/representation-service", List.of("Read")),
            "notification-service", Map.of("topic/casework.notices.v1", List.of("Read", "Describe"),
                    "topic/casework.representations.v1", List.of("Read", "Describe"), "group/notification-service", List.of("Read")));

    static Stream<Manifests> overlays() {
        return Manifests.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void oneKraftClusterOfStrimzisV1beta2ResourcesWhoseNodesComeFromTheOverlaysPool(Manifests m) {
        assertThat(m.raw).filteredOn(o -> String.valueOf(o.get("apiVersion")).startsWith("kafka.strimzi.io/"))
                .allSatisfy(o -> assertThat(o.get("apiVersion")).isEqualTo("kafka.strimzi.io/v1beta2"));
        GenericKubernetesResource kafka = kafka(m);
        assertThat(kafka.getMetadata().getName()).isEqualTo(CLUSTER);
        assertThat((String) kafka.get("spec", "kafka", "version")).as("the image the operator runs, pinned by version").isEqualTo("4.1.0");
        assertThat(spec(kafka)).as("KRaft: no ZooKeeper").doesNotContainKey("zookeeper");
        assertThat(map(kafka.get("spec", "kafka"))).doesNotContainKeys("replicas", "storage");
        assertThat(m.operated("KafkaNodePool")).isNotEmpty().allSatisfy(pool ->
                assertThat(pool.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", CLUSTER));

        int controllers = nodes(m, "controller");
        int brokers = nodes(m, "broker");
        Map<String, Object> config = map(kafka.get("spec", "kafka", "config"));
        int replication = number(config.get("default.replication.factor"));
        int minIsr = number(config.get("min.insync.replicas"));
        assertThat(config).containsEntry("auto.create.topics.enable", false);
        assertThat(number(config.get("offsets.topic.replication.factor"))).isEqualTo(replication);
        assertThat(number(config.get("transaction.state.log.replication.factor"))).isEqualTo(replication);
        assertThat(number(config.get("transaction.state.log.min.isr"))).isEqualTo(minIsr);
        if (m.overlay.equals("production")) {
            assertThat(controllers).as("a quorum that survives a node").isEqualTo(3);
            assertThat(brokers).isEqualTo(3);
            assertThat(replication).isEqualTo(3);
            assertThat(minIsr).isEqualTo(2);
            assertThat((String) kafka.get("spec", "kafka", "rack", "topologyKey")).isEqualTo("topology.kubernetes.io/zone");
            assertThat(m.operated("KafkaNodePool")).allSatisfy(pool -> assertThat(maps(pool.get("spec", "template", "pod",
                    "topologySpreadConstraints"))).anySatisfy(c -> {
                        assertThat(c).containsEntry("topologyKey", "topology.kubernetes.io/zone").containsEntry("whenUnsatisfiable", "DoNotSchedule");
                        assertThat(map(map(c.get("labelSelector")).get("matchLabels"))).containsEntry("strimzi.io/name", CLUSTER + "-kafka");
                    }));
        } else {
            assertThat(m.operated("KafkaNodePool")).as("dev: one node, controller and broker").singleElement().satisfies(pool -> {
                assertThat(number(pool.get("spec", "replicas"))).isEqualTo(1);
                assertThat(list(pool.get("spec", "roles"))).containsExactlyInAnyOrder("controller", "broker");
                assertThat((String) pool.get("spec", "storage", "size")).isEqualTo("5Gi");
            });
            assertThat(replication).isEqualTo(1);
            assertThat(minIsr).isEqualTo(1);
        }
        assertThat(replication).as("each partition on as many brokers as it has replicas").isLessThanOrEqualTo(brokers);
        assertThat(m.operated("KafkaTopic")).allSatisfy(t -> {
            assertThat(number(t.get("spec", "replicas"))).as(t.getMetadata().getName()).isEqualTo(replication);
            assertThat(number(t.get("spec", "config", "min.insync.replicas"))).as(t.getMetadata().getName()).isEqualTo(minIsr);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyListenerIsInsideTheClusterOverTlsAndAsksForScramSha512WithTheUsersAclsEnforced(Manifests m) {
        GenericKubernetesResource kafka = kafka(m);
        assertThat(maps(kafka.get("spec", "kafka", "listeners"))).isNotEmpty().allSatisfy(l -> {
            assertThat(l).containsEntry("type", "internal").containsEntry("tls", true);
            assertThat(map(l.get("authentication"))).containsEntry("type", "scram-sha-512");
        });
        assertThat((String) kafka.get("spec", "kafka", "authorization", "type")).isEqualTo("simple");
        assertThat(map(kafka.get("spec", "kafka", "authorization"))).doesNotContainKey("superUsers");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void eachServiceHasAUserThatMayTouchOnlyItsOwnTopicsAndGroup(Manifests m) {
        Map<String, Map<String, List<String>>> granted = new TreeMap<>();
        for (GenericKubernetesResource user : m.operated("KafkaUser")) {
            assertThat(user.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", CLUSTER);
            assertThat((String) user.get("spec", "authentication", "type")).isEqualTo("scram-sha-512");
            assertThat((String) user.get("spec", "authorization", "type")).isEqualTo("simple");
            Map<String, List<String>> acls = new TreeMap<>();
            for (Map<String, Object> acl : maps(user.get("spec", "authorization", "acls"))) {
                Map<String, Object> resource = map(acl.get("resource"));
                assertThat(resource).as(user.getMetadata().getName() + ": no prefix or wildcard").containsEntry("patternType", "literal");
                assertThat(acl).as("allow only, from anywhere").doesNotContainKeys("type", "host");
                acls.put(resource.get("type") + "/" + resource.get("name"), list(acl.get("operations")));
            }
            granted.put(user.getMetadata().getName(), acls);
        }
        assertThat(granted).isEqualTo(new TreeMap<>(ACLS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theTopicsAreTheOnesTheServicesPublishAndConsume(Manifests m) throws IOException {
        List<String> topics = m.operated("KafkaTopic").stream().map(t -> t.getMetadata().getName()).toList();
        List<String> named = new ArrayList<>();
        for (String publisher : List.of("case-service", "notice-service", "representation-service")) {
            String topic = properties(publisher).getProperty("casework.events.topic");
            named.add(topic);
            assertThat(ACLS.get(publisher)).as(publisher + " writes the topic its code names").containsKey("topic/" + topic);
        }
        Properties consumer = properties("notification-service");
        for (String channel : List.of("notices", "representations")) {
            String topic = consumer.getProperty("mp.messaging.incoming." + channel + ".topic");
            assertThat(topics).contains(topic);
            assertThat(ACLS.get("notification-service")).containsKey("topic/" + topic)
                    .containsKey("group/" + consumer.getProperty("mp.messaging.incoming." + channel + ".group.id"));
        }
        assertThat(topics).containsExactlyInAnyOrderElementsOf(named);
        assertThat(m.operated("KafkaTopic")).allSatisfy(t -> assertThat(t.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", CLUSTER));
    }

    private static Properties properties(String module) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Manifests.ROOT.resolve(module + "/src/main/resources/application.properties"))) {
            p.load(r);
        }
        return p;
    }

    static GenericKubernetesResource kafka(Manifests m) {
        assertThat(m.operated("Kafka")).as(m + ": one Kafka").hasSize(1);
        return m.operated("Kafka").get(0);
    }

    /** How many nodes of the overlay's pools have the role. */
    private static int nodes(Manifests m, String role) {
        return m.operated("KafkaNodePool").stream().filter(p -> list(p.get("spec", "roles")).contains(role))
                .mapToInt(p -> number(p.get("spec", "replicas"))).sum();
    }

    private static Map<String, Object> spec(GenericKubernetesResource r) {
        return map(r.getAdditionalProperties().get("spec"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return o == null ? Map.of() : (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static <T> List<T> list(Object o) {
        return o == null ? List.of() : (List<T>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Object o) {
        return o == null ? List.of() : (List<Map<String, Object>>) o;
    }

    private static int number(Object o) {
        return ((Number) o).intValue();
    }
}
