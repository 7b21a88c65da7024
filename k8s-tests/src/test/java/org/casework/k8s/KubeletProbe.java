package org.casework.k8s;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import io.fabric8.kubernetes.api.model.HTTPGetAction;

/** The kubelet's HTTP probes of a {@link PodProcess}: a GET on the pod's address and the probe's port. */
final class KubeletProbe {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private KubeletProbe() {
    }

    /** The kubelet counts any status from 200 to 399 as success. */
    static boolean passed(int status) {
        return status >= 200 && status < 400;
    }

    /** The probe's status; -1 when nothing answers. */
    static int probe(PodProcess pod, HTTPGetAction probe) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url(pod, probe))).timeout(Duration.ofSeconds(1)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /**
     * Probes the startup probe until it passes, the container ends, or the time the manifest allows it
     * (period × failureThreshold, from the container's start) runs out; its last status. Called as the
     * container starts, as the kubelet probes it.
     */
    static int awaitStartup(PodProcess pod) throws InterruptedException {
        HTTPGetAction startup = pod.pod.probes().get("startup");
        long deadline = pod.startedAtNanos + Duration.ofSeconds(pod.pod.startupBudgetSeconds()).toNanos();
        int status = -1;
        while (!passed(status) && System.nanoTime() < deadline && pod.alive()) {
            status = probe(pod, startup);
            if (!passed(status)) {
                Thread.sleep(250);
            }
        }
        return status;
    }

    /**
     * Probes the readiness probe until it passes or {@code patience} runs out; its last status. The kubelet
     * keeps probing readiness for as long as the container runs; a service may start before it is ready
     * (notice-service warms up first).
     */
    static int awaitReady(PodProcess pod, Duration patience) throws InterruptedException {
        HTTPGetAction readiness = pod.pod.probes().get("readiness");
        long deadline = System.nanoTime() + patience.toNanos();
        int status = probe(pod, readiness);
        while (!passed(status) && System.nanoTime() < deadline && pod.alive()) {
            Thread.sleep(500);
            status = probe(pod, readiness);
        }
        return status;
    }

    static String url(PodProcess pod, HTTPGetAction probe) {
        return "http://" + pod.address + ":" + pod.pod.port(probe.getPort()) + probe.getPath();
    }

    /** The last 40 lines of the container's output. */
    static String tail(PodProcess pod) throws IOException {
        List<String> lines = Files.readAllLines(pod.log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
