package org.casework.k8s;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;

/** What the cluster exposes and what it is told: Services, Ingress paths, Secrets and each service's settings. */
class ExposureTest {

    /** The operators create these Services; the manifests only refer to them. */
    private static final Set<String> OPERATOR_SERVICES = Set.of("keycloak-service", "casework-db-rw");

    static Stream<Manifests> overlays() {
        return Manifests.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyServiceSelectsAPodAndEveryIngressBackendIsAService(Manifests m) {
        for (Service s : m.all(Service.class)) {
            Map<String, String> selector = s.getSpec().getSelector();
            assertThat(m.all(Deployment.class)).as(s.getMetadata().getName()).anySatisfy(d -> {
                assertThat(d.getSpec().getTemplate().getMetadata().getLabels()).containsAllEntriesOf(selector);
                assertThat(d.getSpec().getTemplate().getSpec().getContainers().get(0).getPorts())
                        .anySatisfy(p -> assertThat(p.getName()).isEqualTo(s.getSpec().getPorts().get(0).getTargetPort().getStrVal()));
            });
        }
        for (HTTPIngressPath path : paths(m)) {
            String backend = path.getBackend().getService().getName();
            assertThat(m.all(Service.class).stream().map(s -> s.getMetadata().getName()).toList() + "" + OPERATOR_SERVICES)
                    .as(path.getPath()).contains(backend);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theIngressRoutesNoInternalOrQuarkusPathAndServesEveryHostOverTls(Manifests m) {
        List<HTTPIngressPath> paths = paths(m);
        assertThat(paths).isNotEmpty().allSatisfy(p -> {
            assertThat(p.getPath()).doesNotContain("/internal").doesNotStartWith("/q/").isNotEqualTo("/q")
                    .doesNotStartWith("/admin").doesNotContain("metrics");
            if (p.getPath().equals("/")) {
                assertThat(p.getPathType()).as("the web UI's root only, not everything under it").isEqualTo("Exact");
            }
        });
        for (Ingress i : m.all(Ingress.class)) {
            List<String> tlsHosts = i.getSpec().getTls().stream().flatMap(t -> t.getHosts().stream()).toList();
            i.getSpec().getRules().forEach(r -> assertThat(tlsHosts).as(i.getMetadata().getName()).contains(r.getHost()));
            assertThat(i.getMetadata().getAnnotations()).containsKey("cert-manager.io/cluster-issuer")
                    .containsEntry("nginx.ingress.kubernetes.io/force-ssl-redirect", "true");
        }
        Ingress main = m.all(Ingress.class).stream().filter(i -> i.getMetadata().getName().equals("casework")).findFirst().orElseThrow();
        assertThat(main.getSpec().getRules()).extracting(r -> r.getHttp().getPaths().stream()
                .map(p -> p.getBackend().getService().getName()).distinct().toList())
                .containsExactly(List.of("caseworker-web"), List.of("portal-web", "notice-service", "representation-service"),
                        List.of("case-service", "notice-service", "representation-service"));
        // the api host reaches every public top-level path of notice-service's API (its resources' @Path roots)
        assertThat(main.getSpec().getRules().get(2).getHttp().getPaths())
                .filteredOn(p -> p.getBackend().getService().getName().equals("notice-service"))
                .extracting(HTTPIngressPath::getPath).containsExactlyInAnyOrder("/notices", "/register", "/deadlines",
                        "/penalty-calculations", "/penalty-accounts", "/appeals", "/compliance-dates", "/fee-penalties",
                        "/restriction-claims");
        // the portal host: portal-web's pages and assets; under /portal the APIs: notice-service's notices as given
        // under their own prefix, the rest to representation-service
        assertThat(main.getSpec().getRules().get(1).getHttp().getPaths())
                .extracting(HTTPIngressPath::getPath, HTTPIngressPath::getPathType, p -> p.getBackend().getService().getName())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/", "Exact", "portal-web"),
                        org.assertj.core.groups.Tuple.tuple("/notices", "Prefix", "portal-web"),
                        org.assertj.core.groups.Tuple.tuple("/sign-out", "Exact", "portal-web"),
                        org.assertj.core.groups.Tuple.tuple("/signed-out", "Exact", "portal-web"),
                        org.assertj.core.groups.Tuple.tuple("/static", "Prefix", "portal-web"),
                        org.assertj.core.groups.Tuple.tuple("/assets", "Prefix", "portal-web"),
                        org.assertj.core.groups.Tuple.tuple("/webjars", "Prefix", "portal-web"),
                        org.assertj.core.groups.Tuple.tuple("/portal/issued-notices", "Prefix", "notice-service"),
                        org.assertj.core.groups.Tuple.tuple("/portal", "Prefix", "representation-service"));
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

    private static List<HTTPIngressPath> paths(Manifests m) {
        return m.all(Ingress.class).stream().flatMap(i -> i.getSpec().getRules().stream())
                .flatMap(r -> r.getHttp().getPaths().stream()).toList();
    }

    /** The keys of a service's ConfigMap. */
    static final class WorkloadTestConfig {
        static List<String> keys(Manifests m, String name) {
            return m.all(ConfigMap.class).stream().filter(c -> c.getMetadata().getName().equals(name))
                    .flatMap(c -> c.getData().keySet().stream()).toList();
        }
    }
}
