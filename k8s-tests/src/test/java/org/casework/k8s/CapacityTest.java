package org.casework.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;

/**
 * Sizes and placement (docs/deploy.md, "Capacity"): every container asks for what it may use (requests = limits), the
 * heap is a share of the container's limit that leaves room for what the JVM uses beside it, and every workload is
 * spread over zones and hosts in a way that lets a rollout, and the autoscaler's maximum, schedule on a 3-node pool.
 */
class CapacityTest {

    private static final long MIB = 1024 * 1024;
    /** An API's resident set under load with a 512 MiB heap (issue 18's review; docs/benchmarks.md measured 476-511 MiB). */
    static final long MEASURED_API_RSS_MIB = 650;
    /** What the JVM uses beside the heap (metaspace, code cache, threads, direct buffers), from the same measurement. */
    static final long NON_HEAP_MIB = MEASURED_API_RSS_MIB - 512;
    /** The heap the services ran the end-to-end tests and the browser journey with (docs/deploy.md, "Capacity"). */
    static final long SMALLEST_HEAP_MIB = 256;
    /** The node pool a rollout must work on: three nodes, one per zone. */
    static final int NODES = 3;
    private static final Pattern PERCENTAGE = Pattern.compile("-XX:MaxRAMPercentage=([0-9.]+)");

    static Stream<Manifests> overlays() {
        return Manifests.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyContainerAndEveryOperatedPodRequestsExactlyItsLimits(Manifests m) {
        for (Deployment d : m.all(Deployment.class)) {
            for (Container c : WorkloadTest.allContainers(d)) {
                assertThat(c.getResources().getRequests()).as(m + " " + d.getMetadata().getName() + " " + c.getName())
                        .containsOnlyKeys("cpu", "memory").isEqualTo(c.getResources().getLimits());
            }
        }
        for (GenericKubernetesResource operated : List.of(m.operated("Keycloak").get(0), m.operated("Cluster").get(0))) {
            assertThat((Object) operated.get("spec", "resources", "requests")).as(m + " " + operated.getKind())
                    .isNotNull().isEqualTo(operated.get("spec", "resources", "limits"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theHeapIsAShareOfTheLimitThatLeavesRoomForWhatTheJvmUsesBesideIt(Manifests m) throws Exception {
        for (Deployment d : m.all(Deployment.class)) {
            for (Container c : WorkloadTest.allContainers(d)) {
                String where = m + " " + d.getMetadata().getName() + " " + c.getName();
                String module = c.getImage().replaceAll(".*/", "").replaceAll("[:@].*", "");
                Map<String, String> image = ContainerImage.of(Manifests.ROOT.resolve(module)).env();
                Map<String, String> pod = ContainerSettings.of(m, c);
                // run-java.sh passes JAVA_OPTS, then JAVA_OPTS_APPEND: the last MaxRAMPercentage is the one the JVM uses
                String options = pod.getOrDefault("JAVA_OPTS", image.getOrDefault("JAVA_OPTS", "")) + " "
                        + pod.getOrDefault("JAVA_OPTS_APPEND", image.getOrDefault("JAVA_OPTS_APPEND", ""));
                assertThat(options).as(where + ": no fixed heap, which would not follow the limit")
                        .doesNotContain("-Xmx", "-Xms", "-XX:MaxHeapSize", "-XX:MaxRAM=");
                assertThat(pod).as(where).doesNotContainKey("JAVA_TOOL_OPTIONS");
                Matcher share = PERCENTAGE.matcher(options);
                double percent = -1;
                while (share.find()) {
                    percent = Double.parseDouble(share.group(1));
                }
                assertThat(percent).as(where + ": -XX:MaxRAMPercentage").isPositive();
                long limit = Quantity.getAmountInBytes(c.getResources().getLimits().get("memory")).longValue() / MIB;
                long heap = (long) (limit * percent / 100);
                assertThat(heap + NON_HEAP_MIB).as(where + ": heap " + heap + " MiB + " + NON_HEAP_MIB + " MiB beside it").isLessThanOrEqualTo(limit);
                assertThat(heap).as(where + " heap").isGreaterThanOrEqualTo(SMALLEST_HEAP_MIB);
                if (ContainerSettings.databaseUrl(m, c).isPresent()) {
                    assertThat(limit).as(where + ": an API's limit covers its measured resident set").isGreaterThanOrEqualTo(MEASURED_API_RSS_MIB);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyWorkloadSpreadsOverZonesAndHostsCountingOnlyItsOwnRevision(Manifests m) {
        for (Deployment d : m.all(Deployment.class)) {
            String where = m + " " + d.getMetadata().getName();
            List<TopologySpreadConstraint> spread = d.getSpec().getTemplate().getSpec().getTopologySpreadConstraints();
            assertThat(spread).as(where).extracting(TopologySpreadConstraint::getTopologyKey)
                    .containsExactlyInAnyOrder("topology.kubernetes.io/zone", "kubernetes.io/hostname");
            for (TopologySpreadConstraint s : spread) {
                assertThat(d.getSpec().getTemplate().getMetadata().getLabels()).as(where + " " + s.getTopologyKey())
                        .containsAllEntriesOf(s.getLabelSelector().getMatchLabels());
                assertThat(s.getMatchLabelKeys()).as(where + ": old pods never hold back a rollout's new ones").contains("pod-template-hash");
                assertThat(s.getMaxSkew()).as(where).isEqualTo(1);
            }
        }
    }

    /**
     * The autoscaler's maximum plus a rollout's surge pod, placed on three nodes as the scheduler must: at most one
     * per node where a required anti-affinity says so, and within each DoNotSchedule spread's skew. Each must fit
     * (a required anti-affinity with surge 1 leaves the fourth pod pending, and the rollout hangs).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void aRolloutAtTheAutoscalersMaximumSchedulesOnAThreeNodePool(Manifests m) {
        for (Deployment d : m.all(Deployment.class)) {
            String name = d.getMetadata().getName();
            var strategy = d.getSpec().getStrategy().getRollingUpdate();
            int surge = strategy.getMaxSurge().getIntVal();
            int maximum = m.all(HorizontalPodAutoscaler.class).stream().filter(h -> h.getSpec().getScaleTargetRef().getName().equals(name))
                    .mapToInt(h -> h.getSpec().getMaxReplicas()).max().orElse(d.getSpec().getReplicas());
            assertThat(strategy.getMaxUnavailable().getIntVal()).as(m + " " + name + ": a rollout never drops below the replicas").isZero();
            assertThat(placed(d, Math.max(maximum, d.getSpec().getReplicas()) + surge)).as(m + " " + name + " on " + NODES + " nodes")
                    .isEqualTo(Math.max(maximum, d.getSpec().getReplicas()) + surge);
        }
    }

    /** How many of {@code pods} the scheduler can place on {@link #NODES} nodes with room enough (the least-filled node first). */
    private static int placed(Deployment d, int pods) {
        var spec = d.getSpec().getTemplate().getSpec();
        boolean onePerNode = spec.getAffinity() != null && spec.getAffinity().getPodAntiAffinity() != null
                && spec.getAffinity().getPodAntiAffinity().getRequiredDuringSchedulingIgnoredDuringExecution() != null
                && spec.getAffinity().getPodAntiAffinity().getRequiredDuringSchedulingIgnoredDuringExecution().stream()
                        .anyMatch(t -> t.getTopologyKey().equals("kubernetes.io/hostname"));
        List<Integer> hostSkews = new ArrayList<>();
        for (TopologySpreadConstraint s : spec.getTopologySpreadConstraints() == null ? List.<TopologySpreadConstraint>of()
                : spec.getTopologySpreadConstraints()) {
            // one zone per node here, so a zone spread is a host spread
            if ("DoNotSchedule".equals(s.getWhenUnsatisfiable())) {
                hostSkews.add(s.getMaxSkew());
            }
        }
        int[] nodes = new int[NODES];
        for (int pod = 0; pod < pods; pod++) {
            Arrays.sort(nodes);
            int[] after = nodes.clone();
            after[0]++;
            int skew = Arrays.stream(after).max().getAsInt() - Arrays.stream(after).min().getAsInt();
            if ((onePerNode && nodes[0] > 0) || hostSkews.stream().anyMatch(max -> skew > max)) {
                return pod;
            }
            nodes = after;
        }
        return pods;
    }
}
