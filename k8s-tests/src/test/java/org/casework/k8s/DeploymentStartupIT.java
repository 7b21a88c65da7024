package org.casework.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.casework.local.SignIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/**
 * Every Deployment of the production overlay started as its pod would run (a {@link PodStartup}: its
 * init containers to completion first, then its service container; each a {@link PodProcess}: the
 * packaged production build, the launcher's command, the ConfigMap's and the Secrets' environment, a
 * read-only root with the emptyDir mounts, the pod's user) against PostgreSQL set up as the overlay's
 * Cluster describes it and Keycloak with the repository's realm, over HTTPS with a certificate the pods check against
 * the CA they mount; then the manifest's own startup,
 * readiness and liveness probes, on the container port they name, must pass. An API's migrations run in
 * its init container, as its database's owner; the service then runs as its application role.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeploymentStartupIT {

    /** Kubernetes sets no time limit on an init container; this one keeps a hung migration from hanging the build. */
    private static final Duration INIT_TIMEOUT = Duration.ofMinutes(3);
    /** How long after its start a service may take to become ready (a pod is not ready until then, and gets no traffic). */
    private static final Duration READY_WITHIN = Duration.ofSeconds(60);
    private final Map<String, CompletableFuture<PodStartup>> pods = new LinkedHashMap<>();
    private final List<AutoCloseable> started = new ArrayList<>();
    private final ExecutorService kubelet = Executors.newCachedThreadPool();
    private KeycloakFromSnapshot keycloak;
    private SpanReceiver collector;
    private ClusterDatabase db;
    private Path work;
    private long began;

    List<String> deployments() {
        return Manifests.SERVICES;
    }

    /** The Deployments with a database of their own, which migrate it. */
    List<String> apis() {
        return Manifests.SERVICES.stream().filter(s -> !s.endsWith("-web")).toList();
    }

    @BeforeAll
    void startTheDeploymentsOfProduction() throws Exception {
        began = System.nanoTime();
        Manifests m = Manifests.of("production");
        TestSecrets secrets = TestSecrets.of(m);
        Path target = Manifests.ROOT.resolve("k8s-tests/target/deployment-startup");
        keycloak = new KeycloakFromSnapshot(Manifests.ROOT.resolve("keycloak/regulator-realm.json"), target);
        started.add(keycloak);
        keycloak.start();
        // the pods check Keycloak's certificate against the internal CA's ca.crt they mount: here, the one it serves
        secrets.put(KeycloakTlsTest.caSecret(m), "ca.crt", Files.readString(keycloak.caCertificateFile()));
        // the pods' user must traverse to the packaged applications mounted here
        work = Files.createTempDirectory(Path.of("/var/tmp"), "casework-pods-");
        Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
        db = ClusterDatabase.start(m, secrets, work.resolve("postgres"));
        started.add(db);
        keycloak.awaitReady();

        SecureRandom random = new SecureRandom();
        String subnet = "127." + (1 + random.nextInt(250)) + "." + (1 + random.nextInt(250)) + ".";
        Map<String, String> addresses = new LinkedHashMap<>();
        for (Deployment d : m.all(Deployment.class)) {
            addresses.put(d.getMetadata().getName(), subnet + (addresses.size() + 1));
        }
        collector = new SpanReceiver();
        started.add(collector);
        // Kafka's bootstrap address leads to a port where nothing listens: the services start and serve without a broker (the
        // relay keeps events in the outbox, notification-service's readiness does not wait for Kafka), with their Kafka
        // clients configured as the manifests say (SASL_SSL, the JAAS line, the CA certificate must parse)
        int noBroker;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            noBroker = free.getLocalPort();
        }
        ClusterAddresses cluster = new ClusterAddresses(m, d -> addresses.get(d.getMetadata().getName()),
                new ClusterAddresses.Target("127.0.0.1", keycloak.httpsPort()), new ClusterAddresses.Target("127.0.0.1", db.port()),
                new ClusterAddresses.Target("127.0.0.1", collector.port()), new ClusterAddresses.Target("127.0.0.1", noBroker));
        // the pods start side by side, as a rollout's would; each pod's containers one after the other
        for (Deployment d : m.all(Deployment.class)) {
            pods.put(d.getMetadata().getName(), CompletableFuture.supplyAsync(() -> {
                try {
                    return PodStartup.start(m, d, secrets, addresses.get(d.getMetadata().getName()), cluster, work,
                            target.resolve("logs"), INIT_TIMEOUT);
                } catch (Exception e) {
                    throw new IllegalStateException(d.getMetadata().getName() + " did not start", e);
                }
            }, kubelet));
        }
    }

    @ParameterizedTest
    @MethodSource("deployments")
    void passesItsStartupThenItsReadinessAndLivenessProbesOnItsContainerPort(String deployment) throws Exception {
        PodProcess pod = serviceContainer(deployment);
        Map<String, HTTPGetAction> probes = pod.pod.probes();
        int startup = pods.get(deployment).get().startupProbe;
        System.out.printf("%s: its startup probe answered %d %.1f s after the test began%n", deployment, startup,
                (pods.get(deployment).get().startupProbeEndedNanos - began) / 1e9);

        assertThat(startup).as(deployment + " startup probe " + KubeletProbe.url(pod, probes.get("startup")) + "; log " + pod.log + ":\n"
                + KubeletProbe.tail(pod)).matches(KubeletProbe::passed);
        assertThat(KubeletProbe.awaitReady(pod, READY_WITHIN)).as(deployment + " readiness probe; log:\n" + KubeletProbe.tail(pod))
                .matches(KubeletProbe::passed);
        assertThat(KubeletProbe.probe(pod, probes.get("liveness"))).as(deployment + " liveness probe").matches(KubeletProbe::passed);
        // production logs JSON records ("level":"ERROR"); the plain form is there for a build without them
        assertThat(pod.logText()).as(deployment + ": it logged no error").doesNotContain(" ERROR ").doesNotContain("\"level\":\"ERROR\"");
        assertReachesKeycloak(pod);
    }

    /**
     * The migrations ran in the init container, as the database's owner, which then exited; the service
     * container, with migrate-at-start off and no owner's credentials, starts against the migrated schema
     * and connects as the application role only.
     */
    @ParameterizedTest
    @MethodSource("apis")
    void migratesInItsInitContainerAsTheOwnerThenServesAsTheApplicationRoleWithoutMigrating(String deployment) throws Exception {
        PodProcess service = serviceContainer(deployment);
        PodStartup startup = pods.get(deployment).get();
        assertThat(startup.startupProbe).as(deployment + " startup; log:\n" + KubeletProbe.tail(service)).matches(KubeletProbe::passed);
        assertThat(KubeletProbe.awaitReady(service, READY_WITHIN)).as(deployment + " ready (its database check passed)")
                .matches(KubeletProbe::passed);
        String prefix = service.pod.env().keySet().stream().filter(k -> k.endsWith("_DB_URL")).findFirst().orElseThrow().replace("_DB_URL", "");
        String database = service.pod.env().get(prefix + "_DB_URL").replaceAll("\\?.*$", "").replaceAll("^.*/", "");
        String owner = db.owner(database);
        String app = service.pod.env().get(prefix + "_DB_USER");

        assertThat(startup.initContainers).as(deployment + " init containers").singleElement()
                .satisfies(init -> assertThat(init.container().env()).containsEntry(prefix + "_DB_OWNER_USER", owner));
        assertThat(service.pod.env()).as(deployment + " service container").doesNotContainKeys(prefix + "_DB_OWNER_USER", prefix + "_DB_OWNER_PASSWORD")
                .containsEntry("QUARKUS_FLYWAY_MIGRATE_AT_START", "false");
        assertThat(db.column(database, "select installed_by || ' ' || success from flyway_schema_history")).as(database + " migrations")
                .isNotEmpty().allSatisfy(row -> assertThat(row).isEqualTo(owner + " true"));
        assertThat(db.column(database, "select tableowner from pg_tables where schemaname = 'public'")).as(database + " tables' owner")
                .isNotEmpty().containsOnly(owner);
        assertThat(db.column(database, "select distinct usename from pg_stat_activity where datname = current_database()"
                + " and backend_type = 'client backend' and pid <> pg_backend_pid()")).as(database + ": the service's sessions")
                .containsExactly(app).doesNotContain(owner);
    }

    /** The pod's service container, once every init container has exited with 0 (else the test fails with what they logged). */
    private PodProcess serviceContainer(String deployment) throws Exception {
        PodStartup pod = pods.get(deployment).get(INIT_TIMEOUT.toMinutes() + 5, TimeUnit.MINUTES);
        assertThat(pod.initContainers).as(deployment + ": its init containers ran to completion, with exit 0\n" + pod.initReport())
                .allMatch(PodStartup.Ended::succeeded);
        assertThat(pod.service).as(deployment + " service container started").isNotNull();
        return pod.service;
    }

    /**
     * The pod's OIDC settings lead to Keycloak: the web UI sends a visitor to the realm's sign-in page as
     * its client; an API verifies a token the realm issued (a machine client's, refused the auditors'
     * operation, but not as unauthenticated). Under load a service's discovery at start can time out
     * (it then connects at the first request), so this asks rather than reading the log.
     */
    private void assertReachesKeycloak(PodProcess pod) throws Exception {
        String base = "http://" + pod.address + ":" + pod.pod.port(pod.pod.probes().get("readiness").getPort());
        if (pod.pod.name().endsWith("-web")) {
            boolean portal = pod.pod.name().equals("portal-web");
            String page = portal ? "/" : "/cases";
            HttpResponse<Void> r = KubeletProbe.HTTP.send(HttpRequest.newBuilder(URI.create(base + page)).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(r.statusCode()).as(pod.pod.name() + " " + page).isEqualTo(302);
            assertThat(r.headers().firstValue("Location").orElse("")).startsWith(keycloak.server().issuer() + "/protocol/openid-connect/auth")
                    .contains("client_id=" + (portal ? "casework-portal" : "casework-web"));
        } else {
            String token = new SignIn(keycloak.server().issuer()).serviceToken("notice-service", "local-notice-service-secret");
            HttpResponse<Void> r = KubeletProbe.HTTP.send(HttpRequest.newBuilder(URI.create(base + "/audit/verify"))
                    .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.discarding());
            assertThat(r.statusCode()).as(pod.pod.name() + " /audit/verify with a token of the realm").isNotEqualTo(401).isLessThan(500);
        }
    }

    /**
     * The metrics the dashboard and the alert rules name ({@link ObservabilityTest#PUBLISHED}) are on the running
     * applications' /q/metrics, read as Prometheus would (the ServiceMonitor's port and path, no token).
     */
    @org.junit.jupiter.api.Test
    void theApplicationsPublishEveryMetricTheDashboardAndTheAlertsName() throws Exception {
        java.util.Set<String> published = new java.util.TreeSet<>();
        for (String deployment : deployments()) {
            PodProcess pod = serviceContainer(deployment);
            assertThat(KubeletProbe.awaitReady(pod, READY_WITHIN)).as(deployment + " ready").matches(KubeletProbe::passed);
            String base = "http://" + pod.address + ":" + pod.pod.port(pod.pod.probes().get("readiness").getPort());
            // one request of the application's own (whatever it answers) so its request metrics exist whichever
            // test ran first: probes and /q/metrics are not counted as requests
            KubeletProbe.HTTP.send(HttpRequest.newBuilder(URI.create(base + "/")).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.discarding());
            HttpResponse<String> r = KubeletProbe.HTTP.send(HttpRequest.newBuilder(URI.create(base + "/q/metrics"))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(deployment + " /q/metrics").isEqualTo(200);
            r.body().lines().filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("[{ ]", 2)[0]).forEach(published::add);
        }
        assertThat(published).containsAll(ObservabilityTest.PUBLISHED);
    }

    /** Each application sends its spans to the collector its Deployment names (OTLP over HTTP), in the background. */
    @ParameterizedTest
    @MethodSource("deployments")
    void sendsItsSpansToTheCollectorItsDeploymentNames(String deployment) throws Exception {
        PodProcess pod = serviceContainer(deployment);
        assertThat(KubeletProbe.awaitReady(pod, READY_WITHIN)).as(deployment + " ready").matches(KubeletProbe::passed);
        String base = "http://" + pod.address + ":" + pod.pod.port(pod.pod.probes().get("readiness").getPort());
        // any request of the application's own (not /q/) is traced, whatever it answers; production records a share of
        // new traces (QUARKUS_OTEL_TRACES_SAMPLER_ARG), and always one its caller sampled, as this one says (flags 01)
        String trace = java.util.HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        KubeletProbe.HTTP.send(HttpRequest.newBuilder(URI.create(base + "/no-such-page")).header("traceparent", "00-" + trace + "-00f067aa0ba902b7-01")
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding());
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!collector.receivedFrom(deployment) && System.nanoTime() < until) {
            Thread.sleep(250);
        }
        assertThat(collector.receivedFrom(deployment)).as(deployment + ": spans received by the collector; log:\n" + KubeletProbe.tail(pod)).isTrue();
    }

    @AfterAll
    void stop() throws Exception {
        for (CompletableFuture<PodStartup> pod : pods.values()) {
            try {
                pod.get(INIT_TIMEOUT.toMinutes() + 5, TimeUnit.MINUTES).close();
            } catch (ExecutionException e) {
                // it did not start: nothing of it runs
            }
        }
        kubelet.shutdownNow();
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).close();
        }
        if (work != null) {
            new ProcessBuilder("rm", "-rf", work.toString()).start().waitFor();
        }
        System.out.printf("DeploymentStartupIT: %.1f s in all%n", (System.nanoTime() - began) / 1e9);
    }
}
