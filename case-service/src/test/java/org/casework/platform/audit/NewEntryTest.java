package org.casework.platform.audit;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.casework.audit.proof.CanonicalJson;
import org.casework.audit.proof.DetailsHash;
import org.casework.testing.PostgresResource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Entries written many in one statement ({@link NewEntry#insertAll}, as {@link ReadEntryWriter} writes reads) are
 * stored exactly as written one by one: every column, any text, the time to the microsecond, in the order given.
 * Runs in case-service for its database (the platform has none); as the application role, as in production.
 */
@QuarkusTest
class NewEntryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String[] AWKWARD = { "plain", "with \"quotes\" and \\backslashes\\", "{braces},commas",
            "NULL", "", " spaced ", "ünïcødé – ✓", "line\nbreak\ttab", "'single'" };

    @Test
    void entriesWrittenTogetherAreStoredExactlyAsWrittenAndInTheirOrder() throws Exception {
        String resource = UUID.randomUUID().toString();
        List<NewEntry> entries = new ArrayList<>();
        Instant at = Instant.parse("2026-03-29T00:59:59.123456Z"); // the hour before British Summer Time begins
        for (int i = 0; i < AWKWARD.length; i++) {
            String text = AWKWARD[i];
            entries.add(entry(at.plusNanos(i * 1_000L), "subject " + text, i % 2 == 0 ? null : text,
                    "read " + i, resource, Map.of("text", text)));
        }
        try (Connection app = PostgresResource.connectAsApp()) {
            NewEntry.insertAll(app, entries);
        }
        List<Object[]> stored = stored(resource);
        assertThat(stored.size(), equalTo(entries.size()));
        for (int i = 0; i < entries.size(); i++) {
            NewEntry written = entries.get(i);
            Object[] row = stored.get(i);
            assertThat(row[0], equalTo(written.record().occurredAt()));
            assertThat(row[1], equalTo(written.record().subject()));
            assertThat(row[2], written.record().onBehalfOf() == null ? nullValue() : equalTo(written.record().onBehalfOf()));
            assertThat(row[3], equalTo(written.record().action()));
            String details = CanonicalJson.write(JSON.readValue((String) row[4], Map.class));
            assertThat(details, equalTo(written.json()));
            assertThat(row[5], equalTo(written.salt()));
            assertThat(row[6], equalTo(written.hash()));
            assertThat("the details as stored hash to the stored hash", DetailsHash.of((String) row[5], details),
                    equalTo(row[6]));
        }
    }

    @Test
    void allEntriesWrittenTogetherShareOneTransaction() throws SQLException {
        String resource = UUID.randomUUID().toString();
        Instant at = Instant.parse("2026-12-06T12:00:00Z");
        try (Connection app = PostgresResource.connectAsApp()) {
            NewEntry.insertAll(app, List.of(entry(at, "a", null, "read", resource, Map.of()),
                    entry(at, "b", null, "read", resource, Map.of()), entry(at, "c", null, "read", resource, Map.of())));
        }
        assertThat(org.casework.testing.Sql.queryLong(
                "select count(distinct txid) from audit_entry where resource_id = ?", resource), equalTo(1L));
    }

    private static NewEntry entry(Instant at, String subject, String onBehalfOf, String action, String resource,
            Map<String, String> details) {
        AuditRecord record = new AuditRecord(0, at, subject, onBehalfOf, "client", "CASEWORKER", "2", action, "case",
                resource, AuditTrail.OUTCOME_SUCCESS, details);
        String json = CanonicalJson.write(record.details());
        String salt = DetailsHash.newSalt();
        return new NewEntry(record, json, salt, DetailsHash.of(salt, json));
    }

    private static List<Object[]> stored(String resource) throws SQLException {
        // details come back in jsonb's own spelling, and are read again into their canonical one
        try (Connection c = PostgresResource.connect(); PreparedStatement s = c.prepareStatement(
                "select occurred_at, subject, on_behalf_of, action, details, details_salt, details_hash "
                        + "from audit_entry where resource_id = ? order by id")) {
            s.setString(1, resource);
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[] { rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7) });
                }
            }
            return rows;
        }
    }
}
