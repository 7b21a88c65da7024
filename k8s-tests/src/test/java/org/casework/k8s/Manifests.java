package org.casework.k8s;

import java.beans.Introspector;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * An overlay as typed objects: each core kind parsed into its fabric8 model (and refused if any field
 * is unknown to that model, at any depth); the operators' resources (Keycloak, KeycloakRealmImport,
 * CloudNativePG's Cluster, Database and ScheduledBackup, the Barman Cloud plugin's ObjectStore, the Prometheus
 * operator's ServiceMonitor and PrometheusRule, Strimzi's Kafka, KafkaNodePool, KafkaTopic and KafkaUser: io.strimzi:api
 * is not among the packages known to resolve here; the Gateway API's GatewayClass, Gateway and HTTPRoute and Envoy
 * Gateway's policies, read through {@link Edge}, and the BackendTLSPolicy to Keycloak; cert-manager's Issuers and Certificates
 * (the internal CA and Keycloak's certificate); External Secrets'
 * ExternalSecret, Kyverno's ClusterPolicy) as generic resources.
 */
final class Manifests {

    static final Path ROOT = Path.of(System.getProperty("casework.root", "..")).toAbsolutePath().normalize();
    static final List<String> OVERLAYS = List.of("dev", "production");
    static final List<String> SERVICES = List.of("case-service", "notice-service", "representation-service", "notification-service",
            "caseworker-web", "portal-web");

    private static final Map<String, Class<? extends HasMetadata>> TYPED = Map.of(
            "v1/Namespace", Namespace.class, "v1/ConfigMap", ConfigMap.class, "v1/Secret", Secret.class,
            "v1/Service", Service.class, "v1/ServiceAccount", ServiceAccount.class, "apps/v1/Deployment", Deployment.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class);
    private static final Set<String> OPERATED = Set.of("k8s.keycloak.org/v2alpha1/Keycloak",
            "k8s.keycloak.org/v2alpha1/KeycloakRealmImport", "postgresql.cnpg.io/v1/Cluster", "postgresql.cnpg.io/v1/Database",
            "monitoring.coreos.com/v1/ServiceMonitor", "monitoring.coreos.com/v1/PrometheusRule", "kafka.strimzi.io/v1beta2/Kafka",
            "kafka.strimzi.io/v1beta2/KafkaNodePool", "kafka.strimzi.io/v1beta2/KafkaTopic", "kafka.strimzi.io/v1beta2/KafkaUser",
            "gateway.networking.k8s.io/v1/GatewayClass", "gateway.networking.k8s.io/v1/Gateway", "gateway.networking.k8s.io/v1/HTTPRoute",
            "gateway.envoyproxy.io/v1alpha1/ClientTrafficPolicy", "gateway.envoyproxy.io/v1alpha1/BackendTrafficPolicy",
            "gateway.envoyproxy.io/v1alpha1/SecurityPolicy", "gateway.networking.k8s.io/v1/BackendTLSPolicy",
            "cert-manager.io/v1/Issuer", "cert-manager.io/v1/Certificate",
            "postgresql.cnpg.io/v1/ScheduledBackup", "barmancloud.cnpg.io/v1/ObjectStore",
            "external-secrets.io/v1/ExternalSecret", "kyverno.io/v1/ClusterPolicy");
    private static final ObjectMapper MAPPER = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    final String overlay;
    final List<Map<String, Object>> raw;
    final List<HasMetadata> objects = new ArrayList<>();

    private Manifests(String overlay, List<Map<String, Object>> raw) {
        this.overlay = overlay;
        this.raw = raw;
        for (Map<String, Object> o : raw) {
            String type = o.get("apiVersion") + "/" + o.get("kind");
            Class<? extends HasMetadata> model = TYPED.get(type);
            if (model != null) {
                HasMetadata typed = MAPPER.convertValue(o, model);
                List<String> unknown = new ArrayList<>();
                unknownFields(typed, type + " " + Kustomize.name(o), unknown, new IdentityHashMap<>());
                if (!unknown.isEmpty()) {
                    throw new IllegalStateException(overlay + ": fields unknown to the Kubernetes API: " + unknown);
                }
                objects.add(typed);
            } else if (OPERATED.contains(type)) {
                objects.add(MAPPER.convertValue(o, GenericKubernetesResource.class));
            } else {
                throw new IllegalStateException(overlay + ": unexpected kind " + type);
            }
        }
    }

    static Manifests of(String overlay) throws Exception {
        return new Manifests(overlay, Kustomize.build(ROOT.resolve("k8s/overlays/" + overlay)));
    }

    static Stream<Manifests> all() {
        return OVERLAYS.stream().map(o -> {
            try {
                return of(o);
            } catch (Exception e) {
                throw new IllegalStateException(o + " does not build: " + e.getMessage(), e);
            }
        });
    }

    <T extends HasMetadata> List<T> all(Class<T> kind) {
        return objects.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    /** The hosts the overlay's Gateway serves over HTTPS: the addresses people's browsers reach. */
    java.util.Set<String> publicHosts() {
        return java.util.Set.copyOf(new Edge(this).httpsHosts());
    }

    List<GenericKubernetesResource> operated(String kind) {
        return objects.stream().filter(o -> o instanceof GenericKubernetesResource g && kind.equals(g.getKind()))
                .map(GenericKubernetesResource.class::cast).toList();
    }

    @Override
    public String toString() {
        return overlay;
    }

    /** fabric8 keeps fields it does not know in additionalProperties: any there is a typo or a wrong level. */
    private static void unknownFields(Object o, String where, List<String> found, Map<Object, Boolean> seen) {
        if (o == null || seen.put(o, true) != null || !o.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            if (o instanceof Collection<?> c) {
                int i = 0;
                for (Object item : c) {
                    unknownFields(item, where + "[" + i++ + "]", found, seen);
                }
            } else if (o instanceof Map<?, ?> m && !(o instanceof io.fabric8.kubernetes.api.model.KubernetesResource)) {
                m.forEach((k, v) -> unknownFields(v, where + "." + k, found, seen));
            }
            return;
        }
        for (Method getter : o.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || getter.getDeclaringClass() == Object.class
                    || !(getter.getName().startsWith("get") || getter.getName().startsWith("is"))) {
                continue;
            }
            try {
                Object value = getter.invoke(o);
                if (getter.getName().equals("getAdditionalProperties")) {
                    if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                        found.add(where + ": " + extra.keySet());
                    }
                    continue;
                }
                String field = Introspector.decapitalize(getter.getName().replaceFirst("^(get|is)", ""));
                unknownFields(value, where + "." + field, found, seen);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
