package org.casework.k8s;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/**
 * The cluster's addresses as a test reaches them: a Service name and port (as a URL in a setting names
 * them, with the scheme's port when none is given) leads to the container port its targetPort names on
 * the pod it selects, or to the operator's server behind it (Keycloak, PostgreSQL). A name or port that
 * no Service has fails, as it would in the cluster. An {@code https} address on a host the overlay's
 * Gateway serves over HTTPS is for people's browsers (the sign-in discovery document an OpenAPI document
 * names, say): it is left as it is. The one Service outside the namespace a pod may call is the OpenTelemetry
 * collector in {@code monitoring} ({@value #COLLECTOR}, OTLP over HTTP on {@value #COLLECTOR_PORT}, as NetworkPolicy
 * allow-otlp-export admits); any other outside host fails. A bare {@code service:port} (Kafka's bootstrap address, which
 * has no scheme) is resolved the same way; the Kafka bootstrap Service is Strimzi's, {@code <cluster>-kafka-bootstrap}
 * on the port of the Kafka's listener.
 */
final class ClusterAddresses {

    record Target(String host, int port) {
    }

    static final String COLLECTOR = "opentelemetry-collector.monitoring.svc";
    static final int COLLECTOR_PORT = 4318;
    private static final Pattern URL = Pattern.compile("([a-z][a-z0-9+.-]*)://([A-Za-z0-9.-]+)(?::(\\d+))?");
    private static final Pattern BARE = Pattern.compile("([a-z0-9][a-z0-9-]*(?:\\.[a-z0-9.-]+)?):(\\d+)");
    private static final Map<String, Integer> DEFAULT_PORTS = Map.of("http", 80, "https", 443, "postgresql", 5432);
    private final Map<String, Map<Integer, Target>> services = new HashMap<>();
    private final String namespace;
    private final java.util.Set<String> publicHosts;

    /**
     * @param pods the address of each Deployment's pod
     * @param keycloak where Keycloak's port is ({@code keycloak-service}, the operator's Service: HTTPS when the CR has TLS)
     * @param postgres where PostgreSQL's primary is ({@code casework-db-rw}, CloudNativePG's Service)
     */
    ClusterAddresses(Manifests m, Function<Deployment, String> pods, Target keycloak, Target postgres) {
        this(m, pods, keycloak, postgres, new Target("collector", COLLECTOR_PORT), new Target("kafka", 9093));
    }

    /**
     * @param collector where the test receives spans in place of the OpenTelemetry collector
     * @param kafka where the Kafka bootstrap Service leads
     */
    ClusterAddresses(Manifests m, Function<Deployment, String> pods, Target keycloak, Target postgres, Target collector, Target kafka) {
        namespace = m.all(io.fabric8.kubernetes.api.model.Namespace.class).get(0).getMetadata().getName();
        publicHosts = m.publicHosts();
        for (Service s : m.all(Service.class)) {
            Deployment d = m.all(Deployment.class).stream().filter(x -> x.getSpec().getTemplate().getMetadata().getLabels().entrySet()
                    .containsAll(s.getSpec().getSelector().entrySet())).findFirst().orElseThrow();
            var container = d.getSpec().getTemplate().getSpec().getContainers().get(0);
            for (ServicePort p : s.getSpec().getPorts()) {
                services.computeIfAbsent(s.getMetadata().getName(), n -> new HashMap<>())
                        .put(p.getPort(), new Target(pods.apply(d), PodModel.port(container, p.getTargetPort())));
            }
        }
        services.put("keycloak-service", keycloakPorts(m.operated("Keycloak").get(0)).stream()
                .collect(java.util.stream.Collectors.toMap(p -> p, p -> keycloak)));
        services.put(m.operated("Cluster").get(0).getMetadata().getName() + "-rw", Map.of(5432, postgres));
        services.put(COLLECTOR, Map.of(COLLECTOR_PORT, collector));
        for (var k : m.operated("Kafka")) {
            for (Map<String, Object> listener : KafkaTest.maps(k.get("spec", "kafka", "listeners"))) {
                services.computeIfAbsent(k.getMetadata().getName() + "-kafka-bootstrap", n -> new HashMap<>())
                        .put(((Number) listener.get("port")).intValue(), kafka);
            }
        }
    }

    /**
     * The ports of the operator's {@code keycloak-service} that serve Keycloak's endpoints: HTTPS ({@code httpsPort}, 8443)
     * when the CR names a TLS Secret, HTTP ({@code httpPort}, 8080) only without one or when {@code httpEnabled} is true,
     * as the operator builds the Service. A setting naming a port the Service does not have fails.
     */
    static java.util.List<Integer> keycloakPorts(io.fabric8.kubernetes.api.model.GenericKubernetesResource keycloak) {
        Map<String, Object> http = keycloak.get("spec", "http");
        http = http == null ? Map.of() : http;
        boolean tls = http.get("tlsSecret") instanceof String secret && !secret.isBlank();
        java.util.List<Integer> ports = new java.util.ArrayList<>();
        if (tls) {
            ports.add(http.get("httpsPort") == null ? 8443 : ((Number) http.get("httpsPort")).intValue());
        }
        if (!tls || Boolean.TRUE.equals(http.get("httpEnabled"))) {
            ports.add(http.get("httpPort") == null ? 8080 : ((Number) http.get("httpPort")).intValue());
        }
        return ports;
    }

    /** The value with every cluster address in it replaced by where the test reaches it. */
    String resolve(String value) {
        Matcher bare = BARE.matcher(value);
        if (bare.matches()) {
            Target target = target(value, bare.group(1), Integer.parseInt(bare.group(2)));
            return target.host() + ":" + target.port();
        }
        Matcher m = URL.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            if (isPublic(m.group(1), m.group(2), m.group(3), publicHosts)) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                continue;
            }
            int port = m.group(3) != null ? Integer.parseInt(m.group(3)) : DEFAULT_PORTS.getOrDefault(m.group(1), -1);
            Target target = target(value, m.group(2), port);
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + "://" + target.host() + ":" + target.port()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Where a Service's port inside the cluster leads; a host outside the cluster, or a name or port no Service has, fails. */
    private Target target(String value, String name, int port) {
        String host = name.replaceFirst("\\." + namespace + "(\\.svc(\\.cluster\\.local)?)?$", "")
                .replaceFirst("^" + Pattern.quote(COLLECTOR) + "(\\.cluster\\.local)?$", COLLECTOR);
        if ((host.contains(".") && !host.equals(COLLECTOR)) || host.equals("localhost")) {
            throw new IllegalStateException(value + ": " + name + " is not an address inside the cluster");
        }
        Map<Integer, Target> ports = services.get(host);
        if (ports == null) {
            throw new IllegalStateException(value + ": no Service is named " + host);
        }
        Target target = ports.get(port);
        if (target == null) {
            throw new IllegalStateException(value + ": the Service " + host + " has no port " + port + " (it has " + ports.keySet() + ")");
        }
        return target;
    }

    /** The value with each address on one of the overlay's public hosts written as {@code https://<public>}. */
    static String withPublicHostsMasked(Manifests manifests, String value) {
        java.util.Set<String> hosts = manifests.publicHosts();
        return URL.matcher(value).replaceAll(r -> Matcher.quoteReplacement(
                isPublic(r.group(1), r.group(2), r.group(3), hosts) ? "https://<public>" : r.group()));
    }

    private static boolean isPublic(String scheme, String host, String port, java.util.Set<String> publicHosts) {
        return "https".equals(scheme) && port == null && publicHosts.contains(host);
    }

    /** Whether a setting's value names an address at all (a URL or a JDBC URL). */
    static boolean isAddress(String value) {
        return URL.matcher(value).find() || BARE.matcher(value).matches();
    }
}
