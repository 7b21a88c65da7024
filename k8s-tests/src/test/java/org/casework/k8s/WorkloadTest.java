package org.casework.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/** The suite's own pods: the restricted Pod Security Standard, sizes, probes, pinned images, replicas and shutdown. */
class WorkloadTest {

    /** A release's tag (not latest, not a floating major): what dev may run; it names a build but does not pin one. */
    private static final Pattern RELEASE_TAG = Pattern.compile("[0-9][0-9A-Za-z\\-]*\\.[0-9A-Za-z.\\-]+");

    static Stream<Manifests> overlays() {
        return Manifests.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyPodMeetsTheRestrictedPodSecurityStandard(Manifests m) {
        assertThat(m.all(Deployment.class)).extracting(d -> d.getMetadata().getName())
                .containsExactlyInAnyOrderElementsOf(Manifests.SERVICES);
        for (Deployment d : m.all(Deployment.class)) {
            PodSpec pod = d.getSpec().getTemplate().getSpec();
            String where = m + " " + d.getMetadata().getName();
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).as(where).isTrue();
            assertThat(pod.getSecurityContext().getSeccompProfile().getType()).as(where).isEqualTo("RuntimeDefault");
            assertThat(pod.getHostNetwork()).as(where).isNotEqualTo(Boolean.TRUE);
            assertThat(pod.getHostPID()).as(where).isNotEqualTo(Boolean.TRUE);
            assertThat(pod.getAutomountServiceAccountToken()).as(where).isFalse();
            assertThat(pod.getVolumes()).as(where).allSatisfy(v -> assertThat(v.getHostPath()).isNull());
            // the restricted standard holds for init containers too
            for (Container c : allContainers(d)) {
                var sc = c.getSecurityContext();
                assertThat(sc.getAllowPrivilegeEscalation()).as(where).isFalse();
                assertThat(sc.getReadOnlyRootFilesystem()).as(where).isTrue();
                assertThat(sc.getPrivileged()).as(where).isNotEqualTo(Boolean.TRUE);
                assertThat(sc.getCapabilities().getDrop()).as(where).containsExactly("ALL");
                assertThat(sc.getCapabilities().getAdd()).as(where).isNullOrEmpty();
                assertThat(c.getVolumeMounts()).as(where + ": a writable /tmp")
                        .anySatisfy(v -> assertThat(v.getMountPath()).isEqualTo("/tmp"));
            }
            assertThat(pod.getVolumes()).as(where).anySatisfy(v -> assertThat(v.getEmptyDir()).isNotNull());
        }
        assertThat(m.all(io.fabric8.kubernetes.api.model.Namespace.class)).singleElement().satisfies(ns -> assertThat(
                ns.getMetadata().getLabels()).containsEntry("pod-security.kubernetes.io/enforce", "restricted"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyContainerHasRequestsLimitsAndTheThreeHealthProbesOnItsHttpPort(Manifests m) {
        for (Deployment d : m.all(Deployment.class)) {
            // an init container runs the service's own build (to migrate), so it needs the same room
            for (Container c : allContainers(d)) {
                String where = m + " " + d.getMetadata().getName() + " " + c.getName();
                Map<String, Quantity> requests = c.getResources().getRequests();
                Map<String, Quantity> limits = c.getResources().getLimits();
                assertThat(requests).as(where).containsKeys("cpu", "memory");
                assertThat(limits).as(where).containsKeys("cpu", "memory");
                assertThat(Quantity.getAmountInBytes(limits.get("memory"))).as(where)
                        .isGreaterThanOrEqualTo(Quantity.getAmountInBytes(requests.get("memory")));
                // measured: a service's resident set is about 230 MB with a 256 MB heap cap (docs/deploy.md)
                assertThat(Quantity.getAmountInBytes(requests.get("memory")).longValue()).as(where)
                        .isGreaterThanOrEqualTo(256L * 1024 * 1024);
            }
            for (Container c : d.getSpec().getTemplate().getSpec().getContainers()) {
                String where = m + " " + c.getName();
                assertThat(c.getPorts()).as(where).singleElement().satisfies(p -> {
                    assertThat(p.getName()).isEqualTo("http");
                    assertThat(p.getContainerPort()).isEqualTo(8080);
                });
                assertProbe(where, c.getStartupProbe().getHttpGet(), "/q/health/started");
                assertProbe(where, c.getLivenessProbe().getHttpGet(), "/q/health/live");
                assertProbe(where, c.getReadinessProbe().getHttpGet(), "/q/health/ready");
            }
        }
    }

    private static void assertProbe(String where, HTTPGetAction probe, String path) {
        assertThat(probe).as(where + " " + path).isNotNull();
        assertThat(probe.getPath()).as(where).isEqualTo(path);
        assertThat(probe.getPort().getStrVal()).as(where).isEqualTo("http");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyImageIsPinnedToOneBuild(Manifests m) {
        List<String> images = new java.util.ArrayList<>();
        m.all(Deployment.class).forEach(d -> allContainers(d).forEach(c -> images.add(c.getImage())));
        m.operated("Keycloak").forEach(k -> images.add((String) k.get("spec", "image")));
        m.operated("Cluster").forEach(c -> images.add((String) c.get("spec", "imageName")));

        // six Deployments, the four APIs' migration init containers, Keycloak and PostgreSQL (Kafka's image is the one
        // the Strimzi operator pins for the Kafka's version: KafkaTest)
        // production: by digest only (a tag can be moved to other bytes; ImagePinningTest); dev: at least a release's tag
        assertThat(images).hasSize(12).allSatisfy(image -> {
            ImageReference ref = ImageReference.parse(image);
            assertThat(ref.tag()).as(image).hasValueSatisfying(tag -> assertThat(RELEASE_TAG.matcher(tag).matches()).isTrue());
            if (m.overlay.equals("production")) {
                assertThat(ImageReference.isPinnedByDigest(image)).as("pinned by digest: " + image).isTrue();
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theApisRunAtLeastTwoSpreadReplicasThatStopGracefully(Manifests m) {
        for (Deployment d : m.all(Deployment.class)) {
            String where = m + " " + d.getMetadata().getName();
            PodSpec pod = d.getSpec().getTemplate().getSpec();
            assertThat(d.getSpec().getReplicas()).as(where).isGreaterThanOrEqualTo(2);
            var anti = pod.getAffinity().getPodAntiAffinity();
            assertThat(anti.getPreferredDuringSchedulingIgnoredDuringExecution().size()
                    + (anti.getRequiredDuringSchedulingIgnoredDuringExecution() == null ? 0
                            : anti.getRequiredDuringSchedulingIgnoredDuringExecution().size())).as(where).isPositive();
            long preStop = pod.getContainers().get(0).getLifecycle().getPreStop().getSleep().getSeconds();
            String shutdown = configValue(m, d.getMetadata().getName(), "QUARKUS_SHUTDOWN_TIMEOUT");
            long quarkus = Long.parseLong(shutdown.replace("s", ""));
            assertThat(pod.getTerminationGracePeriodSeconds()).as(where).isGreaterThan(preStop + quarkus);
        }
        for (HorizontalPodAutoscaler h : m.all(HorizontalPodAutoscaler.class)) {
            assertThat(h.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
            assertThat(m.all(Deployment.class)).extracting(d -> d.getMetadata().getName()).contains(h.getSpec().getScaleTargetRef().getName());
        }
        assertThat(m.all(PodDisruptionBudget.class)).hasSize(Manifests.SERVICES.size());
        assertThat(m.all(ServiceAccount.class)).allSatisfy(sa -> assertThat(sa.getAutomountServiceAccountToken()).isFalse());
        if (m.overlay.equals("production")) {
            assertThat(m.all(Deployment.class)).allSatisfy(d -> assertThat(d.getSpec().getReplicas()).isEqualTo(3));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void postgresqlRunsThreeInstancesWithOneDatabaseAndOwnerPerService(Manifests m) {
        GenericKubernetesResource cluster = m.operated("Cluster").get(0);
        assertThat(((Number) cluster.get("spec", "instances")).intValue()).isEqualTo(3);
        assertThat((String) cluster.get("spec", "bootstrap", "initdb", "owner")).isEqualTo("case_service");
        assertThat(m.operated("Database")).extracting(db -> db.get("spec", "name") + "/" + db.get("spec", "owner"))
                .containsExactlyInAnyOrder("notices/notice_service", "representations/representation_service",
                        "notifications/notification_service", "keycloak/keycloak");
    }

    /** A pod's init containers, then its containers. */
    static List<Container> allContainers(Deployment d) {
        List<Container> all = new java.util.ArrayList<>(PodModel.initContainersOf(d));
        all.addAll(d.getSpec().getTemplate().getSpec().getContainers());
        return all;
    }

    static String configValue(Manifests m, String configMap, String key) {
        return m.all(io.fabric8.kubernetes.api.model.ConfigMap.class).stream().filter(c -> c.getMetadata().getName().equals(configMap))
                .findFirst().orElseThrow().getData().get(key);
    }
}
