package org.casework.k8s;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;

/**
 * An overlay's edge as the Gateway API describes it: the Gateway's listeners and, for each HTTPRoute rule, the
 * listener (and so the host) it serves, its path matches, the headers it sets on answers and its backends. A
 * route names its listener by {@code sectionName} and has no hostnames of its own, so a rule's host is its
 * listener's. Read from the generic resources (the Gateway API model is not among the packages known to resolve
 * here): any shape this does not expect fails rather than being skipped.
 */
final class Edge {

    record Listener(String name, String protocol, int port, String hostname, List<String> certificateSecrets) {
    }

    record PathMatch(String type, String value) {
    }

    /** One rule of one route; {@code headers} are the ResponseHeaderModifier's {@code set}, by name. */
    record Rule(String route, Listener listener, List<PathMatch> paths, Map<String, String> headers, List<String> backends,
            List<String> filterTypes) {
    }

    final GenericKubernetesResource gateway;
    final List<Listener> listeners = new ArrayList<>();
    final List<Rule> rules = new ArrayList<>();

    Edge(Manifests m) {
        List<GenericKubernetesResource> gateways = m.operated("Gateway");
        if (gateways.size() != 1) {
            throw new IllegalStateException(m + ": expected one Gateway, found " + gateways.size());
        }
        gateway = gateways.get(0);
        for (Map<String, Object> l : KafkaTest.maps(gateway.get("spec", "listeners"))) {
            List<String> secrets = new ArrayList<>();
            if (l.get("tls") instanceof Map<?, ?> tls) {
                for (Map<String, Object> ref : KafkaTest.maps(tls.get("certificateRefs"))) {
                    secrets.add((String) ref.get("name"));
                }
            }
            listeners.add(new Listener((String) l.get("name"), (String) l.get("protocol"), ((Number) l.get("port")).intValue(),
                    (String) l.get("hostname"), secrets));
        }
        for (GenericKubernetesResource route : m.operated("HTTPRoute")) {
            String name = route.getMetadata().getName();
            if (route.get("spec", "hostnames") != null) {
                throw new IllegalStateException(name + ": a route takes its host from its listener (sectionName), not hostnames");
            }
            List<Map<String, Object>> parents = KafkaTest.maps(route.get("spec", "parentRefs"));
            if (parents.size() != 1 || !gateway.getMetadata().getName().equals(parents.get(0).get("name"))) {
                throw new IllegalStateException(name + ": expected one parentRef, the Gateway");
            }
            Listener listener = listener((String) parents.get(0).get("sectionName"));
            for (Map<String, Object> rule : KafkaTest.maps(route.get("spec", "rules"))) {
                rules.add(rule(name, listener, rule));
            }
        }
    }

    Listener listener(String name) {
        return listeners.stream().filter(l -> l.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no listener " + name + " on the Gateway"));
    }

    /** The hosts served over HTTPS: the addresses people's browsers reach. */
    List<String> httpsHosts() {
        return listeners.stream().filter(l -> l.protocol().equals("HTTPS")).map(Listener::hostname).toList();
    }

    List<Rule> rulesOf(String route) {
        return rules.stream().filter(r -> r.route().equals(route)).toList();
    }

    @SuppressWarnings("unchecked")
    private static Rule rule(String route, Listener listener, Map<String, Object> rule) {
        List<PathMatch> paths = new ArrayList<>();
        for (Map<String, Object> match : KafkaTest.maps(rule.get("matches"))) {
            if (match.keySet().stream().anyMatch(k -> !k.equals("path"))) {
                throw new IllegalStateException(route + ": matches on more than the path: " + match.keySet());
            }
            Map<String, Object> path = (Map<String, Object>) match.get("path");
            paths.add(new PathMatch((String) path.get("type"), (String) path.get("value")));
        }
        if (paths.isEmpty()) {
            paths.add(new PathMatch("PathPrefix", "/")); // Gateway API: a rule without matches matches every path
        }
        Map<String, String> headers = new LinkedHashMap<>();
        List<String> types = new ArrayList<>();
        for (Map<String, Object> filter : KafkaTest.maps(rule.get("filters"))) {
            types.add((String) filter.get("type"));
            if ("ResponseHeaderModifier".equals(filter.get("type"))) {
                Map<String, Object> modifier = (Map<String, Object>) filter.get("responseHeaderModifier");
                for (Map<String, Object> h : KafkaTest.maps(modifier.get("set"))) {
                    headers.put((String) h.get("name"), (String) h.get("value"));
                }
            }
        }
        List<String> backends = KafkaTest.maps(rule.get("backendRefs")).stream().map(b -> (String) b.get("name")).toList();
        return new Rule(route, listener, paths, headers, backends, types);
    }
}
