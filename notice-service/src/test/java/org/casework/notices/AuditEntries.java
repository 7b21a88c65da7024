package org.casework.notices;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasSize;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.casework.testing.AuditEvents;
import org.casework.testing.PostgresResource;

/** notice-service's audit trail as stored, for tests that check what an operation recorded. */
public final class AuditEntries {

    /** One entry: what was done to which resource, how it ended, and who did it (for whom). */
    public record Entry(String action, String resourceType, String resourceId, String outcome, String subject,
            String onBehalfOf) {
    }

    private AuditEntries() {
    }

    /** Every entry about a resource, oldest first. */
    public static List<Entry> about(Object resourceId) {
        return query("where resource_id = ?", resourceId.toString());
    }

    /** Entries with this action about this resource. */
    public static List<Entry> of(Object resourceId, String action) {
        return about(resourceId).stream().filter(e -> e.action().equals(action)).toList();
    }

    /** Asserts there is exactly one entry with this action about this resource, and answers it. */
    public static Entry exactlyOne(Object resourceId, String action) {
        List<Entry> entries = of(resourceId, action);
        assertThat(action + " of " + resourceId + " in " + about(resourceId), entries, hasSize(1));
        return entries.get(0);
    }

    /** The highest sequence number so far: entries after it were written by what a test did next. */
    public static long lastSeq() {
        AuditEvents.awaitLinked();
        try (Connection c = PostgresResource.connect();
                PreparedStatement s = c.prepareStatement("select coalesce(max(seq), 0) from audit_link");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Entries written after {@code seq}, oldest first. */
    public static List<Entry> after(long seq) {
        AuditEvents.awaitLinked();
        return query("where seq > ?", seq);
    }

    private static List<Entry> query(String where, Object param) {
        List<Entry> entries = new ArrayList<>();
        try (Connection c = PostgresResource.connect();
                PreparedStatement s = c.prepareStatement("select action, resource_type, resource_id, outcome, subject, "
                        + "on_behalf_of from audit_event " + where + " order by entry_id")) {
            if (param != null) {
                s.setObject(1, param);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    entries.add(new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
