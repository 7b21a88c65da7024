package org.casework.cases.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.casework.audit.proof.DetailsHash;
import org.casework.platform.audit.AuditKeys;
import org.casework.platform.audit.AuditSequencer;
import org.casework.platform.audit.CanonicalDetails;
import org.casework.platform.audit.CheckpointSigner;
import org.casework.platform.audit.CheckpointWriter;
import org.casework.testing.PostgresResource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The migration to the transparency log (V20261204.10) on a database that already holds a chain: every old
 * entry is copied in seq order, its details hashed in SQL exactly as the Java code hashes them, and the
 * sequencer links them in their old order.
 */
class AuditMigrationTest {

    private static final String[] DETAILS = { "{}", "{\"reference\":\"C-2026-000001\"}",
            "{\"z\":\"last\",\"a\":\"first\",\"changed\":\"summary,title\"}",
            "{\"quote\":\"say \\\"no\\\"\",\"slash\":\"a\\\\b\",\"line\":\"one\\ntwo\\ttab\",\"accent\":\"Zoë – £5\"}" };

    @Test
    void theOldChainIsCopiedInOrderWithDetailsHashesTheJavaCodeAgreesWith() throws SQLException {
        String database = "audit_migration_" + System.nanoTime();
        String url;
        try (Connection admin = PostgresResource.connect(); Statement s = admin.createStatement()) {
            url = admin.getMetaData().getURL().replaceAll("/[^/?]+(\\?.*)?$", "/" + database);
            s.execute("create database " + database);
        }
        String user = System.getenv().getOrDefault("CASEWORK_TEST_DB_USER", "postgres");
        String password = System.getenv("CASEWORK_TEST_DB_URL") == null ? "postgres"
                : System.getenv().getOrDefault("CASEWORK_TEST_DB_PASSWORD", "");
        // one user migrates and reads here: the grants callback grants nothing when the application role is the owner
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/platform")
                .placeholders(Map.of("casework_app_role", user)).target("20261129.2")
                .load().migrate();
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            for (int i = 0; i < DETAILS.length; i++) {
                try (PreparedStatement s = c.prepareStatement("insert into audit_event values (?, now(), ?, null, "
                        + "'casework-web', 'caseworker', '2', 'case.read', 'case', ?, 'SUCCESS', ?::jsonb, "
                        + "repeat('0', 64), repeat(?, 64))")) {
                    s.setLong(1, i + 1);
                    s.setString(2, "caseworker-" + (i + 1));
                    s.setString(3, "c-" + (i + 1));
                    s.setString(4, DETAILS[i]);
                    s.setString(5, Integer.toHexString(i + 1));
                    s.executeUpdate();
                }
            }
        }
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/platform")
                .placeholders(Map.of("casework_app_role", user)).load().migrate();

        try (Connection c = DriverManager.getConnection(url, user, password)) {
            List<String> subjects = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select subject, details::text, details_salt, details_hash "
                            + "from audit_entry order by id")) {
                while (rs.next()) {
                    subjects.add(rs.getString(1));
                    assertEquals(DetailsHash.of(rs.getString(3), CanonicalDetails.of(rs.getString(2))), rs.getString(4),
                            "details hash of " + rs.getString(2));
                }
            }
            assertEquals(List.of("caseworker-1", "caseworker-2", "caseworker-3", "caseworker-4"), subjects);
        }
        AuditSequencer sequencer = new AuditSequencer(() -> DriverManager.getConnection(url, user, password), 1,
                Clock.systemUTC(), 100, new CheckpointWriter(new CheckpointSigner("case-service",
                        AuditKeys.developmentKey()), Duration.ZERO, 1));
        try {
            assertEquals(4, sequencer.tick().linked());
        } finally {
            sequencer.close();
        }
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select string_agg(subject, ',' order by seq) from audit_event")) {
            rs.next();
            assertEquals("caseworker-1,caseworker-2,caseworker-3,caseworker-4", rs.getString(1));
        }
    }
}
