package org.casework.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The production builds refuse to start without a secret rather than fall back to an empty one (RequiredSecrets, in
 * each application's prod profile): a web module, which needs no database to get that far, started as its image runs
 * it with every variable but one, exits with an error naming the missing variable; with all of them it comes up.
 */
class RequiredSecretsIT {

    private static final Map<String, String> WEB = Map.of("OIDC_AUTH_SERVER_URL", "http://127.0.0.1:9/realms/regulator",
            "CASEWORK_WEB_CLIENT_SECRET", "a".repeat(32), "CASEWORK_DIRECTORY_CLIENT_SECRET", "b".repeat(32),
            "CASEWORK_WEB_CSRF_KEY", "c".repeat(32), "CASE_SERVICE_URL", "http://127.0.0.1:9", "NOTICE_SERVICE_URL", "http://127.0.0.1:9",
            "REPRESENTATION_SERVICE_URL", "http://127.0.0.1:9");
    private static final Map<String, String> PORTAL = Map.of("OIDC_AUTH_SERVER_URL", "http://127.0.0.1:9/realms/regulator",
            "CASEWORK_PORTAL_CSRF_KEY", "d".repeat(32), "CASEWORK_PORTAL_STATE_SECRET", "e".repeat(32),
            "CASEWORK_PORTAL_SESSION_SECRET", "f".repeat(32), "NOTICE_SERVICE_URL", "http://127.0.0.1:9",
            "REPRESENTATION_SERVICE_URL", "http://127.0.0.1:9");

    @Test
    void caseworkerWebWithoutItsCsrfKeyRefusesToStartNamingTheVariable() throws Exception {
        Run run = start("caseworker-web", WEB, "CASEWORK_WEB_CSRF_KEY");
        assertThat(run.exited()).as("exits: " + run.log()).isTrue();
        assertThat(run.log()).contains("required secrets are not set", "CASEWORK_WEB_CSRF_KEY");
    }

    @Test
    void portalWebWithoutItsStateSecretRefusesToStartNamingTheVariable() throws Exception {
        Run run = start("portal-web", PORTAL, "CASEWORK_PORTAL_STATE_SECRET");
        assertThat(run.exited()).as("exits: " + run.log()).isTrue();
        assertThat(run.log()).contains("required secrets are not set", "CASEWORK_PORTAL_STATE_SECRET");
    }

    @Test
    void caseworkerWebWithEverySecretStarts() throws Exception {
        Run run = start("caseworker-web", WEB, null);
        assertThat(run.exited()).as("still running: " + run.log()).isFalse();
        assertThat(run.log()).doesNotContain("required secrets are not set");
        // the console is queued once every start-up step has passed (and not before: see the two refusals above),
        // and what is queued is still written: Quarkus' own lines after the switch
        assertThat(run.log()).contains("console: written by its own thread from now on", "Listening on");
    }

    private record Run(boolean exited, String log) {
    }

    /** Runs the module's production build as its image does (prod profile, on port 0), without {@code left}. */
    private static Run start(String module, Map<String, String> env, String left) throws Exception {
        Path app = Manifests.ROOT.resolve(module + "/target/quarkus-app/quarkus-run.jar");
        assertThat(app).as("package the services first").exists();
        Path log = Files.createDirectories(Manifests.ROOT.resolve("k8s-tests/target/required-secrets"))
                .resolve(module + (left == null ? "" : "-without-" + left) + ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=0", "-jar", app.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> environment = new HashMap<>(env);
        environment.remove(left);
        builder.environment().clear();
        builder.environment().put("PATH", System.getenv("PATH"));
        builder.environment().putAll(environment);
        Process p = builder.start();
        try {
            // a refusal comes once Quarkus has started its beans (seconds); a healthy start keeps running
            boolean exited = left != null ? p.waitFor(180, TimeUnit.SECONDS) : !awaitStarted(p, log);
            return new Run(exited, Files.readString(log));
        } finally {
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    private static boolean awaitStarted(Process p, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline && p.isAlive()) {
            if (Files.readString(log).contains("Listening on")) {
                return true;
            }
            Thread.sleep(250);
        }
        return false;
    }
}
