package org.casework.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.casework.platform.events.OutboxRow;

/** The outbox of the test database, read behind the service's back: what a change recorded. */
public final class OutboxRows {

    private OutboxRows() {
    }

    /** Every event of this aggregate, in its order. */
    public static List<OutboxRow> of(String aggregateType, String aggregateId) {
        return query("where aggregate_type = ? and aggregate_id = ? order by aggregate_seq", aggregateType, aggregateId);
    }

    /** Every event of the outbox, in the order written. */
    public static List<OutboxRow> all() {
        return query("order by id");
    }

    /** The events not yet published. */
    public static List<OutboxRow> unpublished() {
        return query("where published_at is null order by id");
    }

    private static List<OutboxRow> query(String where, Object... parameters) {
        try (Connection c = PostgresResource.connect();
                PreparedStatement s = c.prepareStatement("select id, event_id, aggregate_type, aggregate_id, "
                        + "aggregate_seq, type, occurred_at, data::text, traceparent from outbox_event " + where)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            List<OutboxRow> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new OutboxRow(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
                            rs.getString(4), rs.getLong(5), rs.getString(6), rs.getTimestamp(7).toInstant(),
                            rs.getString(8), rs.getString(9)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
