package org.casework.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/**
 * Where the database owners' Secrets go (docs/security.md, "Database roles"): into the init container
 * that migrates a database, and into no container that runs a service.
 */
class OwnerSecretsTest {

    static Stream<Manifests> overlays() {
        return Manifests.all();
    }

    /**
     * A service process that held an owner's password could alter its own audit tables or disable their
     * triggers; only the init containers that migrate may hold one, each its own database's only.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void noServiceContainerIsGivenADatabaseOwnersSecretOnlyTheInitContainerThatMigratesItsDatabase(Manifests m) {
        Map<String, String> roleOfSecret = DatabaseRolesTest.rolesBySecret(m);
        Map<String, String> ownerSecrets = new LinkedHashMap<>();
        DatabaseRolesTest.owners(m).forEach((database, owner) -> roleOfSecret.forEach((secret, role) -> {
            if (role.equals(owner)) {
                ownerSecrets.put(secret, database);
            }
        }));
        assertThat(ownerSecrets).as(m + " the owners' Secrets").hasSize(DatabaseRolesTest.owners(m).size());
        for (Deployment d : m.all(Deployment.class)) {
            String name = d.getMetadata().getName();
            for (Container c : d.getSpec().getTemplate().getSpec().getContainers()) {
                assertThat(secretsOf(d, c)).as(m + " " + name + " service container " + c.getName()).doesNotContainAnyElementsOf(ownerSecrets.keySet());
            }
            for (Container c : PodModel.initContainersOf(d)) {
                List<String> owned = secretsOf(d, c).stream().filter(ownerSecrets::containsKey).distinct().toList();
                if (!owned.isEmpty()) {
                    assertThat(c.getName()).as(m + " " + name + ": an init container given an owner's Secret").isEqualTo(DatabaseRolesTest.MIGRATE);
                    assertThat(owned).as(m + " " + name + " " + c.getName() + ": the owner of its own database only").singleElement()
                            .satisfies(secret -> assertThat(ownerSecrets.get(secret)).isEqualTo(DatabaseRolesTest.databaseOf(m, name, DatabaseRolesTest.PREFIXES.get(name))));
                }
            }
        }
    }

    /** Every Secret a container can read: its env's secretKeyRefs, its envFrom's secretRefs, and the Secret volumes it mounts. */
    private static List<String> secretsOf(Deployment d, Container c) {
        List<String> secrets = new ArrayList<>();
        for (EnvVar e : c.getEnv() == null ? List.<EnvVar>of() : c.getEnv()) {
            if (e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null) {
                secrets.add(e.getValueFrom().getSecretKeyRef().getName());
            }
        }
        for (EnvFromSource e : c.getEnvFrom() == null ? List.<EnvFromSource>of() : c.getEnvFrom()) {
            if (e.getSecretRef() != null) {
                secrets.add(e.getSecretRef().getName());
            }
        }
        List<String> mounted = c.getVolumeMounts() == null ? List.of() : c.getVolumeMounts().stream().map(VolumeMount::getName).toList();
        for (Volume v : d.getSpec().getTemplate().getSpec().getVolumes()) {
            if (!mounted.contains(v.getName())) {
                continue;
            }
            if (v.getSecret() != null) {
                secrets.add(v.getSecret().getSecretName());
            }
            if (v.getProjected() != null) {
                v.getProjected().getSources().stream().filter(p -> p.getSecret() != null).forEach(p -> secrets.add(p.getSecret().getName()));
            }
        }
        return secrets;
    }
}
