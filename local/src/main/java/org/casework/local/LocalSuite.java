package org.casework.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The one-command local run: PostgreSQL, a token issuer, the services and demo data on this
 * machine, with progress as each part starts and every process stopped on Ctrl-C.
 *
 * <p>Run it through {@code ./local/run}, which builds what is missing first.
 */
public final class LocalSuite {

    private static final int DB_PORT = Integer.parseInt(System.getenv().getOrDefault("CASEWORK_LOCAL_DB_PORT", "15432"));
    private static final int KEYCLOAK_PORT = 8180;
    /** Kafka's port (its KRaft controller takes the next one). */
    private static final int KAFKA_PORT = Integer.parseInt(System.getenv().getOrDefault("CASEWORK_LOCAL_KAFKA_PORT", "19092"));
    private static final int WEB_PORT = 8080;
    /** The realm's casework-portal client sends people back to this port only. */
    private static final int PORTAL_PORT = 8090;
    private static final int CASE_SERVICE_PORT = 8081;
    private static final int NOTICE_SERVICE_PORT = 8082;
    private static final int REPRESENTATION_SERVICE_PORT = 8083;
    private static final int NOTIFICATION_SERVICE_PORT = 8084;
    private static final String NOTICE_SERVICE_URL = "http://127.0.0.1:" + NOTICE_SERVICE_PORT;
    private static final String REPRESENTATION_SERVICE_URL = "http://127.0.0.1:" + REPRESENTATION_SERVICE_PORT;
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);

    private final Path root;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();

    private LocalSuite(Path root) {
        this.root = root;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        LocalSuite suite = new LocalSuite(root);
        Runtime.getRuntime().addShutdownHook(new Thread(suite::stopAll));
        try {
            suite.run();
        } catch (Exception e) {
            System.err.println();
            System.err.println("FAILED: " + e.getMessage());
            suite.stopAll();
            System.exit(1);
        }
        new CountDownLatch(1).await();
    }

    private void run() throws Exception {
        long begin = System.nanoTime();
        Path work = root.resolve("local/.work");
        Path logs = work.resolve("logs");
        Files.createDirectories(logs);

        Path realmFile = root.resolve("keycloak/regulator-realm.json");
        KeycloakServer keycloak = new KeycloakServer(root.resolve("local/.data/keycloak"), realmFile, KEYCLOAK_PORT,
                logs.resolve("keycloak.log"));
        started.push(keycloak);
        keycloak.start(Map.of());

        step("PostgreSQL");
        LocalDatabase db = LocalDatabase.start(root.resolve("local/.data/pg"), DB_PORT);
        started.push(db);
        // each database with its owner role (migrations) and application role (the service): see LocalDatabase
        Map<String, String> casesDb = db.environment("CASES", "cases");
        Map<String, String> noticesDb = db.environment("NOTICES", "notices");
        Map<String, String> representationsDb = db.environment("REPRESENTATIONS", "representations");
        Map<String, String> notificationsDb = db.environment("NOTIFICATIONS", "notifications");
        done(db.describe());

        step("Kafka");
        LocalKafka kafka = LocalKafka.start(root.resolve("local/.data/kafka"), KAFKA_PORT);
        started.push(kafka);
        done(kafka.bootstrapServers() + " (topics casework.cases.v1, casework.notices.v1, casework.representations.v1)");

        step("mail server");
        MailServer mail = MailServer.start();
        started.push(mail);
        done(mail.describe() + " (GreenMail; local/mailbox prints what arrived)");

        // Each service's audit checkpoint key, and its peers' addresses and public keys for the audit witness.
        AuditKeys auditKeys = new AuditKeys(root.resolve("local/.data/audit-keys"));

        // Every part starts now and is awaited below: the services and the web UI need Keycloak only at their
        // first request, and on two cores the starts overlap Keycloak's. Time-outs are generous (a busy machine
        // starts a service in over a minute); a part that exits fails at once, naming its log.
        ServiceProcess cases = new ServiceProcess("case-service", CASE_SERVICE_PORT, logs.resolve("case-service.log"));
        started.push(cases);
        cases.start(root.resolve("case-service/target/quarkus-app/quarkus-run.jar"), with(with(with(casesDb, kafka.environment()),
                "OIDC_AUTH_SERVER_URL", keycloak.issuer(),
                "CASE_SERVICE_CLIENT_SECRET", "local-case-service-secret"),
                auditKeys.environment("case-service", Map.of("notice-service", NOTICE_SERVICE_URL,
                        "representation-service", REPRESENTATION_SERVICE_URL))));
        ServiceProcess notices = new ServiceProcess("notice-service", NOTICE_SERVICE_PORT, logs.resolve("notice-service.log"));
        started.push(notices);
        notices.start(root.resolve("notice-service/target/quarkus-app/quarkus-run.jar"), with(with(with(noticesDb, kafka.environment()),
                "OIDC_AUTH_SERVER_URL", keycloak.issuer(),
                "NOTICE_SERVICE_CLIENT_SECRET", "local-notice-service-secret"),
                auditKeys.environment("notice-service", Map.of("case-service", cases.url(),
                        "representation-service", REPRESENTATION_SERVICE_URL))));
        ServiceProcess representations = new ServiceProcess("representation-service", REPRESENTATION_SERVICE_PORT,
                logs.resolve("representation-service.log"));
        started.push(representations);
        representations.start(root.resolve("representation-service/target/quarkus-app/quarkus-run.jar"), with(with(with(representationsDb, kafka.environment()),
                "OIDC_AUTH_SERVER_URL", keycloak.issuer(),
                "REPRESENTATION_SERVICE_CLIENT_SECRET", "local-representation-service-secret"),
                auditKeys.environment("representation-service", Map.of("case-service", cases.url(),
                        "notice-service", notices.url()))));
        ServiceProcess notifications = new ServiceProcess("notification-service", NOTIFICATION_SERVICE_PORT,
                logs.resolve("notification-service.log"));
        started.push(notifications);
        notifications.start(root.resolve("notification-service/target/quarkus-app/quarkus-run.jar"), with(with(with(notificationsDb, kafka.environment()),
                "OIDC_AUTH_SERVER_URL", keycloak.issuer(),
                "SMTP_HOST", "127.0.0.1", "SMTP_PORT", String.valueOf(MailServer.SMTP_PORT), "SMTP_START_TLS", "DISABLED",
                "PORTAL_WEB_URL", "http://127.0.0.1:" + PORTAL_PORT, "CASEWORKER_WEB_URL", "http://127.0.0.1:" + WEB_PORT),
                auditKeys.environment("notification-service", Map.of())));
        ServiceProcess web = new ServiceProcess("caseworker-web", WEB_PORT, logs.resolve("caseworker-web.log"));
        started.push(web);
        web.start(root.resolve("caseworker-web/target/quarkus-app/quarkus-run.jar"),
                WebEnvironment.of(keycloak.issuer(), cases.url(), notices.url(), representations.url()));
        ServiceProcess portal = new ServiceProcess("portal-web", PORTAL_PORT, logs.resolve("portal-web.log"));
        started.push(portal);
        portal.start(root.resolve("portal-web/target/quarkus-app/quarkus-run.jar"),
                WebEnvironment.portal(keycloak.issuer(), notices.url(), representations.url()));

        step("Keycloak");
        keycloak.awaitReady(READY_TIMEOUT);
        done(keycloak.issuer() + " (log: " + root.relativize(logs.resolve("keycloak.log")) + ")");
        step("services");
        for (ServiceProcess service : new ServiceProcess[] { cases, notices, representations, notifications }) {
            service.awaitReady(READY_TIMEOUT);
        }
        done(cases.name() + ", " + notices.name() + ", " + representations.name() + ", " + notifications.name()
                + " (logs: " + root.relativize(logs) + ")");
        step("web UI and portal");
        web.awaitReady(READY_TIMEOUT);
        portal.awaitReady(READY_TIMEOUT);
        done(web.url() + ", " + portal.url());

        step("demo data");
        DemoUsers users = DemoUsers.from(realmFile);
        // the sign-ins share local/token's records, so its first call reuses ada's token instead of her spent code
        SignIn signIn = new SignIn(keycloak.issuer(), OneTimeCodes.recordedIn(work.resolve("codes"), message -> { }));
        TokenCache tokens = TokenCache.in(work.resolve("tokens"));
        DemoData.ReferenceCase reference = new DemoData(
                username -> tokens.accessToken(signIn, users.named(username), SignIn.Client.web()),
                users, cases.url(), notices.url()).seed();
        new DemoContacts(notifications.url()).seed(tokens.accessToken(signIn, users.named("ada"), SignIn.Client.web()));
        done("reference case " + reference.reference() + (reference.alreadyThere() ? " (already there)" : " (seeded)")
                + "; the demo organisations' contacts");

        printSummary(keycloak, users, web, portal, cases, notices, representations, reference,
                (System.nanoTime() - begin) / 1_000_000);
        System.out.println("Domain events (CloudEvents, docs/asyncapi) are published to Kafka at " + kafka.bootstrapServers()
                + ": topics casework.cases.v1, casework.notices.v1, casework.representations.v1.");
        System.out.println("  notification-service   " + notifications.url() + "   API docs: " + notifications.url()
                + "/q/swagger-ui   (contacts: /organisations/{id}/contacts; messages: /notifications)");
        System.out.println("  mail (GreenMail) " + mail.describe() + "; events read from Kafka at " + kafka.bootstrapServers()
                + "   read the mail: local/mailbox [address]");
    }

    /** The database's environment with the given name/value pairs added. */
    private static Map<String, String> with(Map<String, String> database, String... pairs) {
        Map<String, String> env = new java.util.HashMap<>(database);
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return Map.copyOf(env);
    }

    private void printSummary(KeycloakServer keycloak, DemoUsers users, ServiceProcess web, ServiceProcess portal, ServiceProcess cases,
            ServiceProcess notices, ServiceProcess representations, DemoData.ReferenceCase reference, long millis) {
        System.out.printf("%nCasework is running (ready in %.1f s). Ctrl-C stops everything.%n%n", millis / 1000.0);
        System.out.println("  web UI           " + web.url() + "   (sign in as a caseworker or decision-maker below)");
        System.out.println("  reference case   " + web.url() + "/cases/" + reference.caseId() + "   (" + reference.reference() + ")");
        System.out.println("  portal           " + portal.url() + "   (organisations: sign in as betty, of org-nhs-supplier, the reference case's organisation)");
        System.out.println("  case-service     " + cases.url() + "   API docs: " + cases.url() + "/q/swagger-ui");
        System.out.println("  notice-service   " + notices.url() + "   API docs: " + notices.url() + "/q/swagger-ui"
                + "   public register: " + notices.url() + "/register   (the portal's notices as given: /portal/issued-notices)");
        System.out.println("  representation-service   " + representations.url() + "   API docs: " + representations.url()
                + "/q/swagger-ui   (the organisations' portal: /portal/notices)");
        System.out.println("  (in an API's docs press Authorize, then Authorize under \"authorization_code with PKCE\", and sign in as a person below)");
        System.out.println("  Keycloak         " + keycloak.issuer() + "   admin console: http://127.0.0.1:"
                + keycloak.port() + "/admin (admin / admin)");
        System.out.println();
        System.out.println("Demo people (every sign-in asks for a one-time code: local/totp <username> prints it):");
        for (DemoUsers.DemoUser u : users.all()) {
            System.out.printf("  %-8s %-20s %-18s password %s%n", u.username(), String.join(",", u.roles()),
                    u.organisationId() == null ? "" : u.organisationId(), u.password());
        }
        System.out.println();
        System.out.println("Call the APIs with a signed-in person's token (password and one-time code, driven over HTTP):");
        System.out.println("  TOKEN=$(local/token ada)");
        System.out.println("  curl -s -H \"Authorization: Bearer $TOKEN\" " + cases.url() + "/cases");
        System.out.println("  curl -s -H \"Authorization: Bearer $(local/token betty)\" " + representations.url()
                + "/portal/notices");
        System.out.println("  curl -s -H \"Authorization: Bearer $(local/token betty)\" " + notices.url()
                + "/portal/issued-notices");
        printTelemetry(web, portal, cases, notices, representations);
    }

    /** Where each part's metrics are, and how to follow one request through the parts' logs (docs/architecture.md, "Observability"). */
    private static void printTelemetry(ServiceProcess... parts) {
        System.out.println();
        System.out.println("Metrics (Prometheus text, no sign-in; a cluster never routes /q/ from outside):");
        for (ServiceProcess part : parts) {
            System.out.printf("  %-24s %s/q/metrics%n", part.name(), part.url());
        }
        System.out.println("Every request line in a part's log (" + parts[0].log().getParent() + "/<part>.log) ends with trace=<32 hex>,");
        System.out.println("  the same id in every part one request passes through: grep -h trace=<id> " + parts[0].log().getParent() + "/*.log");
        String endpoint = System.getenv("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT");
        System.out.println(endpoint == null || endpoint.isBlank()
                ? "  Spans are not exported: set QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT (an OTLP/HTTP collector, e.g. http://127.0.0.1:4318) before local/run."
                : "  Spans are exported to " + endpoint + " (QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT).");
    }

    private static Map<String, String> with(Map<String, String> base, Map<String, String> more) {
        Map<String, String> all = new java.util.HashMap<>(base);
        all.putAll(more);
        return all;
    }

    private static void step(String part) {
        System.out.printf("  starting %-16s ... ", part);
        System.out.flush();
    }

    private static void done(String what) {
        System.out.println("ready: " + what);
    }

    private synchronized void stopAll() {
        if (started.isEmpty()) {
            return;
        }
        System.out.println();
        System.out.println("Stopping...");
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                System.err.println("  while stopping: " + e.getMessage());
            }
        }
    }
}
