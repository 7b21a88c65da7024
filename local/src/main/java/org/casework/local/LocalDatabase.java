package org.casework.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The suite's PostgreSQL: a real server started from the binaries on Maven Central, its data kept
 * under local/.data so a second run finds the first run's cases; or an existing server when
 * CASEWORK_DB_URL (a JDBC URL of any database on it) is given.
 */
public final class LocalDatabase implements AutoCloseable {

    private final EmbeddedPostgres embedded;
    private final String serverUrl;
    private final String user;
    private final String password;

    private LocalDatabase(EmbeddedPostgres embedded, String serverUrl, String user, String password) {
        this.embedded = embedded;
        this.serverUrl = serverUrl;
        this.user = user;
        this.password = password;
    }

    public static LocalDatabase start(Path dataDirectory, int port) throws IOException {
        String external = System.getenv("CASEWORK_DB_URL");
        if (external != null && !external.isBlank()) {
            return new LocalDatabase(null, external.replaceAll("/[^/?]*(\\?.*)?$", "/"),
                    System.getenv().getOrDefault("CASEWORK_DB_USER", "postgres"),
                    System.getenv().getOrDefault("CASEWORK_DB_PASSWORD", ""));
        }
        Files.createDirectories(dataDirectory);
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
        return new LocalDatabase(pg, "jdbc:postgresql://127.0.0.1:" + port + "/", "postgres", "postgres");
    }

    /** The JDBC URL of the named database, created on first use. */
    public String database(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(serverUrl + "postgres", user, password);
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                if (!rs.next()) {
                    s.execute("create database " + name);
                }
            }
        }
        return serverUrl + name;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public String describe() {
        return embedded != null ? "embedded PostgreSQL on " + serverUrl.replace("jdbc:", "") : "PostgreSQL at " + serverUrl;
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
