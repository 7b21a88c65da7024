package org.casework.k8s;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/**
 * One container of a Deployment's pod as it would run: the image (from the module its image names), the
 * environment in Kubernetes' order (the image's ENV, then envFrom, then env; Secrets from
 * {@link TestSecrets}), the writable emptyDir mounts under a read-only root, the files of the Secret volumes it
 * mounts (read-only), and the limits. {@code name}
 * is the Deployment's; {@code init} says whether the container is one of its init containers, which
 * run to completion, in order, before the service container starts.
 */
record PodModel(String name, Container container, boolean init, ContainerImage image, Map<String, String> env,
        List<String> writablePaths, long memoryLimitBytes, int cpuLimit, Map<String, String> manifestEnv,
        Map<String, Map<String, String>> secretFiles) {

    /** The pod's service container: one per pod is what these tests model. */
    static PodModel of(Manifests m, Deployment d, TestSecrets secrets) throws IOException {
        PodSpec pod = d.getSpec().getTemplate().getSpec();
        if (pod.getContainers().size() != 1) {
            throw new IllegalStateException(d.getMetadata().getName() + ": one service container per pod is what this test models");
        }
        return of(m, d, pod.getContainers().get(0), false, secrets);
    }

    /** The pod's init containers, in the order the kubelet runs them. */
    static List<PodModel> initContainers(Manifests m, Deployment d, TestSecrets secrets) throws IOException {
        List<PodModel> init = new java.util.ArrayList<>();
        for (Container c : initContainersOf(d)) {
            init.add(of(m, d, c, true, secrets));
        }
        return init;
    }

    static List<Container> initContainersOf(Deployment d) {
        List<Container> init = d.getSpec().getTemplate().getSpec().getInitContainers();
        return init == null ? List.of() : init;
    }

    /** What its files and log are named by: the Deployment's name, and an init container's own after it. */
    String process() {
        return init ? name + "-init-" + container.getName() : name;
    }

    private static PodModel of(Manifests m, Deployment d, Container c, boolean init, TestSecrets secrets) throws IOException {
        PodSpec pod = d.getSpec().getTemplate().getSpec();
        String module = c.getImage().replaceAll(".*/", "").replaceAll("[:@].*", "");
        ContainerImage image = ContainerImage.of(Manifests.ROOT.resolve(module));
        Map<String, String> fromManifest = new LinkedHashMap<>();
        for (EnvFromSource source : c.getEnvFrom() == null ? List.<EnvFromSource>of() : c.getEnvFrom()) {
            fromManifest.putAll(configMap(m, source.getConfigMapRef().getName()).getData());
        }
        for (EnvVar e : c.getEnv() == null ? List.<EnvVar>of() : c.getEnv()) {
            fromManifest.put(e.getName(), value(m, e, secrets));
        }
        Map<String, String> env = new LinkedHashMap<>(image.env());
        env.putAll(fromManifest);
        List<String> writable = c.getVolumeMounts().stream().filter(v -> !Boolean.TRUE.equals(v.getReadOnly()))
                .filter(v -> pod.getVolumes().stream().anyMatch(vol -> vol.getName().equals(v.getName()) && isEmptyDir(vol)))
                .map(v -> v.getMountPath()).toList();
        Map<String, Quantity> limits = c.getResources().getLimits();
        return new PodModel(d.getMetadata().getName(), c, init, image, env, writable,
                Quantity.getAmountInBytes(limits.get("memory")).longValue(),
                Math.max(1, (int) Math.ceil(Quantity.getAmountInBytes(limits.get("cpu")).doubleValue())), fromManifest,
                secretFiles(pod, c, secrets));
    }

    /** Mount path → file → content of each Secret volume the container mounts (its {@code items}, or else none is modelled). */
    private static Map<String, Map<String, String>> secretFiles(PodSpec pod, Container c, TestSecrets secrets) {
        Map<String, Map<String, String>> files = new LinkedHashMap<>();
        for (var mount : c.getVolumeMounts() == null ? List.<io.fabric8.kubernetes.api.model.VolumeMount>of() : c.getVolumeMounts()) {
            Volume v = pod.getVolumes().stream().filter(vol -> vol.getName().equals(mount.getName())).findFirst().orElseThrow();
            if (v.getSecret() == null) {
                continue;
            }
            if (v.getSecret().getItems() == null || v.getSecret().getItems().isEmpty()) {
                throw new IllegalStateException(c.getName() + ": a Secret volume without items, which this test does not model");
            }
            Map<String, String> content = new LinkedHashMap<>();
            v.getSecret().getItems().forEach(item -> content.put(item.getPath(), secrets.value(v.getSecret().getSecretName(), item.getKey())));
            files.put(mount.getMountPath(), content);
        }
        return files;
    }

    /** The container port a probe (or a Service's targetPort) names, by name or number. */
    int port(IntOrString port) {
        return port(container, port);
    }

    static int port(Container container, IntOrString port) {
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        return container.getPorts().stream().filter(p -> port.getStrVal().equals(p.getName())).map(ContainerPort::getContainerPort)
                .findFirst().orElseThrow(() -> new IllegalStateException(container.getName() + " has no port named " + port.getStrVal()));
    }

    Map<String, HTTPGetAction> probes() {
        Map<String, HTTPGetAction> probes = new LinkedHashMap<>();
        probes.put("startup", container.getStartupProbe().getHttpGet());
        probes.put("readiness", container.getReadinessProbe().getHttpGet());
        probes.put("liveness", container.getLivenessProbe().getHttpGet());
        return probes;
    }

    /** How long the kubelet waits for the startup probe before it restarts the container. */
    int startupBudgetSeconds() {
        var p = container.getStartupProbe();
        return (p.getInitialDelaySeconds() == null ? 0 : p.getInitialDelaySeconds())
                + p.getPeriodSeconds() * p.getFailureThreshold();
    }

    private static boolean isEmptyDir(Volume v) {
        return v.getEmptyDir() != null;
    }

    private static ConfigMap configMap(Manifests m, String name) {
        return m.all(ConfigMap.class).stream().filter(cm -> cm.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no ConfigMap " + name + " in " + m));
    }

    private static String value(Manifests m, EnvVar e, TestSecrets secrets) {
        if (e.getValueFrom() == null) {
            return e.getValue() == null ? "" : e.getValue();
        }
        var from = e.getValueFrom();
        if (from.getSecretKeyRef() != null) {
            return secrets.value(from.getSecretKeyRef().getName(), from.getSecretKeyRef().getKey());
        }
        if (from.getConfigMapKeyRef() != null) {
            String v = configMap(m, from.getConfigMapKeyRef().getName()).getData().get(from.getConfigMapKeyRef().getKey());
            if (v == null) {
                throw new IllegalStateException(e.getName() + ": the ConfigMap has no key " + from.getConfigMapKeyRef().getKey());
            }
            return v;
        }
        throw new IllegalStateException(e.getName() + ": a source this test does not model: " + from);
    }
}
