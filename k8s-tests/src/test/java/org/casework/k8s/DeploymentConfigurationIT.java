package org.casework.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/**
 * Each Deployment against the application its image holds (the packaged production build): every
 * environment variable the manifests give is one the application or the image's launcher reads, every
 * one the application needs is given, it listens on the port the probes and Services use, and every
 * address in its settings is a Service of the overlay and one of that Service's ports.
 */
class DeploymentConfigurationIT {

    /** The variables of the image's launcher (run-java.sh) that {@link ContainerImage#command} models. */
    private static final List<String> LAUNCHER = List.of("JAVA_OPTS", "JAVA_OPTS_APPEND", "JAVA_APP_JAR");

    record Case(Manifests manifests, PodModel pod) {
        @Override
        public String toString() {
            return manifests + " " + pod.name() + (pod.init() ? " init container " + pod.container().getName() : "");
        }
    }

    /** Each Deployment's service container. */
    static Stream<Case> deployments() {
        return containers().filter(c -> !c.pod().init());
    }

    /** Each Deployment's containers: its init containers, then its service container. */
    static Stream<Case> containers() {
        return Manifests.all().flatMap(m -> {
            TestSecrets secrets = TestSecrets.of(m);
            return m.all(Deployment.class).stream().flatMap(d -> {
                try {
                    List<PodModel> pod = new ArrayList<>(PodModel.initContainers(m, d, secrets));
                    pod.add(PodModel.of(m, d, secrets));
                    return pod.stream().map(p -> new Case(m, p));
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("containers")
    void everyVariableTheManifestsGiveIsReadAndEveryOneTheApplicationNeedsIsGiven(Case c) throws Exception {
        PackagedApplication app = PackagedApplication.of(c.pod().image().deployments());
        List<String> unread = new ArrayList<>();
        for (String variable : c.pod().manifestEnv().keySet()) {
            if (!LAUNCHER.contains(variable) && app.reads(variable).isEmpty()) {
                unread.add(variable + app.quarkusProperty(variable).map(p -> " (" + p.name() + " is fixed when the application is built)").orElse(""));
            }
        }

        assertThat(unread).as(c + ": variables nothing in the container reads (misspelt, or set at the wrong time)").isEmpty();
        List<String> jvm = c.pod().image().command(c.pod().env(), c.pod().memoryLimitBytes(), c.pod().cpuLimit());
        assertThat(c.pod().env().keySet()).as(c + ": variables the application needs").containsAll(app.variablesNeeded(c.pod().env(), jvm));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deployments")
    void theApplicationListensOnAllInterfacesAtThePortItsProbesAndServiceUse(Case c) throws Exception {
        PackagedApplication app = PackagedApplication.of(c.pod().image().deployments());
        Map<String, String> env = c.pod().env();
        List<String> jvm = c.pod().image().command(env, c.pod().memoryLimitBytes(), c.pod().cpuLimit());
        int listens = Integer.parseInt(app.effective("quarkus.http.port", env, jvm, "8080"));
        Container container = c.pod().container();

        assertThat(app.effective("quarkus.http.host", env, jvm, "0.0.0.0")).as(c + ": a pod is reached on its own address").isEqualTo("0.0.0.0");
        assertThat(c.pod().image().exposedPorts()).as(c + ": the image's EXPOSE").containsExactly(listens);
        assertThat(container.getPorts()).as(c + ": the container port").singleElement()
                .satisfies(p -> assertThat(p.getContainerPort()).isEqualTo(listens));
        c.pod().probes().forEach((kind, probe) -> assertThat(c.pod().port(probe.getPort())).as(c + " " + kind + " probe").isEqualTo(listens));
    }

    /**
     * The init container runs the service's own build, migrates (Flyway at start, as the owner) and exits
     * (quarkus.init-and-exit); the service container neither migrates nor exits after initialising.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("containers")
    void onlyAnInitContainerMigratesAndItExitsOnceInitialised(Case c) throws Exception {
        PackagedApplication app = PackagedApplication.of(c.pod().image().deployments());
        Map<String, String> env = c.pod().env();
        List<String> jvm = c.pod().image().command(env, c.pod().memoryLimitBytes(), c.pod().cpuLimit());
        boolean migrates = Boolean.parseBoolean(app.effective("quarkus.flyway.migrate-at-start", env, jvm, "false"));
        boolean exits = Boolean.parseBoolean(app.effective("quarkus.init-and-exit", env, jvm, "false"));

        assertThat(migrates).as(c + " migrates at start").isEqualTo(c.pod().init());
        assertThat(exits).as(c + " exits once initialised").isEqualTo(c.pod().init());
        if (c.pod().init()) {
            Deployment d = c.manifests().all(Deployment.class).stream().filter(x -> x.getMetadata().getName().equals(c.pod().name()))
                    .findFirst().orElseThrow();
            assertThat(c.pod().container().getImage()).as(c + ": the service's own image")
                    .isEqualTo(d.getSpec().getTemplate().getSpec().getContainers().get(0).getImage());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("containers")
    void everyAddressInTheSettingsIsAServicePortOfTheOverlay(Case c) {
        ClusterAddresses cluster = new ClusterAddresses(c.manifests(), d -> "pod-" + d.getMetadata().getName(),
                new ClusterAddresses.Target("keycloak", 1), new ClusterAddresses.Target("postgres", 1));
        c.pod().manifestEnv().forEach((name, value) -> {
            if (ClusterAddresses.isAddress(value)) {
                assertThatCode(() -> cluster.resolve(value)).as(c + " " + name).doesNotThrowAnyException();
            }
        });
    }

    /**
     * The start-up test runs the production overlay's pods; the development overlay's must run the same way, apart
     * from their sizes and their telemetry (each overlay names its collector and the share of traces it records), and
     * the digest production pins each image to (the same image name and tag).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("containers")
    void theDevelopmentPodsRunAsTheProductionOnesApartFromTheirSizesTelemetryAndDigests(Case c) throws Exception {
        Manifests production = Manifests.of("production");
        Deployment twin = production.all(Deployment.class).stream().filter(d -> d.getMetadata().getName().equals(c.pod().name()))
                .findFirst().orElseThrow();
        List<Container> twins = c.pod().init() ? PodModel.initContainersOf(twin) : twin.getSpec().getTemplate().getSpec().getContainers();
        Container theirs = twins.stream().filter(x -> x.getName().equals(c.pod().container().getName())).findFirst()
                .orElseThrow(() -> new AssertionError(c + ": production has no such container")).toBuilder().withResources(null).build();

        assertThat(withoutTelemetry(c.pod().container().toBuilder().withResources(null).build())).as(c.toString())
                .isEqualTo(withoutTelemetry(theirs));
        for (var source : theirs.getEnvFrom()) {
            String name = source.getConfigMapRef().getName();
            assertThat(configMap(c.manifests(), name)).as(c + " ConfigMap " + name + " (public hosts aside)")
                    .isEqualTo(configMap(production, name));
        }
    }

    private static Container withoutTelemetry(Container c) {
        return c.toBuilder().withImage(c.getImage().replaceFirst("@sha256:[0-9a-f]{64}$", "")).withEnv(c.getEnv().stream().filter(e -> !e.getName().startsWith("QUARKUS_OTEL_")).toList()).build();
    }

    /** A ConfigMap's data, with the overlay's own public hosts masked: each overlay has its own. */
    private static Map<String, String> configMap(Manifests m, String name) {
        Map<String, String> data = new java.util.TreeMap<>();
        m.all(io.fabric8.kubernetes.api.model.ConfigMap.class).stream().filter(cm -> cm.getMetadata().getName().equals(name))
                .findFirst().orElseThrow().getData().forEach((k, v) -> data.put(k, ClusterAddresses.withPublicHostsMasked(m, v)));
        return data;
    }
}
