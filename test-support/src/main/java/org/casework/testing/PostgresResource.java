package org.casework.testing;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL for the tests. By default the tests start one themselves from the binaries on
 * Maven Central (no Docker, no installed server). Set {@code CASEWORK_TEST_DB_URL} (and optionally
 * {@code CASEWORK_TEST_DB_USER}, {@code CASEWORK_TEST_DB_PASSWORD}) to use an existing server instead;
 * the tests clean that database, so never point it at one that matters.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private static final String DATABASE = "casework_test";
    private static EmbeddedPostgres embedded;
    private static String url;
    private static String user;
    private static String password;

    @Override
    public Map<String, String> start() {
        ensureStarted();
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", password);
    }

    @Override
    public void stop() {
        // The server lives as long as the test JVM: later test classes reuse it.
    }

    public static synchronized void ensureStarted() {
        if (url != null) {
            return;
        }
        String external = System.getenv("CASEWORK_TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            url = external;
            user = System.getenv().getOrDefault("CASEWORK_TEST_DB_USER", "postgres");
            password = System.getenv().getOrDefault("CASEWORK_TEST_DB_PASSWORD", "");
            return;
        }
        try {
            embedded = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(PostgresResource::close));
            user = "postgres";
            password = "postgres";
            try (Connection c = DriverManager.getConnection(embedded.getJdbcUrl("postgres", "postgres"));
                    Statement s = c.createStatement()) {
                s.execute("create database " + DATABASE);
            }
            url = embedded.getJdbcUrl(user, DATABASE).replaceAll("\\?.*$", "");
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("could not start the embedded PostgreSQL", e);
        }
    }

    /** A new superuser connection to the test database, for checks that bypass the service. */
    public static Connection connect() throws SQLException {
        ensureStarted();
        return DriverManager.getConnection(url, user, password);
    }

    private static void close() {
        try {
            if (embedded != null) {
                embedded.close();
            }
        } catch (IOException e) {
            // the JVM is exiting; nothing else to do
        }
    }
}
