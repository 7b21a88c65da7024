package org.casework.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

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

    /**
     * The JDBC URL of the named database, created on first use with its two roles (docs/security.md,
     * "Database roles"): {@code <name>_owner} owns it and runs the migrations, {@code <name>_app} is the one
     * the service connects with. A database from an earlier run, owned by the superuser, is handed over to
     * the owner role with everything in its schema (and its large objects to the application role, which
     * creates and reads them).
     */
    public String database(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(serverUrl + "postgres", user, password);
                Statement s = c.createStatement()) {
            createRole(s, owner(name));
            createRole(s, app(name));
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                if (!rs.next()) {
                    s.execute("create database " + name + " owner " + owner(name));
                    return serverUrl + name;
                }
            }
            s.execute("alter database " + name + " owner to " + owner(name));
        }
        try (Connection c = DriverManager.getConnection(serverUrl + name, user, password);
                Statement s = c.createStatement()) {
            s.execute("alter schema public owner to " + owner(name));
            s.execute("""
                    do $$ declare o record; begin
                      for o in select c.relname from pg_class c
                               where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p', 'v', 'm')
                                 and pg_get_userbyid(c.relowner) <> '%1$s'
                      loop execute format('alter table %%I owner to %%I', o.relname, '%1$s'); end loop;
                      for o in select p.oid::regprocedure as f from pg_proc p
                               where p.pronamespace = 'public'::regnamespace and pg_get_userbyid(p.proowner) <> '%1$s'
                      loop execute format('alter routine %%s owner to %%I', o.f, '%1$s'); end loop;
                      for o in select m.oid from pg_largeobject_metadata m where pg_get_userbyid(m.lomowner) <> '%2$s'
                      loop execute format('alter large object %%s owner to %%I', o.oid, '%2$s'); end loop;
                    end $$""".formatted(owner(name), app(name)));
        }
        return serverUrl + name;
    }

    /**
     * The environment a service reads for its database: {@code <prefix>_DB_URL}, the application role in
     * {@code <prefix>_DB_USER}/{@code _PASSWORD}, the owner (for Flyway only) in {@code <prefix>_DB_OWNER_USER}/{@code _PASSWORD}.
     */
    public Map<String, String> environment(String prefix, String name) throws SQLException {
        return Map.of(prefix + "_DB_URL", database(name),
                prefix + "_DB_USER", app(name), prefix + "_DB_PASSWORD", passwordOf(app(name)),
                prefix + "_DB_OWNER_USER", owner(name), prefix + "_DB_OWNER_PASSWORD", passwordOf(owner(name)));
    }

    /** A connection to the named database as the server's superuser, which sees (and may do) everything. */
    public Connection connectAsAdmin(String name) throws SQLException {
        return DriverManager.getConnection(serverUrl + name, user, password);
    }

    public static String owner(String name) {
        return name + "_owner";
    }

    public static String app(String name) {
        return name + "_app";
    }

    // A development server on the loopback: each role's password is its name, like the superuser's.
    private static String passwordOf(String role) {
        return role;
    }

    private static void createRole(Statement s, String role) throws SQLException {
        s.execute("do $$ begin if not exists (select 1 from pg_roles where rolname = '" + role + "') then create role "
                + role + " login nosuperuser nocreatedb nocreaterole password '" + passwordOf(role) + "'; end if; end $$");
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
