package org.casework.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/** What the cluster exposes and what it is told: Services, the edge's routes, Secrets and each service's settings. */
class ExposureTest {

    /** The operators create these Services; the manifests only refer to them. */
    private static final Set<String> OPERATOR_SERVICES = Set.of("keycloak-service", "casework-db-rw");

    static Stream<Manifests> overlays() {
        return Manifests.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyServiceSelectsAPodAndEveryRouteBackendIsAService(Manifests m) {
        for (Service s : m.all(Service.class)) {
            Map<String, String> selector = s.getSpec().getSelector();
            assertThat(m.all(Deployment.class)).as(s.getMetadata().getName()).anySatisfy(d -> {
                assertThat(d.getSpec().getTemplate().getMetadata().getLabels()).containsAllEntriesOf(selector);
                assertThat(d.getSpec().getTemplate().getSpec().getContainers().get(0).getPorts())
                        .anySatisfy(p -> assertThat(p.getName()).isEqualTo(s.getSpec().getPorts().get(0).getTargetPort().getStrVal()));
            });
        }
        List<String> services = new ArrayList<>(m.all(Service.class).stream().map(s -> s.getMetadata().getName()).toList());
        services.addAll(OPERATOR_SERVICES);
        for (Edge.Rule rule : new Edge(m).rules) {
            assertThat(services).as(rule.route() + " " + rule.paths()).containsAll(rule.backends());
        }
    }

    /**
     * The allow-list: on every host nothing under {@code /internal}, {@code /q} or {@code /admin} matches any route
     * (tried with Gateway API's matching: Exact, or PathPrefix by whole segments), no matched path names them, the
     * web UIs' root is Exact; every host is served over HTTPS and port 80 only redirects there.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theRoutesReachNoInternalOrQuarkusPathAndServeEveryHostOverHttps(Manifests m) {
        Edge edge = new Edge(m);
        assertThat(edge.rules).isNotEmpty().allSatisfy(r -> r.paths().forEach(p -> {
            assertThat(p.value()).doesNotContain("/internal").doesNotStartWith("/q/").isNotEqualTo("/q")
                    .doesNotStartWith("/admin").doesNotContain("metrics");
            assertThat(p.type()).isIn("Exact", "PathPrefix");
            if (p.value().equals("/") && !r.listener().protocol().equals("HTTP")) {
                assertThat(p.type()).as(r.route() + ": the web UI's root only, not everything under it").isEqualTo("Exact");
            }
        }));
        for (String host : edge.httpsHosts()) {
            for (String probe : List.of("/q", "/q/health", "/q/health/ready", "/q/metrics", "/q/openapi", "/q/swagger-ui/", "/q/dev-ui",
                    "/internal", "/internal/", "/internal/anything", "/admin", "/admin/master/console/", "/realms/master",
                    "/metrics")) {
                assertThat(edge.rules).as(host + probe + " reaches a backend")
                        .noneMatch(r -> host.equals(r.listener().hostname()) && matches(r, probe));
            }
        }
        for (Edge.Rule r : edge.rules) {
            if (r.listener().protocol().equals("HTTP")) {
                assertThat(r.backends()).as(r.route() + ": port 80 sends nowhere but to HTTPS").isEmpty();
                assertThat(r.filterTypes()).as(r.route()).containsExactly("RequestRedirect");
            } else {
                assertThat(r.listener().protocol()).isEqualTo("HTTPS");
                assertThat(r.listener().port()).isEqualTo(443);
                assertThat(r.listener().hostname()).as(r.route()).isNotBlank();
                assertThat(r.listener().certificateSecrets()).as(r.route()).hasSize(1);
            }
        }
        Map<String, Object> redirect = KafkaTest.maps(KafkaTest.maps(m.operated("HTTPRoute").stream()
                .filter(r -> r.getMetadata().getName().equals("https-redirect")).findFirst().orElseThrow().get("spec", "rules"))
                .get(0).get("filters")).get(0);
        assertThat(redirect).isEqualTo(Map.of("type", "RequestRedirect", "requestRedirect", Map.of("scheme", "https", "statusCode", 301)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void eachHostReachesExactlyItsServicesByTheSamePathsAsBefore(Manifests m) {
        Edge edge = new Edge(m);
        assertThat(backends(edge, "casework-https")).containsExactly("caseworker-web");
        assertThat(backends(edge, "portal-https")).containsExactly("portal-web", "notice-service", "representation-service");
        assertThat(backends(edge, "api-https")).containsExactly("case-service", "notice-service", "representation-service");
        assertThat(backends(edge, "sign-in-https")).containsExactly("keycloak-service");
        // the api host reaches every public top-level path of notice-service's API (its resources' @Path roots)
        assertThat(edge.rulesOf("api")).filteredOn(r -> r.backends().equals(List.of("notice-service")))
                .flatExtracting(Edge.Rule::paths).extracting(Edge.PathMatch::value)
                .containsExactlyInAnyOrder("/notices", "/register", "/deadlines", "/penalty-calculations", "/penalty-accounts", "/appeals",
                        "/compliance-dates", "/fee-penalties", "/restriction-claims");
        // the portal host: portal-web's pages and assets; under /portal the APIs: notice-service's notices as given
        // under their own prefix (the longer prefix wins), the rest to representation-service
        assertThat(Stream.concat(edge.rulesOf("portal-web").stream(), edge.rulesOf("portal-api").stream())
                .flatMap(r -> r.paths().stream().map(p -> tuple(p.value(), p.type(), r.backends().get(0)))).toList())
                .containsExactly(tuple("/", "Exact", "portal-web"), tuple("/notices", "PathPrefix", "portal-web"),
                        tuple("/sign-out", "Exact", "portal-web"), tuple("/signed-out", "Exact", "portal-web"),
                        tuple("/static", "PathPrefix", "portal-web"), tuple("/assets", "PathPrefix", "portal-web"),
                        tuple("/webjars", "PathPrefix", "portal-web"), tuple("/portal/issued-notices", "PathPrefix", "notice-service"),
                        tuple("/portal", "PathPrefix", "representation-service"));
        // each service's audit trail by the service's name, its own /audit/events and /audit/verify and nothing else
        assertThat(edge.rulesOf("audit")).extracting(r -> r.paths().get(0).type() + " " + r.paths().get(0).value() + " -> "
                + r.backends().get(0)).containsExactlyInAnyOrder("Exact /audit/cases/events -> case-service",
                        "Exact /audit/cases/verify -> case-service", "Exact /audit/notices/events -> notice-service",
                        "Exact /audit/notices/verify -> notice-service", "Exact /audit/representations/events -> representation-service",
                        "Exact /audit/representations/verify -> representation-service");
        for (GenericKubernetesResource audit : m.operated("HTTPRoute").stream().filter(r -> r.getMetadata().getName().equals("audit")).toList()) {
            for (Map<String, Object> rule : KafkaTest.maps(audit.get("spec", "rules"))) {
                String path = (String) ((Map<?, ?>) KafkaTest.maps(rule.get("matches")).get(0).get("path")).get("value");
                assertThat(KafkaTest.maps(rule.get("filters")).get(0)).isEqualTo(Map.of("type", "URLRewrite", "urlRewrite",
                        Map.of("path", Map.of("type", "ReplaceFullPath", "replaceFullPath", path.replaceFirst("^/audit/[a-z]+/", "/audit/")))));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void noSecretIsWrittenDownAndEverySecretSettingComesFromASecret(Manifests m) {
        assertThat(m.all(Secret.class)).allSatisfy(s -> {
            assertThat(s.getData()).isNullOrEmpty();
            assertThat(s.getStringData()).isNullOrEmpty();
        });
        Pattern secretish = Pattern.compile(".*(SECRET|PASSWORD|KEY|TOKEN).*");
        for (Deployment d : m.all(Deployment.class)) {
            for (Container c : WorkloadTest.allContainers(d)) {
                for (EnvVar e : c.getEnv()) {
                    if (secretish.matcher(e.getName()).matches()) {
                        assertThat(e.getValue()).as(e.getName()).isNull();
                        assertThat(e.getValueFrom().getSecretKeyRef()).as(e.getName()).isNotNull();
                    }
                }
            }
        }
        for (ConfigMap cm : m.all(ConfigMap.class)) {
            assertThat(cm.getData().keySet()).as(cm.getMetadata().getName()).noneMatch(k -> secretish.matcher(k).matches());
        }
        String realmImport = m.raw.stream().filter(o -> "KeycloakRealmImport".equals(o.get("kind"))).findFirst().orElseThrow().toString();
        assertThat(realmImport).doesNotContain("local-casework-web-secret=").contains("placeholders");
    }

    /**
     * Each service reads its settings from the environment with no local default (DESIGN: nothing
     * localhost that could silently apply in production); the Deployment must provide every one: the
     * service container all but Flyway's (it does not migrate: QUARKUS_FLYWAY_MIGRATE_AT_START=false, and
     * Quarkus reads them only to migrate), the init container that migrates the datasource's and Flyway's
     * (DeploymentStartupIT runs it with what it is given).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyEnvironmentSettingAServiceNeedsIsProvidedAndNoneDefaultsToThisMachine(Manifests m) throws IOException {
        Pattern required = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)}");
        for (String service : Manifests.SERVICES) {
            List<String> lines = Files.readAllLines(Manifests.ROOT.resolve(service + "/src/main/resources/application.properties"));
            List<String> needed = new ArrayList<>();
            List<String> neededToMigrate = new ArrayList<>();
            List<String> datasource = new ArrayList<>();
            for (String line : lines) {
                if (line.startsWith("#") || line.matches("^%(test|dev|e2e)\\..*")) {
                    continue;
                }
                assertThat(line).as(service + " production settings").doesNotContain("localhost").doesNotContain("127.0.0.1");
                Matcher matcher = required.matcher(line);
                while (matcher.find()) {
                    (line.startsWith("quarkus.flyway.") ? neededToMigrate : needed).add(matcher.group(1));
                    if (line.startsWith("quarkus.datasource.")) {
                        datasource.add(matcher.group(1));
                    }
                }
            }
            Deployment d = m.all(Deployment.class).stream().filter(x -> x.getMetadata().getName().equals(service)).findFirst().orElseThrow();
            Container c = d.getSpec().getTemplate().getSpec().getContainers().get(0);
            boolean migrates = c.getEnv().stream().noneMatch(e -> e.getName().equals("QUARKUS_FLYWAY_MIGRATE_AT_START") && "false".equals(e.getValue()));
            assertThat(provided(m, service, c)).as(m + " " + service).containsAll(needed).containsAll(migrates ? neededToMigrate : List.of());
            for (Container init : PodModel.initContainersOf(d)) {
                assertThat(provided(m, service, init)).as(m + " " + service + " init container " + init.getName())
                        .containsAll(datasource).containsAll(neededToMigrate);
            }
        }
    }

    /** What a container is given: its env and (envFrom) the service's ConfigMap. */
    private static List<String> provided(Manifests m, String service, Container c) {
        List<String> provided = new ArrayList<>(c.getEnv().stream().map(EnvVar::getName).toList());
        provided.addAll(WorkloadTestConfig.keys(m, service));
        return provided;
    }

    /** The backends a listener's routes reach, in the order the routes name them. */
    private static List<String> backends(Edge edge, String listener) {
        return edge.rules.stream().filter(r -> r.listener().name().equals(listener)).flatMap(r -> r.backends().stream()).distinct().toList();
    }

    /** Gateway API path matching: Exact, or PathPrefix by whole segments ({@code /q} matches {@code /q/health}, not {@code /queue}). */
    static boolean matches(Edge.Rule rule, String path) {
        return rule.paths().stream().anyMatch(p -> p.type().equals("Exact") ? p.value().equals(path)
                : p.value().equals("/") || path.equals(p.value()) || path.startsWith(p.value().endsWith("/") ? p.value() : p.value() + "/"));
    }

    /** The keys of a service's ConfigMap. */
    static final class WorkloadTestConfig {
        static List<String> keys(Manifests m, String name) {
            return m.all(ConfigMap.class).stream().filter(c -> c.getMetadata().getName().equals(name))
                    .flatMap(c -> c.getData().keySet().stream()).toList();
        }
    }
}
