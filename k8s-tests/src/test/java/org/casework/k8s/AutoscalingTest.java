package org.casework.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HPAScalingRules;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;

/**
 * The autoscalers' rule (docs/deploy.md, "Autoscaling: why CPU"). Every Deployment has one, scaling on its pods' CPU
 * only: more replicas add CPU (JSON, TLS, token checks, documents), not database throughput, since writes serialise on
 * the database; a metric that rises when the database is the bottleneck (requests in flight, latency, pool waiters)
 * would add pods, each with its connections, exactly when the database can take no more. The maxima of the Deployments
 * that connect are bounded by the connection budget ({@link ConnectionBudgetTest}); those scale down one pod a minute
 * after five quiet minutes, so a dip in load does not churn their sessions and start-up migrations.
 */
class AutoscalingTest {

    static Stream<Manifests> overlays() {
        return Manifests.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyDeploymentScalesOnItsCpuOnlyWithinItsBounds(Manifests m) {
        List<HorizontalPodAutoscaler> hpas = m.all(HorizontalPodAutoscaler.class);
        for (Deployment d : m.all(Deployment.class)) {
            String name = d.getMetadata().getName();
            List<HorizontalPodAutoscaler> mine = hpas.stream().filter(h -> h.getSpec().getScaleTargetRef().getName().equals(name)
                    && h.getSpec().getScaleTargetRef().getKind().equals("Deployment")).toList();
            assertThat(mine).as(m + " " + name + ": one autoscaler").hasSize(1);
            HorizontalPodAutoscaler hpa = mine.get(0);
            assertThat(hpa.getSpec().getMinReplicas()).as(m + " " + name + ": at least two replicas, as the PDB expects").isGreaterThanOrEqualTo(2);
            assertThat(hpa.getSpec().getMaxReplicas()).as(m + " " + name).isGreaterThan(hpa.getSpec().getMinReplicas());
            assertThat(hpa.getSpec().getMetrics()).as(m + " " + name + ": CPU only").singleElement().satisfies(AutoscalingTest::isCpuUtilisation);
        }
        assertThat(hpas).as(m + ": every autoscaler targets a Deployment of the overlay").allSatisfy(h -> assertThat(m.all(Deployment.class))
                .anyMatch(d -> d.getMetadata().getName().equals(h.getSpec().getScaleTargetRef().getName())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theDeploymentsThatConnectToTheDatabaseScaleDownOnePodAMinuteAfterFiveQuietMinutes(Manifests m) {
        List<String> connecting = m.all(Deployment.class).stream()
                .filter(d -> ContainerSettings.databaseUrl(m, d.getSpec().getTemplate().getSpec().getContainers().get(0)).isPresent())
                .map(d -> d.getMetadata().getName()).toList();
        assertThat(connecting).as(m + ": the four APIs").hasSize(4);
        for (HorizontalPodAutoscaler hpa : m.all(HorizontalPodAutoscaler.class)) {
            if (!connecting.contains(hpa.getSpec().getScaleTargetRef().getName())) {
                continue;
            }
            String where = m + " " + hpa.getMetadata().getName();
            assertThat(hpa.getSpec().getBehavior()).as(where + " behavior").isNotNull();
            HPAScalingRules down = hpa.getSpec().getBehavior().getScaleDown();
            assertThat(down).as(where + " scaleDown").isNotNull();
            assertThat(down.getStabilizationWindowSeconds()).as(where).isGreaterThanOrEqualTo(300);
            assertThat(down.getPolicies()).as(where + ": at most one pod a minute").isNotEmpty().allSatisfy(p -> {
                assertThat(p.getType()).isEqualTo("Pods");
                assertThat(p.getValue()).isEqualTo(1);
                assertThat(p.getPeriodSeconds()).isGreaterThanOrEqualTo(60);
            });
        }
    }

    private static void isCpuUtilisation(MetricSpec metric) {
        assertThat(metric.getType()).isEqualTo("Resource");
        assertThat(metric.getResource().getName()).isEqualTo("cpu");
        assertThat(metric.getResource().getTarget().getType()).isEqualTo("Utilization");
        assertThat(metric.getResource().getTarget().getAverageUtilization()).isBetween(50, 80);
    }
}
