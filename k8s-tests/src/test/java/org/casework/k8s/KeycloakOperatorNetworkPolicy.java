package org.casework.k8s;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRuleBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeerBuilder;

/**
 * The NetworkPolicy the Keycloak operator creates beside Keycloak (its KeycloakNetworkPolicyDependentResource,
 * 26.x), built from the Keycloak CR as the operator builds it, so that the tests hold the sum of ours and the
 * operator's to the table: ingress only, selecting the instance's pods; the HTTP port (when TLS is not configured
 * or HTTP is enabled) from {@code spec.networkPolicy.http}, the HTTPS port (when {@code http.tlsSecret} is set)
 * from {@code https}, the management port from {@code management} (an empty or missing list is no restriction:
 * from anywhere); JGroups' two ports from the instance's own pods. None when {@code enabled} is false.
 */
final class KeycloakOperatorNetworkPolicy {

    static final int JGROUPS_DATA_PORT = 7800;
    static final int JGROUPS_FD_PORT = 57800;

    private KeycloakOperatorNetworkPolicy() {
    }

    static List<NetworkPolicy> of(GenericKubernetesResource keycloak) {
        Map<String, Object> spec = keycloak.get("spec");
        Map<String, Object> np = map(spec.get("networkPolicy"));
        if (Boolean.FALSE.equals(np.get("enabled"))) {
            return List.of();
        }
        Map<String, Object> http = map(spec.get("http"));
        boolean tls = http.get("tlsSecret") instanceof String s && !s.isBlank();
        Map<String, String> instance = new LinkedHashMap<>(Map.of("app", "keycloak", "app.kubernetes.io/managed-by", "keycloak-operator"));
        instance.put("app.kubernetes.io/instance", keycloak.getMetadata().getName());

        List<NetworkPolicyIngressRule> rules = new ArrayList<>();
        if (!tls || Boolean.TRUE.equals(http.get("httpEnabled"))) {
            rules.add(rule(List.of(port(http.get("httpPort"), 8080)), peers(np.get("http"))));
        }
        if (tls) {
            rules.add(rule(List.of(port(http.get("httpsPort"), 8443)), peers(np.get("https"))));
        }
        rules.add(rule(List.of(JGROUPS_DATA_PORT, JGROUPS_FD_PORT),
                List.of(new NetworkPolicyPeerBuilder().withPodSelector(new LabelSelector(null, instance)).build())));
        rules.add(rule(List.of(port(map(spec.get("httpManagement")).get("port"), 9000)), peers(np.get("management"))));
        return List.of(new NetworkPolicyBuilder().withNewMetadata().withName(keycloak.getMetadata().getName() + "-network-policy")
                .withNamespace(keycloak.getMetadata().getNamespace()).endMetadata()
                .withNewSpec().withPolicyTypes("Ingress").withPodSelector(new LabelSelector(null, instance)).withIngress(rules).endSpec()
                .build());
    }

    private static NetworkPolicyIngressRule rule(List<Integer> ports, List<NetworkPolicyPeer> from) {
        NetworkPolicyIngressRuleBuilder rule = new NetworkPolicyIngressRuleBuilder().withFrom(from);
        ports.forEach(p -> rule.addNewPort().withPort(new IntOrString(p)).withProtocol("TCP").endPort());
        return rule.build();
    }

    private static List<NetworkPolicyPeer> peers(Object rules) {
        return KafkaTest.maps(rules).stream().map(r -> Kustomize.YAML.convertValue(r, NetworkPolicyPeer.class)).toList();
    }

    private static int port(Object value, int otherwise) {
        return value == null ? otherwise : ((Number) value).intValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o == null ? Map.of() : (Map<String, Object>) o;
    }
}
