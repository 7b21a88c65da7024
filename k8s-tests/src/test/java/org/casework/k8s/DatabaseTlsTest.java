package org.casework.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/**
 * Every connection to PostgreSQL is TLS with the server's certificate checked ({@code sslmode=verify-full}): against
 * CloudNativePG's CA for the cluster ({@code <cluster>-ca}, mounted read-only, its certificate only) and for the host
 * name of the primary's Service ({@code <cluster>-rw}), in every container that connects (the services and their
 * migrations) and in Keycloak.
 */
class DatabaseTlsTest {

    static Stream<Manifests> overlays() {
        return Manifests.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyContainerThatConnectsVerifiesTheServerAgainstTheClustersMountedCa(Manifests m) {
        String cluster = m.operated("Cluster").get(0).getMetadata().getName();
        List<String> connecting = new ArrayList<>();
        for (Deployment d : m.all(Deployment.class)) {
            for (Container c : WorkloadTest.allContainers(d)) {
                String where = m + " " + d.getMetadata().getName() + " " + c.getName();
                var url = ContainerSettings.databaseUrl(m, c);
                if (url.isEmpty()) {
                    continue;
                }
                connecting.add(d.getMetadata().getName());
                Map<String, String> query = query(url.get());
                assertThat(URI.create(url.get().substring("jdbc:".length())).getHost()).as(where).isEqualTo(cluster + "-rw");
                assertThat(query).as(where).containsEntry("sslmode", "verify-full").containsKey("sslrootcert");
                assertMountsTheCaCertificateOnly(where, cluster, query.get("sslrootcert"), c.getVolumeMounts(),
                        d.getSpec().getTemplate().getSpec().getVolumes());
            }
        }
        assertThat(connecting).as(m + ": the four APIs, each service container and its migration")
                .containsOnly("case-service", "notice-service", "representation-service", "notification-service").hasSize(8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void keycloakReachesItsDatabaseOverVerifiedTls(Manifests m) {
        String cluster = m.operated("Cluster").get(0).getMetadata().getName();
        GenericKubernetesResource keycloak = m.operated("Keycloak").get(0);
        String url = (String) keycloak.get("spec", "db", "url");
        Map<String, String> query = query(url);

        assertThat(URI.create(url.substring("jdbc:".length())).getHost()).isEqualTo(cluster + "-rw");
        assertThat(query).containsEntry("sslmode", "verify-full").containsKey("sslrootcert");
        // the operator merges this template into Keycloak's pod
        PodSpec pod = Kustomize.YAML.convertValue(keycloak.get("spec", "unsupported", "podTemplate", "spec"), PodSpec.class);
        assertMountsTheCaCertificateOnly(m + " keycloak", cluster, query.get("sslrootcert"), pod.getContainers().get(0).getVolumeMounts(),
                pod.getVolumes());
    }

    /** The file sslrootcert names is the ca.crt of the cluster's CA Secret, read-only; the CA's private key is not projected. */
    private static void assertMountsTheCaCertificateOnly(String where, String cluster, String file,
            List<VolumeMount> mounts, List<Volume> volumes) {
        String dir = file.substring(0, file.lastIndexOf('/'));
        var mount = mounts == null ? null : mounts.stream().filter(v -> v.getMountPath().equals(dir)).findFirst().orElse(null);
        assertThat(mount).as(where + ": a volume mounted at " + dir).isNotNull();
        assertThat(mount.getReadOnly()).as(where).isTrue();
        Volume volume = volumes.stream().filter(v -> v.getName().equals(mount.getName())).findFirst().orElseThrow();
        assertThat(volume.getSecret()).as(where + " " + volume.getName()).isNotNull();
        assertThat(volume.getSecret().getSecretName()).as(where).isEqualTo(cluster + "-ca");
        assertThat(volume.getSecret().getItems()).as(where + ": the certificate, never ca.key").singleElement().satisfies(item -> {
            assertThat(item.getKey()).isEqualTo("ca.crt");
            assertThat(item.getPath()).isEqualTo(file.substring(dir.length() + 1));
        });
    }

    static Map<String, String> query(String jdbcUrl) {
        Map<String, String> query = new LinkedHashMap<>();
        int q = jdbcUrl.indexOf('?');
        if (q >= 0) {
            for (String pair : jdbcUrl.substring(q + 1).split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        return query;
    }
}
