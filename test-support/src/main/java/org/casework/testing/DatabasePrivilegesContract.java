package org.casework.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

/**
 * Least privilege in the database, checked through the service's own connection pool (docs/security.md,
 * "Database roles"). Each service runs it as a {@code @QuarkusTest} subclass: the role it connects with is
 * neither the owner nor a superuser, and PostgreSQL itself (not only the append-only triggers) refuses it
 * every change to an audit table other than INSERT, disabling a trigger, and DDL.
 */
public abstract class DatabasePrivilegesContract {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Inject
    DataSource dataSource;

    @Test
    void theServiceConnectsAsARoleThatIsNeitherTheOwnerNorASuperuser() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                        select current_user, r.rolsuper, r.rolcreaterole, r.rolcreatedb, r.rolbypassrls,
                               pg_get_userbyid(d.datdba), pg_get_userbyid(n.nspowner)
                        from pg_roles r, pg_database d, pg_namespace n
                        where r.rolname = current_user and d.datname = current_database() and n.nspname = current_schema()
                        """)) {
            assertTrue(rs.next());
            String user = rs.getString(1);
            assertFalse(rs.getBoolean(2), "superuser");
            assertFalse(rs.getBoolean(3), "createrole");
            assertFalse(rs.getBoolean(4), "createdb");
            assertFalse(rs.getBoolean(5), "bypassrls");
            assertNotEquals(user, rs.getString(6), "owns the database");
            assertNotEquals(user, rs.getString(7), "owns the schema");
            assertFalse(memberOf(c, rs.getString(7)), "is a member of the schema's owner");
        }
    }

    @Test
    void theServiceOwnsNoTableAndMayOnlyReadAndAppendToItsAuditTables() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            List<String> audit = auditTables(c);
            assertFalse(audit.isEmpty(), "the platform's audit tables are migrated");
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                    select c.relname,
                           pg_get_userbyid(c.relowner) = current_user,
                           has_table_privilege(c.oid, 'SELECT'), has_table_privilege(c.oid, 'INSERT'),
                           has_table_privilege(c.oid, 'UPDATE'), has_table_privilege(c.oid, 'DELETE'),
                           has_table_privilege(c.oid, 'TRUNCATE'), has_table_privilege(c.oid, 'TRIGGER'),
                           has_table_privilege(c.oid, 'REFERENCES')
                    from pg_class c
                    where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p')
                      and c.relname <> 'flyway_schema_history'
                    """)) {
                while (rs.next()) {
                    String table = rs.getString(1);
                    boolean isAudit = table.startsWith("audit_");
                    assertFalse(rs.getBoolean(2), table + " is owned by the service's role");
                    assertTrue(rs.getBoolean(3), table + ": SELECT");
                    assertTrue(rs.getBoolean(4), table + ": INSERT");
                    assertEquals(!isAudit, rs.getBoolean(5), table + ": UPDATE");
                    assertEquals(!isAudit, rs.getBoolean(6), table + ": DELETE");
                    assertFalse(rs.getBoolean(7), table + ": TRUNCATE");
                    assertFalse(rs.getBoolean(8), table + ": TRIGGER");
                    assertFalse(rs.getBoolean(9), table + ": REFERENCES");
                }
            }
        }
    }

    @Test
    void postgresqlRefusesTheServiceAnyUpdateDeleteOrTruncateOfAnAuditTable() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            for (String table : auditTables(c)) {
                String column = firstColumn(c, table);
                assertRefusedForLackOfPrivilege(c, "update " + table + " set " + column + " = " + column);
                assertRefusedForLackOfPrivilege(c, "delete from " + table);
                assertRefusedForLackOfPrivilege(c, "truncate " + table);
            }
        }
    }

    @Test
    void theServiceCannotDisableTheTriggersOrAlterAnAuditTable() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            for (String table : auditTables(c)) {
                assertRefusedForLackOfPrivilege(c, "alter table " + table + " disable trigger all");
                assertRefusedForLackOfPrivilege(c, "alter table " + table + " add column forged text");
                assertRefusedForLackOfPrivilege(c, "drop table " + table);
            }
        }
    }

    @Test
    void theServiceCannotCreateObjectsInItsSchema() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            assertRefusedForLackOfPrivilege(c, "create table shadow_audit (id bigint)");
            assertRefusedForLackOfPrivilege(c,
                    "create function shadow() returns trigger language plpgsql as $$ begin return null; end $$");
        }
    }

    /** Runs the statement in a transaction that is rolled back whatever happens, and expects SQLSTATE 42501. */
    private static void assertRefusedForLackOfPrivilege(Connection c, String sql) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            SQLException refused = assertThrows(SQLException.class, () -> s.execute(sql), sql);
            assertEquals(INSUFFICIENT_PRIVILEGE, refused.getSQLState(), sql + ": " + refused.getMessage());
            // the append-only triggers raise the same SQLSTATE: the refusal must come from the privileges
            assertTrue(refused.getMessage().contains("permission denied") || refused.getMessage().contains("must be owner"),
                    sql + ": " + refused.getMessage());
        } finally {
            c.rollback();
            c.setAutoCommit(autoCommit);
        }
    }

    private static List<String> auditTables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select relname from pg_class
                where relnamespace = current_schema()::regnamespace and relkind in ('r', 'p') and relname like 'audit\\_%'
                order by relname
                """)) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    /** A column an UPDATE may name at all (not an identity or generated one), so only the privilege can refuse it. */
    private static String firstColumn(Connection c, String table) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select attname from pg_attribute where attrelid = ?::regclass"
                + " and attnum > 0 and not attisdropped and attidentity = '' and attgenerated = '' order by attnum limit 1")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), table + " has a column");
                return rs.getString(1);
            }
        }
    }

    private static boolean memberOf(Connection c, String role) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select pg_has_role(current_user, ?, 'MEMBER')")) {
            s.setString(1, role);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }
}
