package org.casework.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
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

import org.casework.local.SignIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/**
 * Every Deployment of the production overlay started as its container would run (a {@link PodProcess}:
 * the packaged production build, the launcher's command, the ConfigMap's and the Secrets' environment,
 * a read-only root with the emptyDir mounts, the pod's user) against PostgreSQL set up as the overlay's
 * Cluster describes it and Keycloak with the repository's realm; then the manifest's own startup,
 * readiness and liveness probes, on the container port they name, must pass.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeploymentStartupIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final Map<String, PodProcess> pods = new LinkedHashMap<>();
    private final List<AutoCloseable> started = new ArrayList<>();
    private KeycloakFromSnapshot keycloak;
    private Path work;
    private long began;

    List<String> deployments() {
        return Manifests.SERVICES;
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
        // the pods' user must traverse to the packaged applications mounted here
        work = Files.createTempDirectory(Path.of("/var/tmp"), "casework-pods-");
        Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
        ClusterDatabase db = ClusterDatabase.start(m, secrets, work.resolve("postgres"));
        started.add(db);
        keycloak.awaitReady();

        SecureRandom random = new SecureRandom();
        String subnet = "127." + (1 + random.nextInt(250)) + "." + (1 + random.nextInt(250)) + ".";
        Map<String, String> addresses = new LinkedHashMap<>();
        for (Deployment d : m.all(Deployment.class)) {
            addresses.put(d.getMetadata().getName(), subnet + (addresses.size() + 1));
        }
        ClusterAddresses cluster = new ClusterAddresses(m, d -> addresses.get(d.getMetadata().getName()),
                new ClusterAddresses.Target("127.0.0.1", keycloak.server().port()), new ClusterAddresses.Target("127.0.0.1", db.port()));
        for (Deployment d : m.all(Deployment.class)) {
            PodModel pod = PodModel.of(m, d, secrets);
            String address = addresses.get(pod.name());
            PodProcess.checkFree(address, pod.port(pod.probes().get("startup").getPort()));
            long user = d.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsUser();
            PodProcess process = PodProcess.start(pod, address, cluster, work, target.resolve("logs"), user);
            started.add(process);
            pods.put(pod.name(), process);
        }
    }

    @ParameterizedTest
    @MethodSource("deployments")
    void passesItsStartupThenItsReadinessAndLivenessProbesOnItsContainerPort(String deployment) throws Exception {
        PodProcess pod = pods.get(deployment);
        Map<String, HTTPGetAction> probes = pod.pod.probes();
        long deadline = System.nanoTime() + Duration.ofSeconds(pod.pod.startupBudgetSeconds()).toNanos();
        int startup = -1;
        while (!passed(startup) && System.nanoTime() < deadline && pod.alive()) {
            startup = probe(pod, probes.get("startup"));
            if (!passed(startup)) {
                Thread.sleep(250);
            }
        }
        System.out.printf("%s: started after %.1f s (since the test began)%n", deployment, (System.nanoTime() - began) / 1e9);

        assertThat(startup).as(deployment + " startup probe " + url(pod, probes.get("startup")) + "; log " + pod.log + ":\n"
                + tail(pod)).matches(DeploymentStartupIT::passed);
        assertThat(probe(pod, probes.get("readiness"))).as(deployment + " readiness probe; log:\n" + tail(pod)).matches(DeploymentStartupIT::passed);
        assertThat(probe(pod, probes.get("liveness"))).as(deployment + " liveness probe").matches(DeploymentStartupIT::passed);
        assertThat(pod.logText()).as(deployment + ": it logged no error").doesNotContain(" ERROR ");
        assertReachesKeycloak(pod);
    }

    /**
     * The pod's OIDC settings lead to Keycloak: the web UI sends a visitor to the realm's sign-in page as
     * its client; an API verifies a token the realm issued (a machine client's, refused the auditors'
     * operation, but not as unauthenticated). Under load a service's discovery at start can time out
     * (it then connects at the first request), so this asks rather than reading the log.
     */
    private void assertReachesKeycloak(PodProcess pod) throws Exception {
        String base = "http://" + pod.address + ":" + pod.pod.port(pod.pod.probes().get("readiness").getPort());
        if (pod.pod.name().equals("caseworker-web")) {
            HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/cases")).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(r.statusCode()).as("caseworker-web /cases").isEqualTo(302);
            assertThat(r.headers().firstValue("Location").orElse("")).startsWith(keycloak.server().issuer() + "/protocol/openid-connect/auth")
                    .contains("client_id=casework-web");
        } else {
            String token = new SignIn(keycloak.server().issuer()).serviceToken("notice-service", "local-notice-service-secret");
            HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/audit/verify")).header("Authorization", "Bearer " + token)
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.discarding());
            assertThat(r.statusCode()).as(pod.pod.name() + " /audit/verify with a token of the realm").isNotEqualTo(401).isLessThan(500);
        }
    }

    @AfterAll
    void stop() throws Exception {
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).close();
        }
        if (work != null) {
            new ProcessBuilder("rm", "-rf", work.toString()).start().waitFor();
        }
        System.out.printf("DeploymentStartupIT: %.1f s in all%n", (System.nanoTime() - began) / 1e9);
    }

    /** The kubelet counts any status from 200 to 399 as success. */
    private static boolean passed(int status) {
        return status >= 200 && status < 400;
    }

    /** The kubelet's HTTP probe: a GET on the pod's address and the probe's port; -1 when nothing answers. */
    private static int probe(PodProcess pod, HTTPGetAction probe) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url(pod, probe))).timeout(Duration.ofSeconds(1)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static String url(PodProcess pod, HTTPGetAction probe) {
        return "http://" + pod.address + ":" + pod.pod.port(probe.getPort()) + probe.getPath();
    }

    private static String tail(PodProcess pod) throws java.io.IOException {
        List<String> lines = Files.readAllLines(pod.log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
