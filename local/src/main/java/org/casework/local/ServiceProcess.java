package org.casework.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One packaged service started as a child process, its output in a log file. */
public final class ServiceProcess implements AutoCloseable {

    private final String name;
    private final int port;
    private final Path log;
    private Process process;

    /** The audit log's checkpoint signing key (docs/security.md); the packaged services refuse to start without one. */
    public static final String AUDIT_KEY_ENV = "CASEWORK_AUDIT_SIGNING_KEY";
    private static final String DEVELOPMENT_KEY = "platform/src/main/resources/audit/DEVELOPMENT-ONLY-audit-signing-key.pem";

    /**
     * The platform's development key, found from the jar upwards in the source tree: local runs and the system
     * tests sign with it. It is public, so checkpoints signed with it prove nothing outside a developer's machine.
     */
    static java.util.Optional<String> developmentAuditKey(Path jar) throws IOException {
        for (Path dir = jar.toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
            Path key = dir.resolve(DEVELOPMENT_KEY);
            if (Files.exists(key)) {
                return java.util.Optional.of(Files.readString(key));
            }
        }
        return java.util.Optional.empty();
    }

    public ServiceProcess(String name, int port, Path log) {
        this.name = name;
        this.port = port;
        this.log = log;
    }

    public void start(Path jar, Map<String, String> environment) throws IOException {
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        if (!environment.containsKey(AUDIT_KEY_ENV)) {
            developmentAuditKey(jar).ifPresent(key -> builder.environment().put(AUDIT_KEY_ENV, key));
        }
        // people and tests read these logs: plain text, as in dev; the production build's JSON records are for a
        // cluster's log collector (docs/deploy.md). Spans are exported only where QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT is set.
        builder.environment().putIfAbsent("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
        builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        process = builder.start();
    }

    /** Polls the readiness probe; fails with the log's path if the service exits or is not ready in time. */
    public void awaitReady(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " was not ready within " + timeout.toSeconds() + " s; see " + log);
    }

    /** The process id of the running service (0 before it was started). */
    public long pid() {
        return process == null ? 0 : process.pid();
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Ends the service at once, as {@code kill -9} does (SIGKILL: no shutdown hooks), and waits until it is gone. */
    public void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " (pid " + process.pid() + ") did not end after SIGKILL");
            }
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public String name() {
        return name;
    }

    public Path log() {
        return log;
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
