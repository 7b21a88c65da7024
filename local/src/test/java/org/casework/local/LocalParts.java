package org.casework.local;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * What the local commands meet in a local run, started once per test JVM on free ports: Keycloak with
 * the repository's realm (from the shared snapshot when there is one), a real PostgreSQL, and
 * case-service and notice-service as they ship (their production builds).
 */
final class LocalParts {

    private static LocalParts instance;

    final Path root;
    final Path work;
    final KeycloakServer keycloak;
    final DemoUsers users;
    final ServiceProcess cases;
    final ServiceProcess notices;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final KeycloakSnapshots snapshots;
    private boolean keycloakReady;

    static synchronized LocalParts get() throws Exception {
        if (instance == null) {
            instance = new LocalParts();
        }
        return instance;
    }

    private LocalParts() throws Exception {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
        root = Path.of(System.getProperty("casework.root", "..")).toAbsolutePath().normalize();
        work = Files.createDirectories(root.resolve("local/target/it"));
        Path logs = work.resolve("logs");
        Path realm = root.resolve("keycloak/regulator-realm.json");
        users = DemoUsers.from(realm);
        Path keycloakData = work.resolve("keycloak-data");
        snapshots = new KeycloakSnapshots(realm, keycloakData);
        snapshots.restore();
        keycloak = new KeycloakServer(keycloakData, realm, freePort(), logs.resolve("keycloak.log"));
        started.push(keycloak);
        keycloak.start(Map.of());

        LocalDatabase db = LocalDatabase.start(work.resolve("pg-" + System.nanoTime()), freePort());
        started.push(db);
        // each service its own checkpoint key, and notice-service its peers' public keys, as ./local/run gives them
        AuditKeys auditKeys = new AuditKeys(work.resolve("audit-keys"));
        cases = service("case-service", logs, db.environment("CASES", "cases"), with(auditKeys.environment("case-service", Map.of()),
                "OIDC_AUTH_SERVER_URL", keycloak.issuer(), "CASE_SERVICE_CLIENT_SECRET", "local-case-service-secret"));
        // no representation-service here: nothing these tests do issues a notice
        notices = service("notice-service", logs, db.environment("NOTICES", "notices"), with(auditKeys.environment("notice-service",
                Map.of("case-service", cases.url(), "representation-service", "http://127.0.0.1:" + freePort())),
                "OIDC_AUTH_SERVER_URL", keycloak.issuer(), "NOTICE_SERVICE_CLIENT_SECRET", "local-notice-service-secret"));
        keycloak.awaitReady(Duration.ofSeconds(240));
        keycloakReady = true;
        cases.awaitReady(Duration.ofSeconds(120));
        notices.awaitReady(Duration.ofSeconds(120));
    }

    /** A person's token through the given client, signed in now (no cache). */
    String signIn(String username, SignIn.Client client) throws Exception {
        return new SignIn(keycloak.issuer()).accessToken(users.named(username), client);
    }

    private static Map<String, String> with(Map<String, String> base, String... pairs) {
        Map<String, String> all = new java.util.HashMap<>(base);
        for (int i = 0; i < pairs.length; i += 2) {
            all.put(pairs[i], pairs[i + 1]);
        }
        return all;
    }

    private ServiceProcess service(String name, Path logs, Map<String, String> database, Map<String, String> others)
            throws IOException {
        Map<String, String> environment = new java.util.HashMap<>(database);
        environment.putAll(others);
        ServiceProcess service = new ServiceProcess(name, freePort(), logs.resolve(name + ".log"));
        started.push(service);
        Path jar = root.resolve(name + "/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build the services first (./mvnw package)");
        }
        service.start(jar, environment);
        return service;
    }

    private synchronized void stop() {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                System.err.println("while stopping: " + e.getMessage());
            }
        }
        try {
            if (keycloakReady) {
                snapshots.saveIfMissing();
            }
        } catch (IOException e) {
            System.err.println("Keycloak snapshot not saved: " + e.getMessage());
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
