package org.casework.k8s;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;

/**
 * The plain settings a container is given, as the kubelet assembles them: its ConfigMaps' data (envFrom), then its
 * own {@code env} values. Values from Secrets are not read (a test of the manifests has none).
 */
final class ContainerSettings {

    private ContainerSettings() {
    }

    static Map<String, String> of(Manifests m, Container c) {
        Map<String, String> env = new LinkedHashMap<>();
        for (EnvFromSource from : c.getEnvFrom() == null ? List.<EnvFromSource>of() : c.getEnvFrom()) {
            if (from.getConfigMapRef() != null) {
                m.all(ConfigMap.class).stream().filter(cm -> cm.getMetadata().getName().equals(from.getConfigMapRef().getName()))
                        .findFirst().ifPresent(cm -> env.putAll(cm.getData()));
            }
        }
        for (EnvVar e : c.getEnv() == null ? List.<EnvVar>of() : c.getEnv()) {
            if (e.getValueFrom() == null) {
                env.put(e.getName(), e.getValue() == null ? "" : e.getValue());
            }
        }
        return env;
    }

    /** The container's JDBC URL of PostgreSQL (a {@code *_DB_URL} setting), if it connects to a database. */
    static java.util.Optional<String> databaseUrl(Manifests m, Container c) {
        return of(m, c).entrySet().stream().filter(e -> e.getKey().endsWith("_DB_URL") && e.getValue().startsWith("jdbc:postgresql:"))
                .map(Map.Entry::getValue).findFirst();
    }
}
