package org.casework.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;

/**
 * The edge (docs/deploy.md, "Edge"): Gateway API on Envoy Gateway, with cert-manager issuing each listener's
 * certificate. Certificates: cert-manager makes one Certificate per secret the annotated Gateway's listeners name,
 * for that listener's host. Headers: HSTS and nosniff on every answer (the Gateway's ClientTrafficPolicy, the
 * edge's own answers included), each host's framing and referrer rules on every rule of its routes, a
 * Content-Security-Policy on every API rule (the web UIs send their own). Rate limits: Envoy Gateway's
 * BackendTrafficPolicy per client address on the portal's and the API host's routes, per token subject on the
 * portal's APIs, whose subject header comes only from a verified token.
 */
class EdgeTest {

    private static final Pattern HSTS = Pattern.compile("max-age=(\\d+); includeSubDomains");
    private static final String SUBJECT_HEADER = "x-casework-subject";

    static Stream<Manifests> overlays() {
        return Manifests.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyHttpsListenerHasItsOwnCertificateFromCertManagerAndNoSecretIsAskedForTwice(Manifests m) {
        Edge edge = new Edge(m);
        List<Edge.Listener> https = edge.listeners.stream().filter(l -> l.protocol().equals("HTTPS")).toList();

        assertThat(edge.gateway.getMetadata().getAnnotations()).containsKey("cert-manager.io/cluster-issuer");
        assertThat(edge.gateway.getMetadata().getAnnotations().keySet()).as("one issuer, named once")
                .filteredOn(k -> k.startsWith("cert-manager.io/") && k.endsWith("issuer")).hasSize(1);
        assertThat(https).extracting(Edge.Listener::name).contains("casework-https", "portal-https", "api-https", "sign-in-https");
        assertThat(https).allSatisfy(l -> {
            assertThat(l.hostname()).as(l.name()).isNotBlank().doesNotContain("*");
            assertThat(l.certificateSecrets()).as(l.name()).hasSize(1);
        });
        assertThat(https.stream().map(Edge.Listener::hostname)).doesNotHaveDuplicates();
        List<String> secrets = https.stream().flatMap(l -> l.certificateSecrets().stream()).toList();
        assertThat(secrets).as("cert-manager would merge two listeners naming one secret into one Certificate").doesNotHaveDuplicates();
        assertThat(KafkaTest.maps(edge.gateway.get("spec", "listeners"))).allSatisfy(l -> {
            if (l.get("tls") != null) {
                assertThat(l.get("tls")).as((String) l.get("name")).isEqualTo(Map.of("mode", "Terminate",
                        "certificateRefs", List.of(Map.of("name", secrets.get(https.indexOf(edge.listener((String) l.get("name"))))))));
            }
        });
        // nothing else asks for those certificates (cert-manager refuses a second owner of a Secret)
        assertThat(m.raw).noneMatch(o -> "Ingress".equals(o.get("kind")));
        assertThat(m.raw).filteredOn(o -> "Certificate".equals(o.get("kind")))
                .allSatisfy(c -> assertThat(secrets).doesNotContain((String) ((Map<?, ?>) c.get("spec")).get("secretName")));
        assertThat(edge.listeners).filteredOn(l -> l.protocol().equals("HTTP")).singleElement()
                .satisfies(l -> assertThat(l.port()).isEqualTo(80));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyAnswerOnEveryHostCarriesHstsAndNosniffFromTheGateway(Manifests m) {
        Edge edge = new Edge(m);
        List<GenericKubernetesResource> client = m.operated("ClientTrafficPolicy");

        assertThat(client).singleElement().satisfies(p -> {
            assertThat(KafkaTest.maps(p.get("spec", "targetRefs"))).containsExactly(Map.of("group", "gateway.networking.k8s.io",
                    "kind", "Gateway", "name", edge.gateway.getMetadata().getName()));
            Map<String, String> set = headers(KafkaTest.maps(p.get("spec", "headers", "lateResponseHeaders", "set")));
            Matcher hsts = HSTS.matcher(set.getOrDefault("Strict-Transport-Security", ""));
            assertThat(hsts.matches()).as(set.toString()).isTrue();
            assertThat(Long.parseLong(hsts.group(1))).as("at least a year").isGreaterThanOrEqualTo(31_536_000L);
            assertThat(set).containsEntry("X-Content-Type-Options", "nosniff");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyRuleOnEveryHostSetsItsFramingAndReferrerRulesAndEveryApiRuleAContentSecurityPolicy(Manifests m) {
        Edge edge = new Edge(m);
        for (Edge.Rule r : edge.rules) {
            if (r.listener().protocol().equals("HTTP")) {
                continue; // port 80 only redirects
            }
            assertThat(r.headers()).as(r.route() + " " + r.paths()).containsKeys("X-Frame-Options", "Referrer-Policy");
            boolean api = !r.backends().contains("caseworker-web") && !r.backends().contains("portal-web")
                    && !r.backends().contains("keycloak-service");
            if (api) {
                assertThat(r.headers()).as(r.route() + " " + r.paths())
                        .containsEntry("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                        .containsEntry("X-Frame-Options", "DENY").containsEntry("Referrer-Policy", "no-referrer");
            } else if (r.backends().contains("keycloak-service")) {
                // Keycloak frames its own pages (its session iframe) and sends its own CSP
                assertThat(r.headers()).containsEntry("X-Frame-Options", "SAMEORIGIN").doesNotContainKey("Content-Security-Policy");
            } else {
                // the web UIs' own CSP names the sign-in host (web-support's SecurityHeaders): the edge keeps it
                assertThat(r.headers()).containsEntry("X-Frame-Options", "DENY").doesNotContainKey("Content-Security-Policy");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void thePortalsAndTheApiHostsRoutesAreLimitedPerClientAddressAndThePortalsApisPerPerson(Manifests m) {
        for (String route : List.of("portal-web", "portal-api", "api", "audit", "keycloak")) {
            List<Map<String, Object>> rules = rateLimitRules(m, route);
            for (String all : List.of("0.0.0.0/0", "::/0")) {
                assertThat(rules).as(route + ": each client address counted apart, " + all).anySatisfy(rule -> assertThat(
                        KafkaTest.maps(rule.get("clientSelectors"))).containsExactly(Map.of("sourceCIDR", Map.of("type", "Distinct", "value", all))));
            }
        }
        assertThat(rateLimitRules(m, "portal-api")).as("each person counted apart").anySatisfy(rule -> assertThat(
                KafkaTest.maps(rule.get("clientSelectors"))).containsExactly(Map.of("headers", List.of(Map.of("name", SUBJECT_HEADER, "type", "Distinct")))));
        // the limits are above what a service allows a person (docs/security.md): the edge only refuses sooner
        assertThat(m.operated("BackendTrafficPolicy")).allSatisfy(p -> assertThat(KafkaTest.maps(p.get("spec", "rateLimit", "global", "rules")))
                .allSatisfy(rule -> assertThat(((Map<?, ?>) rule.get("limit")).get("unit")).isEqualTo("Minute"))
                .allSatisfy(rule -> assertThat(((Number) ((Map<?, ?>) rule.get("limit")).get("requests")).intValue()).isGreaterThanOrEqualTo(600)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    @SuppressWarnings("unchecked")
    void thePerPersonCountReadsOnlyAVerifiedTokensSubjectFromTheOverlaysSignInHost(Manifests m) {
        Edge edge = new Edge(m);
        String signIn = "https://" + edge.listener("sign-in-https").hostname() + "/realms/regulator";
        GenericKubernetesResource security = m.operated("SecurityPolicy").stream()
                .filter(p -> targets(p).contains("portal-api")).findFirst().orElseThrow();
        List<Map<String, Object>> providers = KafkaTest.maps(security.get("spec", "jwt", "providers"));

        assertThat(providers).singleElement().satisfies(p -> {
            assertThat(p.get("issuer")).isEqualTo(signIn);
            assertThat(p.get("remoteJWKS")).isEqualTo(Map.of("uri", signIn + "/protocol/openid-connect/certs"));
            assertThat(p.get("claimToHeaders")).isEqualTo(List.of(Map.of("claim", "sub", "header", SUBJECT_HEADER)));
        });
        // a caller's own header is dropped on arrival, before the JWT filter writes the verified one
        assertThat((List<Object>) m.operated("ClientTrafficPolicy").get(0).get("spec", "headers", "earlyRequestHeaders", "remove"))
                .containsExactly(SUBJECT_HEADER);
        // the services still refuse a request without a token themselves (problem+json), so the edge lets it by
        assertThat((Object) security.get("spec", "jwt", "optional")).isEqualTo(true);
    }

    @Test
    void noIngressNorTheRetiredIngressNginxIsLeftInTheManifestsOrTheGuide() throws Exception {
        try (Stream<java.nio.file.Path> files = Files.walk(Manifests.ROOT.resolve("k8s"))) {
            assertThat(files.filter(Files::isRegularFile).toList()).allSatisfy(f -> assertThat(Files.readString(f)).as(f.toString())
                    .doesNotContain("ingress-nginx").doesNotContain("nginx.ingress.kubernetes.io").doesNotContain("kind: Ingress"));
        }
        assertThat(Files.readString(Manifests.ROOT.resolve("docs/deploy.md"))).doesNotContain("ingress-nginx in the namespace")
                .contains("## Edge");
    }

    private static List<Map<String, Object>> rateLimitRules(Manifests m, String route) {
        List<GenericKubernetesResource> policies = m.operated("BackendTrafficPolicy").stream().filter(p -> targets(p).contains(route)).toList();
        assertThat(policies).as(route + ": one BackendTrafficPolicy (a second would conflict)").hasSize(1);
        return KafkaTest.maps(policies.get(0).get("spec", "rateLimit", "global", "rules"));
    }

    /** The HTTPRoutes a policy targets. */
    private static List<String> targets(GenericKubernetesResource policy) {
        List<String> names = new ArrayList<>();
        for (Map<String, Object> ref : KafkaTest.maps(policy.get("spec", "targetRefs"))) {
            assertThat(ref).containsEntry("group", "gateway.networking.k8s.io");
            if ("HTTPRoute".equals(ref.get("kind"))) {
                names.add((String) ref.get("name"));
            }
        }
        return names;
    }

    private static Map<String, String> headers(List<Map<String, Object>> list) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        list.forEach(h -> out.put((String) h.get("name"), (String) h.get("value")));
        return out;
    }
}
