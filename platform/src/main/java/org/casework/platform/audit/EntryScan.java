package org.casework.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * One scan of the sequencer: the unlinked entries at or above the floor (and after the cursor, during a run),
 * in id order, up to the batch limit, with the xmin of the statement's snapshot (the watermark). One statement,
 * so one snapshot; why that is enough is in {@link AuditSequencer}'s class comment.
 *
 * <p>Two statements rather than one with {@code (? is null or e.id > ?)}: the planner cannot use an index for
 * an OR on a parameter. With the cursor the plan walks the primary key from the cursor on, so a scan during a
 * run reads about a batch of rows; without it, the {@code txid} index from the floor, as in steady state.
 */
record EntryScan(List<StoredEntry> entries, String watermark) {

    private static final String FROM_FLOOR = sql("");
    private static final String AFTER_CURSOR = sql("and e.id > ? ");

    private static String sql(String cursorCondition) {
        return "with w as (select pg_snapshot_xmin(pg_current_snapshot())::text as x) "
                + "select w.x, " + StoredEntry.COLUMNS + " from w left join lateral (select * from audit_entry e "
                + "where e.txid >= cast(? as xid8) " + cursorCondition
                + "and not exists (select 1 from audit_link l where l.entry_id = e.id) "
                + "order by e.id limit ?) e on true";
    }

    static EntryScan run(Connection c, ScanPosition at, int limit) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(at.cursor() == null ? FROM_FLOOR : AFTER_CURSOR)) {
            int p = 1;
            s.setString(p++, at.floor());
            if (at.cursor() != null) {
                s.setLong(p++, at.cursor());
            }
            s.setInt(p, limit);
            List<StoredEntry> entries = new ArrayList<>();
            String watermark = null;
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    watermark = rs.getString(1);
                    if (rs.getObject(2) != null) {
                        entries.add(StoredEntry.read(rs, 2));
                    }
                }
            }
            return new EntryScan(entries, watermark);
        }
    }

    /** The largest id found (entries come in id order), or 0 when none. */
    long lastId() {
        return entries.isEmpty() ? 0 : entries.get(entries.size() - 1).id();
    }
}
