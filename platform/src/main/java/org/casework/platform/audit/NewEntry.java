package org.casework.platform.audit;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.function.Function;

/**
 * One audit entry as a request appends it, before the sequencer links it: its record, the details' canonical JSON,
 * their salt and salted hash. Written on its own ({@link #insert}) or with others in one statement
 * ({@link #insertAll}).
 */
record NewEntry(AuditRecord record, String json, String salt, String hash) {

    private static final String COLUMNS = "occurred_at, subject, on_behalf_of, client_id, roles, acr, action, "
            + "resource_type, resource_id, outcome, details, details_salt, details_hash";

    private static final String INSERT = "insert into audit_entry (" + COLUMNS + ") "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)";

    /*
     * Any number of entries in one statement of one fixed text (so PostgreSQL prepares it once): one array per column,
     * unnested in step. The time travels as ISO-8601 text in UTC, which PostgreSQL reads exactly; a JDBC timestamp
     * array would be written in the JVM's own time zone.
     */
    private static final String INSERT_ALL = "insert into audit_entry (" + COLUMNS + ") "
            + "select cast(o as timestamptz), s, b, c, r, a, act, rt, ri, oc, cast(d as jsonb), ds, dh from unnest("
            + "cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), "
            + "cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), "
            + "cast(? as text[]), cast(? as text[]), cast(? as text[])) as t(o, s, b, c, r, a, act, rt, ri, oc, d, ds, dh)";

    /** The columns in the order of both statements, each read from an entry as text. */
    private static final List<Function<NewEntry, String>> TEXT = List.of(
            e -> e.record.occurredAt().toString(), e -> e.record.subject(), e -> e.record.onBehalfOf(),
            e -> e.record.clientId(), e -> e.record.roles(), e -> e.record.acr(), e -> e.record.action(),
            e -> e.record.resourceType(), e -> e.record.resourceId(), e -> e.record.outcome(), NewEntry::json,
            NewEntry::salt, NewEntry::hash);

    void insert(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setTimestamp(1, Timestamp.from(record.occurredAt()));
            for (int column = 1; column < TEXT.size(); column++) {
                insert.setString(column + 1, TEXT.get(column).apply(this));
            }
            insert.executeUpdate();
        }
    }

    /** All of them in one statement: in autocommit, one transaction and one commit for them all. */
    static void insertAll(Connection connection, List<NewEntry> entries) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_ALL)) {
            for (int column = 0; column < TEXT.size(); column++) {
                Function<NewEntry, String> value = TEXT.get(column);
                Array array = connection.createArrayOf("text", entries.stream().map(value).toArray(String[]::new));
                insert.setArray(column + 1, array);
            }
            insert.executeUpdate();
        }
    }
}
