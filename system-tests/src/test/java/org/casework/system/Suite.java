package org.casework.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.casework.local.AuditKeys;
import org.casework.local.DemoContacts;
import org.casework.local.DemoData;
import org.casework.local.DemoUsers;
import org.casework.local.KeycloakServer;
import org.casework.local.LocalDatabase;
import org.casework.local.ServiceProcess;
import org.casework.local.SignIn;
import org.casework.local.WebEnvironment;

/**
 * The whole suite for the end-to-end tests, started once per test JVM: a real PostgreSQL, Keycloak
 * with the repository's realm (restored from a data snapshot taken after the first import), Kafka and a
 * mail server ({@link EventParts}), the three services as packaged by their e2e builds (the only builds with
 * clock control), notification-service, and the web UI as it ships, on free ports.
 */
public final class Suite {

    private static Suite instance;

    /** casework.audit.witness.every as an environment variable (the services' default is 30 s). */
    private static final String WITNESS_EVERY = "CASEWORK_AUDIT_WITNESS_EVERY";
    /** How often notice-service's witness looks at the other services' checkpoints in this suite. */
    public static final String WITNESS_INTERVAL = "2s";

    public final Path root;
    public final KeycloakServer keycloak;
    /** case-service; replaced when a test kills and restarts it ({@link #restartCases(ServiceProcess)}). */
    public volatile ServiceProcess cases;
    private final Map<String, String> casesEnvironment;
    /** notice-service; replaced when a test kills and restarts it ({@link #killNotices()}, {@link #restartNotices(boolean)}). */
    public volatile ServiceProcess notices;
    /**
     * The network from notice-service to case-service and to representation-service, under a test's
     * control once it has restarted notice-service to call through them ({@link #restartNotices(boolean)}).
     */
    public final Relay noticesToCases;
    public final Relay noticesToRepresentations;
    private final Map<String, String> noticesEnvironment;
    private final Map<String, String> noticesEnvironmentRelayed;
    private final int noticesPort;
    private final Path logs;
    private int restarts;
    /** representation-service; replaced when a test kills and restarts it ({@link #restartRepresentations()}). */
    public volatile ServiceProcess representations;
    private final Map<String, String> representationsEnvironment;
    /** Kafka, the mail server and notification-service: the events' way to the organisations' mailboxes. */
    final EventParts events;
    public final ServiceProcess web;
    /** portal-web as it ships, for the organisation's part of the browser journey. */
    public final ServiceProcess portal;
    private final LocalDatabase db;
    public final DemoUsers users;
    /** What DemoData answered when it seeded the reference case (its reference, e.g. INV-2026-000001). */
    public final DemoData.ReferenceCase referenceCase;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final Path keycloakData;
    private final Path snapshot;
    private volatile boolean keycloakReady;

    private static Exception failedToStart;

    /**
     * The suite, started by the first test class that asks. A start that failed is not tried again by
     * the next class (it would start a second Keycloak beside what the first left): they all fail with it.
     */
    public static synchronized Suite get() throws Exception {
        if (failedToStart != null) {
            throw new IllegalStateException("the suite did not start", failedToStart);
        }
        if (instance == null) {
            try {
                instance = new Suite();
            } catch (Exception e) {
                failedToStart = e;
                throw e;
            }
        }
        return instance;
    }

    private Suite() throws Exception {
        // registered first, so a part that fails to start does not leave the others running
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
        try {
            root = Path.of(System.getProperty("casework.root", "..")).toAbsolutePath().normalize();
            Path work = root.resolve("system-tests/target/e2e");
            logs = Files.createDirectories(work.resolve("logs"));
            Path realm = root.resolve("keycloak/regulator-realm.json");
            users = DemoUsers.from(realm);

            keycloakData = work.resolve("keycloak-data");
            delete(keycloakData);
            snapshot = KeycloakServer.cacheDirectory().resolve("keycloak-snapshots")
                    .resolve(HexFormat.of().formatHex(sha256(Files.readAllBytes(realm))));
            if (Files.isDirectory(snapshot)) {
                copy(snapshot, keycloakData);
            }
            keycloak = new KeycloakServer(keycloakData, realm, freePort(), logs.resolve("keycloak.log"));
            started.push(keycloak);
            keycloak.start(Map.of());

            int representationPort = freePort();
            db = LocalDatabase.start(work.resolve("pg-" + System.nanoTime()), freePort());
            started.push(db);
            // every service publishes its events to this Kafka, as in ./local/run; notification-service reads them
            events = EventParts.start(work.resolve("kafka-" + System.nanoTime()), freePort(), freePort(), freePort(), logs);
            started.push(events);
            // each service's own checkpoint key, and its peers' public keys for the audit witness (as ./local/run)
            AuditKeys auditKeys = new AuditKeys(work.resolve("audit-keys"));
            casesEnvironment = environment("CASES", db.database("cases"), db, withEvents(auditKeys.environment("case-service", Map.of())));
            cases = new ServiceProcess("case-service", freePort(), logs.resolve("case-service.log"));
            started.push(cases);
            cases.start(jar("case-service", "e2e-app"), casesEnvironment);
            noticesToCases = new Relay(freePort(), cases.url());
            started.push(noticesToCases);
            noticesToRepresentations = new Relay(freePort(), "http://127.0.0.1:" + representationPort);
            started.push(noticesToRepresentations);
            noticesPort = freePort();
            // notice-service witnesses the other two; every 2 s here instead of 30 s, so a test sees its next look at once
            // The issuing request opens the window itself (casework.notices.window-opening=call), as before events:
            // the journeys act on the window at once after an issue. representation-service still reads every
            // notice.given event and finds the window open (its consumer's own test, WindowFromNoticeEventTest, opens
            // windows from the event against a real broker).
            noticesEnvironment = environment("NOTICES", db.database("notices"), db, with(with(with(withEvents(auditKeys.environment("notice-service",
                    Map.of("case-service", cases.url(), "representation-service", "http://127.0.0.1:" + representationPort))),
                    "NOTICE_SERVICE_CLIENT_SECRET", "local-notice-service-secret"), WITNESS_EVERY, WITNESS_INTERVAL),
                    "CASEWORK_NOTICES_WINDOW_OPENING", "call"));
            noticesEnvironmentRelayed = environment("NOTICES", db.database("notices"), db, with(with(with(withEvents(auditKeys.environment("notice-service",
                    Map.of("case-service", noticesToCases.url(), "representation-service", noticesToRepresentations.url()))),
                    "NOTICE_SERVICE_CLIENT_SECRET", "local-notice-service-secret"), WITNESS_EVERY, WITNESS_INTERVAL),
                    "CASEWORK_NOTICES_WINDOW_OPENING", "call"));
            notices = new ServiceProcess("notice-service", noticesPort, logs.resolve("notice-service.log"));
            started.push(notices);
            notices.start(jar("notice-service", "e2e-app"), noticesEnvironment);
            representationsEnvironment = environment("REPRESENTATIONS", db.database("representations"), db,
                    withConsumedEvents(auditKeys.environment("representation-service", Map.of())));
            representations = new ServiceProcess("representation-service", representationPort, logs.resolve("representation-service.log"));
            started.push(representations);
            representations.start(jar("representation-service", "e2e-app"), representationsEnvironment);
            // a first start on a busy 2-core machine (its one-off rebuild, then the realm import) has taken over 300 s
            keycloak.awaitReady(Duration.ofSeconds(600));
            keycloakReady = true;
            for (ServiceProcess s : new ServiceProcess[] { cases, notices, representations }) {
                s.awaitReady(Duration.ofSeconds(90));
            }
            // the reference case, seeded as ./local/run seeds it and before any test adds cases: the
            // browser journey starts from it, as a newcomer does (CaseworkerJourneyIT)
            referenceCase = new DemoData(username -> token(username, SignIn.Client.web()), users, cases.url(),
                    notices.url()).seed();
            // the web UI as it ships (its production build): it has no clock of its own to move
            web = new ServiceProcess("caseworker-web", freePort(), logs.resolve("caseworker-web.log"));
            started.push(web);
            new KeycloakAdmin(keycloak.port(), KeycloakServer.REALM).allowWebAddress("casework-web", web.url());
            web.start(jar("caseworker-web", "quarkus-app"), WebEnvironment.of(keycloak.issuer(), cases.url(), notices.url(),
                    representations.url()));
            portal = new ServiceProcess("portal-web", freePort(), logs.resolve("portal-web.log"));
            started.push(portal);
            new KeycloakAdmin(keycloak.port(), KeycloakServer.REALM).allowWebAddress("casework-portal", portal.url());
            portal.start(jar("portal-web", "quarkus-app"), WebEnvironment.portal(keycloak.issuer(), notices.url(),
                    representations.url()));
            events.startNotifications(jar("notification-service", "quarkus-app"), environment("NOTIFICATIONS",
                    db.database("notifications"), db, auditKeys.environment("notification-service", Map.of())),
                    portal.url(), web.url(), freePort());
            web.awaitReady(Duration.ofSeconds(90));
            portal.awaitReady(Duration.ofSeconds(90));
            events.notifications.awaitReady(Duration.ofSeconds(90));
            // who at each demo organisation receives statutory notices, registered as ./local/run does
            new DemoContacts(events.notifications.url()).seed(staff("ada"));
        } catch (Exception e) {
            stop();
            throw e;
        }
    }

    /**
     * A person's access token, signed in once through the given client and reused while it has more
     * than a minute to live (each sign-in waits for a one-time code the person has not used yet).
     */
    public String token(String username, SignIn.Client client) throws Exception {
        return token(users.named(username), client);
    }

    public String token(DemoUsers.DemoUser user, SignIn.Client client) throws Exception {
        String key = user.username() + "@" + client.clientId();
        String cached = tokens.get(key);
        if (cached == null || secondsLeft(cached) < 60) {
            cached = new SignIn(keycloak.issuer()).accessToken(user, client);
            tokens.put(key, cached);
        }
        return cached;
    }

    private static long secondsLeft(String jwt) throws IOException {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), java.nio.charset.StandardCharsets.UTF_8);
        long exp = new com.fasterxml.jackson.databind.ObjectMapper().readTree(payload).path("exp").asLong();
        return exp - java.time.Instant.now().getEpochSecond();
    }

    /** Ends notice-service at once, as {@code kill -9} would: no shutdown, whatever it was doing. */
    public synchronized void killNotices() throws InterruptedException {
        String jar = jar("notice-service", "e2e-app").toString();
        ProcessHandle process = ProcessHandle.current().children()
                .filter(p -> p.info().commandLine().map(c -> c.contains(jar)).orElse(false)).findFirst()
                .orElseThrow(() -> new IllegalStateException("notice-service is not running"));
        process.destroyForcibly();
        process.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
    }

    /**
     * Starts notice-service again on its port (stopping it first if it runs), calling the other services
     * directly or through the relays; its clock starts unmoved.
     */
    public synchronized void restartNotices(boolean throughRelays) throws Exception {
        restartNotices(throughRelays, Map.of());
    }

    /**
     * Starts notice-service again on its port as {@link #restartNotices(boolean)} does, with {@code overrides} on its
     * environment (for example a Kafka address where no broker listens, so its events wait in its outbox).
     */
    public synchronized void restartNotices(boolean throughRelays, Map<String, String> overrides) throws Exception {
        notices.close();
        Map<String, String> env = new java.util.HashMap<>(throughRelays ? noticesEnvironmentRelayed : noticesEnvironment);
        env.putAll(overrides);
        ServiceProcess restarted = new ServiceProcess("notice-service", noticesPort,
                logs.resolve("notice-service-restart-" + (++restarts) + ".log"));
        started.push(restarted);
        restarted.start(jar("notice-service", "e2e-app"), env);
        restarted.awaitReady(Duration.ofSeconds(120));
        notices = restarted;
    }

    /** Ends representation-service at once, as {@code kill -9} would: no shutdown, whatever it was doing. */
    public synchronized void killRepresentations() throws InterruptedException {
        representations.kill();
    }

    /** Starts representation-service again on its port (stopping it first if it runs); its clock starts unmoved. */
    public synchronized void restartRepresentations() throws Exception {
        restartRepresentations(Map.of());
    }

    /** {@link #restartRepresentations()} with {@code overrides} on the suite's environment for it. */
    public synchronized void restartRepresentations(Map<String, String> overrides) throws Exception {
        representations.close();
        Map<String, String> env = new java.util.HashMap<>(representationsEnvironment);
        env.putAll(overrides);
        ServiceProcess restarted = new ServiceProcess("representation-service", representations.port(),
                logs.resolve("representation-service-restart-" + (++restarts) + ".log"));
        started.push(restarted);
        restarted.start(jar("representation-service", "e2e-app"), env);
        restarted.awaitReady(Duration.ofSeconds(120));
        representations = restarted;
    }

    /**
     * Another replica of case-service on the same database, as the Kubernetes HPA would add one: the same
     * build and environment, its own port and log; ready when this returns. The caller stops it (it is
     * stopped with the suite at the latest).
     */
    public synchronized ServiceProcess startCasesReplica() throws Exception {
        ServiceProcess replica = new ServiceProcess("case-service", freePort(),
                logs.resolve("case-service-replica-" + (++restarts) + ".log"));
        started.push(replica);
        replica.start(jar("case-service", "e2e-app"), casesEnvironment);
        replica.awaitReady(Duration.ofSeconds(120));
        return replica;
    }

    /**
     * Starts a case-service process (the suite's own, or a replica) again on its port, stopping it first if it
     * still runs, and answers the new process once ready; if it was {@link #cases}, the new one takes its place.
     */
    public synchronized ServiceProcess restartCases(ServiceProcess which) throws Exception {
        which.close();
        ServiceProcess restarted = new ServiceProcess("case-service", which.port(),
                logs.resolve("case-service-restart-" + (++restarts) + ".log"));
        started.push(restarted);
        restarted.start(jar("case-service", "e2e-app"), casesEnvironment);
        restarted.awaitReady(Duration.ofSeconds(120));
        if (which == cases) {
            cases = restarted;
        }
        return restarted;
    }

    public String staff(String username) throws Exception {
        return token(username, SignIn.Client.web());
    }

    public String organisation(String username) throws Exception {
        return token(username, SignIn.Client.portal());
    }

    /** A password-only sign-in (acr 1) through the Swagger UI client, which sets no minimum level. */
    public String passwordOnly(String username) throws Exception {
        return token(username, SignIn.Client.apiDocs());
    }

    /** A machine client's token (client credentials) from the realm. */
    public String machine(String clientId, String secret) throws Exception {
        return new SignIn(keycloak.issuer()).serviceToken(clientId, secret);
    }

    /** A connection to one service's database (cases, notices, representations), to see what a request changed. */
    java.sql.Connection database(String name) throws java.sql.SQLException {
        return db.connectAsAdmin(name);
    }

    /**
     * A connection to case-service's database as its owner, the role that runs its migrations and owns the audit
     * tables (so may disable their triggers): what a database administrator holds, without the superuser's rights.
     */
    java.sql.Connection casesAsOwner() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(casesEnvironment.get("CASES_DB_URL"),
                casesEnvironment.get("CASES_DB_OWNER_USER"), casesEnvironment.get("CASES_DB_OWNER_PASSWORD"));
    }

    KeycloakAdmin admin() throws Exception {
        return new KeycloakAdmin(keycloak.port(), KeycloakServer.REALM);
    }

    public String subjectOf(String username) {
        return users.named(username).subject();
    }

    private Map<String, String> environment(String dbPrefix, String dbUrl, LocalDatabase db, Map<String, String> extra) {
        Map<String, String> env = new java.util.HashMap<>(extra);
        // the application role for the service, the owner role for its migrations (LocalDatabase)
        try {
            env.putAll(db.environment(dbPrefix, dbUrl.substring(dbUrl.lastIndexOf('/') + 1)));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("the " + dbPrefix + " database's roles could not be set up", e);
        }
        env.put("OIDC_AUTH_SERVER_URL", keycloak.issuer());
        // The tests act as a handful of people at machine speed (the race and load tests most of all): the limiter
        // still counts every request and sends its fields (AuthorizationMatrixIT), but never refuses here; the
        // services' RateLimitApiTest proves the refusals.
        for (String quota : new String[] { "PERSON_READ", "PERSON_CHANGE", "CLIENT_READ", "CLIENT_CHANGE", "ANONYMOUS_READ",
                "ANONYMOUS_CHANGE" }) {
            env.put("CASEWORK_RATE_LIMIT_" + quota, "1000000");
        }
        return Map.copyOf(env);
    }

    private Map<String, String> withEvents(Map<String, String> env) {
        Map<String, String> more = new java.util.HashMap<>(env);
        more.putAll(events.serviceEnvironment());
        return more;
    }

    private Map<String, String> withConsumedEvents(Map<String, String> env) {
        Map<String, String> more = new java.util.HashMap<>(env);
        more.putAll(events.consumerEnvironment());
        return more;
    }

    private static Map<String, String> with(Map<String, String> env, String key, String value) {
        Map<String, String> more = new java.util.HashMap<>(env);
        more.put(key, value);
        return more;
    }

    private Path jar(String module, String build) {
        Path jar = root.resolve(module + "/target/" + build + "/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: the builds come from ./mvnw verify (or package)");
        }
        return jar;
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
            if (keycloakReady && !Files.isDirectory(snapshot) && Files.isDirectory(keycloakData)) {
                Path partial = snapshot.resolveSibling(snapshot.getFileName() + ".partial");
                delete(partial);
                copy(keycloakData, partial);
                Files.move(partial, snapshot, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            System.err.println("Keycloak snapshot not saved: " + e.getMessage());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static byte[] sha256(byte[] bytes) throws Exception {
        return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
    }
}
