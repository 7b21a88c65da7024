package org.casework.k8s;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/**
 * A Deployment's pod started as the kubelet starts it: its init containers one after the other, each
 * run to completion before the next starts, then its service container, only if every init container
 * exited with 0. (Kubernetes would restart a failed init container and never start the service
 * container; here the pod stops at the first failure, which is what a test needs to see.) Each
 * container is a {@link PodProcess} with its own environment, as the pod's user.
 */
final class PodStartup implements AutoCloseable {

    /** An init container that has ended, or was stopped after the time allowed: then {@code exit} is empty. */
    record Ended(PodModel container, Path log, OptionalInt exit, long endedAtNanos) {

        boolean succeeded() {
            return exit.isPresent() && exit.getAsInt() == 0;
        }
    }

    final String deployment;
    final List<Ended> initContainers = new ArrayList<>();
    /** The service container; null when an init container did not succeed. */
    PodProcess service;
    /** The service container's startup probe's last status, probed from its start as the kubelet does; -1 if nothing answered. */
    int startupProbe = -1;
    /** When that probing ended (System.nanoTime). */
    long startupProbeEndedNanos;
    private PodProcess running;

    private PodStartup(String deployment) {
        this.deployment = deployment;
    }

    /**
     * Runs the init containers (each allowed {@code initTimeout}), then, if they all succeeded, starts the
     * service container and probes its startup probe until it passes or its budget runs out.
     */
    static PodStartup start(Manifests m, Deployment d, TestSecrets secrets, String address, ClusterAddresses cluster, Path work,
            Path logs, Duration initTimeout) throws IOException, InterruptedException {
        PodStartup pod = new PodStartup(d.getMetadata().getName());
        for (PodModel init : PodModel.initContainers(m, d, secrets)) {
            pod.running = PodProcess.start(init, address, cluster, work, logs, runAsUser(d, init.container()));
            OptionalInt exit = pod.running.awaitExit(initTimeout);
            pod.running.close();
            pod.initContainers.add(new Ended(init, pod.running.log, exit, System.nanoTime()));
            pod.running = null;
            if (exit.isEmpty() || exit.getAsInt() != 0) {
                return pod;
            }
        }
        PodModel service = PodModel.of(m, d, secrets);
        PodProcess.checkFree(address, service.port(service.probes().get("startup").getPort()));
        pod.service = PodProcess.start(service, address, cluster, work, logs, runAsUser(d, service.container()));
        pod.startupProbe = KubeletProbe.awaitStartup(pod.service);
        pod.startupProbeEndedNanos = System.nanoTime();
        return pod;
    }

    /** The container's own runAsUser, else the pod's. */
    static long runAsUser(Deployment d, Container c) {
        if (c.getSecurityContext() != null && c.getSecurityContext().getRunAsUser() != null) {
            return c.getSecurityContext().getRunAsUser();
        }
        PodSpec pod = d.getSpec().getTemplate().getSpec();
        return pod.getSecurityContext().getRunAsUser();
    }

    /** What the init containers did, for an assertion's message: each one's exit and the end of its log. */
    String initReport() throws IOException {
        StringBuilder report = new StringBuilder();
        for (Ended e : initContainers) {
            List<String> lines = Files.readAllLines(e.log());
            report.append(e.container().container().getName()).append(": exit ")
                    .append(e.exit().isPresent() ? String.valueOf(e.exit().getAsInt()) : "none (still running, stopped)").append(", log ")
                    .append(e.log()).append(":\n").append(String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())))
                    .append('\n');
        }
        return report.toString();
    }

    @Override
    public void close() throws InterruptedException {
        if (running != null) {
            running.close();
        }
        if (service != null) {
            service.close();
        }
    }
}
