package org.casework.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;

/**
 * The most connections PostgreSQL can be asked for stays under its {@code max_connections} (docs/deploy.md,
 * "Capacity"): every pod that connects, at its autoscaler's maximum plus a rollout's surge pod, each with its pool's
 * maximum and the sessions it holds outside the pool; Keycloak's instances and its realm-import Job with theirs; and
 * a reserve for the operator and for people. No PgBouncer in front: the audit sequencer and the outbox relay elect
 * their leader with a session-level advisory lock, which a transaction-mode pooler would break.
 */
class ConnectionBudgetTest {

    /**
     * Sessions a service's pod holds outside its pool: the audit sequencer's and the outbox relay's leader leases
     * (platform's LeaderLease, one session each, on every replica). A migration holds Flyway's one connection beside
     * the pool, fewer than these two, and runs before the pod's service container starts.
     */
    static final int SESSIONS_OUTSIDE_THE_POOL = 2;
    /**
     * Kept free for others: PostgreSQL's superuser_reserved_connections (3), CloudNativePG's instance manager, metrics
     * exporter and backups (a few), and an operator's psql sessions during an incident.
     */
    static final int RESERVE = 20;

    static Stream<Manifests> overlays() {
        return Manifests.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyPoolAtTheAutoscalersMaximumPlusKeycloakAndTheReserveFitsUnderMaxConnections(Manifests m) {
        GenericKubernetesResource cluster = m.operated("Cluster").get(0);
        int maxConnections = Integer.parseInt((String) cluster.get("spec", "postgresql", "parameters", "max_connections"));
        StringBuilder budget = new StringBuilder(m + ": max_connections " + maxConnections + "\n");
        int total = RESERVE;
        for (Deployment d : m.all(Deployment.class)) {
            Container service = d.getSpec().getTemplate().getSpec().getContainers().get(0);
            if (ContainerSettings.databaseUrl(m, service).isEmpty()) {
                continue;
            }
            String name = d.getMetadata().getName();
            String pool = ContainerSettings.of(m, service).get("QUARKUS_DATASOURCE_JDBC_MAX_SIZE");
            assertThat(pool).as(m + " " + name + ": its pool's maximum is set, not Quarkus' default of 20").isNotNull();
            HorizontalPodAutoscaler hpa = m.all(HorizontalPodAutoscaler.class).stream()
                    .filter(h -> h.getSpec().getScaleTargetRef().getName().equals(name)).findFirst().orElseThrow();
            int pods = hpa.getSpec().getMaxReplicas() + d.getSpec().getStrategy().getRollingUpdate().getMaxSurge().getIntVal();
            int connections = pods * (Integer.parseInt(pool) + SESSIONS_OUTSIDE_THE_POOL);
            budget.append(String.format("  %-24s %2d pods x (%s pooled + %d) = %3d%n", name, pods, pool, SESSIONS_OUTSIDE_THE_POOL, connections));
            total += connections;
        }
        GenericKubernetesResource keycloak = m.operated("Keycloak").get(0);
        Number keycloakPool = (Number) keycloak.get("spec", "db", "poolMaxSize");
        assertThat(keycloakPool).as(m + ": Keycloak's pool maximum is set, not its default of 100").isNotNull();
        // the realm import Job runs a Keycloak of its own beside the instances
        int keycloakPods = ((Number) keycloak.get("spec", "instances")).intValue() + 1;
        budget.append(String.format("  %-24s %2d pods x %d pooled = %3d%n  reserve %d%n", "keycloak", keycloakPods, keycloakPool.intValue(),
                keycloakPods * keycloakPool.intValue(), RESERVE));
        total += keycloakPods * keycloakPool.intValue();
        System.out.print(budget.append("  total ").append(total).append('\n'));

        assertThat(total).as(budget.toString()).isLessThan(maxConnections);
    }
}
