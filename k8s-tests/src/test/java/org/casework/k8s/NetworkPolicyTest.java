package org.casework.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;

/**
 * The NetworkPolicies, ours and the one the Keycloak operator makes from the Keycloak CR
 * ({@link KeycloakOperatorNetworkPolicy}), allow exactly the connections in {@code network-flows.csv} (DESIGN §3), no more:
 * each policy rule is expanded over the pods that run in and around the namespace, and the result is
 * compared with the table. Every pod is under a default deny in both directions.
 */
class NetworkPolicyTest {

    /** The pods the policies speak about: namespace and labels (ours from the Deployments, the rest as their operators label them). */
    record Workload(String name, String namespace, Map<String, String> labels) {
    }

    private static final List<Workload> OUTSIDE = List.of(
            new Workload("keycloak", "casework", Map.of("app", "keycloak", "app.kubernetes.io/managed-by", "keycloak-operator",
                    "app.kubernetes.io/instance", "keycloak")),
            // the operator's realm-import Job copies Keycloak's pod template and relabels app (its
            // KeycloakRealmImportJobDependentResource): it needs Keycloak's database like Keycloak does
            new Workload("keycloak-realm-import", "casework", Map.of("app", "keycloak-realm-import",
                    "app.kubernetes.io/managed-by", "keycloak-operator", "app.kubernetes.io/instance", "keycloak")),
            new Workload("postgres", "casework", Map.of("cnpg.io/cluster", "casework-db", "cnpg.io/podRole", "instance")),
            // the Gateway's Envoy proxies, as Envoy Gateway runs and labels them (in its own namespace)
            new Workload("gateway", "envoy-gateway-system", Map.of("app.kubernetes.io/name", "envoy", "app.kubernetes.io/component", "proxy",
                    "app.kubernetes.io/managed-by", "envoy-gateway", "gateway.envoyproxy.io/owning-gateway-name", "casework",
                    "gateway.envoyproxy.io/owning-gateway-namespace", "casework")),
            new Workload("dns", "kube-system", Map.of("k8s-app", "kube-dns")),
            new Workload("cnpg-operator", "cnpg-system", Map.of("app.kubernetes.io/name", "cloudnative-pg")),
            new Workload("keycloak-operator", "keycloak-operator", Map.of("app.kubernetes.io/name", "keycloak-operator")),
            // the Prometheus operator's Prometheus and the OpenTelemetry collector (docs/deploy.md, "Observability")
            new Workload("prometheus", "monitoring", Map.of("app.kubernetes.io/name", "prometheus")),
            new Workload("otel-collector", "monitoring", Map.of("app.kubernetes.io/name", "opentelemetry-collector")),
            new Workload("grafana", "monitoring", Map.of("app.kubernetes.io/name", "grafana")),
            // Kafka's nodes (whatever their KafkaNodePool) and entity operator as Strimzi labels them, and its operator
            new Workload("kafka", "casework", Map.of("strimzi.io/cluster", "casework-kafka", "strimzi.io/kind", "Kafka",
                    "strimzi.io/name", "casework-kafka-kafka", "strimzi.io/broker-role", "true", "strimzi.io/controller-role", "true")),
            new Workload("kafka-entity-operator", "casework", Map.of("strimzi.io/cluster", "casework-kafka", "strimzi.io/kind", "Kafka",
                    "strimzi.io/name", "casework-kafka-entity-operator")),
            new Workload("strimzi-operator", "strimzi", Map.of("name", "strimzi-cluster-operator", "strimzi.io/kind", "cluster-operator")));

    static Stream<Manifests> overlays() {
        return Manifests.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theNetworkPoliciesAllowExactlyTheConnectionsOfTheDesign(Manifests m) throws IOException {
        List<Workload> pods = new ArrayList<>(OUTSIDE);
        m.all(io.fabric8.kubernetes.api.model.apps.Deployment.class).forEach(d -> pods.add(new Workload(d.getMetadata().getName(),
                d.getMetadata().getNamespace(), d.getSpec().getTemplate().getMetadata().getLabels())));

        // the Keycloak operator's own policy counts as much as ours: policies add up
        List<NetworkPolicy> policies = new ArrayList<>(m.all(NetworkPolicy.class));
        policies.addAll(KeycloakOperatorNetworkPolicy.of(m.operated("Keycloak").get(0)));

        assertThat(allowed(policies, pods)).containsExactlyInAnyOrderElementsOf(expected());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyPodInTheNamespaceStartsFromDenyAllInBothDirections(Manifests m) {
        assertThat(m.all(NetworkPolicy.class)).anySatisfy(p -> {
            assertThat(p.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();
            assertThat(p.getSpec().getPodSelector().getMatchExpressions()).isNullOrEmpty();
            assertThat(p.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
            assertThat(p.getSpec().getIngress()).isNullOrEmpty();
            assertThat(p.getSpec().getEgress()).isNullOrEmpty();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyCallBetweenOurPodsIsAllowedAtBothEnds(Manifests m) throws IOException {
        Set<String> in = new TreeSet<>();
        Set<String> out = new TreeSet<>();
        Set<String> inside = Set.of("case-service", "notice-service", "representation-service", "notification-service", "caseworker-web",
                "portal-web", "keycloak", "keycloak-realm-import", "postgres", "kafka", "kafka-entity-operator");
        for (String flow : expected()) {
            String[] f = flow.split(" ");
            if (inside.contains(f[1]) && inside.contains(f[3].substring(0, f[3].indexOf(':')))) {
                (f[0].equals("ingress") ? in : out).add(f[1] + " " + f[2] + " " + f[3]);
            }
        }
        assertThat(in).as("allowed by the receiver but not the caller, or the reverse").isEqualTo(out);
    }

    private static Set<String> allowed(List<NetworkPolicy> policies, List<Workload> pods) {
        Set<String> flows = new TreeSet<>();
        for (NetworkPolicy p : policies) {
            String ns = p.getMetadata().getNamespace();
            List<Workload> selected = pods.stream().filter(w -> w.namespace().equals(ns) && matches(p.getSpec().getPodSelector(), w.labels())).toList();
            for (var rule : p.getSpec().getIngress() == null ? List.<io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule>of() : p.getSpec().getIngress()) {
                for (Workload to : selected) {
                    for (String from : peers(rule.getFrom(), ns, pods)) {
                        for (String port : ports(rule.getPorts())) {
                            flows.add("ingress " + from + " -> " + to.name() + ":" + port);
                        }
                    }
                }
            }
            for (var rule : p.getSpec().getEgress() == null ? List.<io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule>of() : p.getSpec().getEgress()) {
                for (Workload from : selected) {
                    for (String to : peers(rule.getTo(), ns, pods)) {
                        for (String port : ports(rule.getPorts())) {
                            flows.add("egress " + from.name() + " -> " + to + ":" + port);
                        }
                    }
                }
            }
        }
        return flows;
    }

    private static List<String> peers(List<NetworkPolicyPeer> peers, String policyNamespace, List<Workload> pods) {
        if (peers == null || peers.isEmpty()) {
            return List.of("any");
        }
        List<String> names = new ArrayList<>();
        for (NetworkPolicyPeer peer : peers) {
            if (peer.getIpBlock() != null) {
                names.add("ip:" + peer.getIpBlock().getCidr());
                continue;
            }
            for (Workload w : pods) {
                boolean namespaceOk = peer.getNamespaceSelector() == null ? w.namespace().equals(policyNamespace)
                        : matches(peer.getNamespaceSelector(), Map.of("kubernetes.io/metadata.name", w.namespace()));
                boolean podOk = peer.getPodSelector() == null || matches(peer.getPodSelector(), w.labels());
                if (namespaceOk && podOk && !names.contains(w.name())) {
                    names.add(w.name());
                }
            }
        }
        return names;
    }

    private static List<String> ports(List<NetworkPolicyPort> ports) {
        if (ports == null || ports.isEmpty()) {
            return List.of("any/any");
        }
        return ports.stream().map(p -> p.getPort().getIntVal() + "/" + (p.getProtocol() == null ? "TCP" : p.getProtocol())).toList();
    }

    private static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector.getMatchExpressions() != null && !selector.getMatchExpressions().isEmpty()) {
            throw new IllegalArgumentException("matchExpressions are not used here; extend the test if they are");
        }
        Map<String, String> wanted = selector.getMatchLabels() == null ? Map.of() : selector.getMatchLabels();
        return wanted.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }

    private static Set<String> expected() throws IOException {
        Set<String> flows = new TreeSet<>();
        try (InputStream in = NetworkPolicyTest.class.getResourceAsStream("/network-flows.csv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(",", 6);
                flows.add(f[0] + " " + f[1] + " -> " + f[2] + ":" + f[3] + "/" + f[4]);
            }
        }
        return flows;
    }
}
