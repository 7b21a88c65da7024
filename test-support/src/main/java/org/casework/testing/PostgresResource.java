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
 * A real PostgreSQL for the tests, with the two roles every service database has in production
 * (docs/security.md, "Database roles"): {@value #OWNER}, which owns the test database and its schema
 * and runs the Flyway migrations, and {@value #APP}, the role the service connects with, which holds
 * only the privileges db/platform/afterMigrate.sql grants it. Neither is a superuser.
 *
 * <p>By default the tests start a server themselves from the binaries on Maven Central (no Docker, no
 * installed server). Set {@code CASEWORK_TEST_DB_URL} (and optionally {@code CASEWORK_TEST_DB_USER},
 * {@code CASEWORK_TEST_DB_PASSWORD}, a superuser: the roles are created with it) to use an existing server
 * instead; the tests clean that database, so never point it at one that matters.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    /** The role that owns the test database and migrates it. */
    public static final String OWNER = "casework_owner";
    /** The role the service under test connects with. */
    public static final String APP = "casework_app";

    private static final String DATABASE = "casework_test";
    private static EmbeddedPostgres embedded;
    private static String url;
    private static String adminUser;
    private static String adminPassword;

    @Override
    public Map<String, String> start() {
        ensureStarted();
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", APP,
                "quarkus.datasource.password", APP,
                "quarkus.flyway.username", OWNER,
                "quarkus.flyway.password", OWNER);
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
        try {
            String adminUrl;
            if (external != null && !external.isBlank()) {
                adminUser = System.getenv().getOrDefault("CASEWORK_TEST_DB_USER", "postgres");
                adminPassword = System.getenv().getOrDefault("CASEWORK_TEST_DB_PASSWORD", "");
                adminUrl = external;
            } else {
                embedded = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(PostgresResource::close));
                adminUser = "postgres";
                adminPassword = "postgres";
                adminUrl = embedded.getJdbcUrl(adminUser, "postgres").replaceAll("\\?.*$", "");
            }
            String serverUrl = adminUrl.replaceAll("/[^/?]*(\\?.*)?$", "/");
            try (Connection c = DriverManager.getConnection(adminUrl, adminUser, adminPassword);
                    Statement s = c.createStatement()) {
                createRole(s, OWNER);
                createRole(s, APP);
                if (embedded != null) {
                    s.execute("create database " + DATABASE + " owner " + OWNER);
                }
            }
            url = embedded != null ? serverUrl + DATABASE : external;
            if (embedded == null) {
                // an existing database: hand it and its public schema to the owner role
                try (Connection c = DriverManager.getConnection(url, adminUser, adminPassword);
                        Statement s = c.createStatement()) {
                    s.execute("alter database " + c.getCatalog() + " owner to " + OWNER);
                    s.execute("alter schema public owner to " + OWNER);
                }
            }
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("could not start the embedded PostgreSQL", e);
        }
    }

    private static void createRole(Statement s, String role) throws SQLException {
        // the password is the role's name: a throw-away server that listens on the loopback only
        s.execute("do $$ begin if not exists (select 1 from pg_roles where rolname = '" + role + "') then "
                + "create role " + role + " login nosuperuser nocreatedb nocreaterole password '" + role + "'; end if; end $$");
    }

    /**
     * A new connection to the test database as the server's superuser (the database administrator), for
     * checks that read or tamper with rows behind the service's back: it can do what neither role may.
     */
    public static Connection connect() throws SQLException {
        ensureStarted();
        return DriverManager.getConnection(url, adminUser, adminPassword);
    }

    /** A new connection as the owner role, which migrated the schema (and so may alter its tables). */
    public static Connection connectAsOwner() throws SQLException {
        ensureStarted();
        return DriverManager.getConnection(url, OWNER, OWNER);
    }

    /** A new connection as the application role, the one the service connects with. */
    public static Connection connectAsApp() throws SQLException {
        ensureStarted();
        return DriverManager.getConnection(url, APP, APP);
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
