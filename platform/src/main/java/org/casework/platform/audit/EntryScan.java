package org.casework.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * One scan of the sequencer: the unlinked entries at or above the floor (during a run, after the cursor), in id
 * order, up to the batch limit, with the xmin of the statement's snapshot (the watermark). One statement,
 * so one snapshot; why that is enough is in {@link AuditSequencer}'s class comment.
 *
 * <p>Two statements. From the floor, PostgreSQL picks the plan for how many entries are at or above it (few in
 * steady state, through the {@code txid} index). After the cursor, the plan must not depend on estimates: the
 * scan walks the primary key from the cursor and looks each entry's link up by {@code entry_id}, so it reads
 * about a batch of entries and makes a batch of lookups whatever the tables hold or the statistics say.
 * {@code offset 0} keeps the {@code not exists} a lookup per entry; as an anti-join, planned from estimates, it
 * was seen reading the links below the cursor on every scan (390,000 link rows to catch up 20,000 entries in
 * batches of 500), and with no statistics every entry above the floor. The cursor scan leaves out
 * {@code txid >= floor}: entries below the floor are linked, so it changes no answer, and without it no other
 * index competes with the primary key.
 */
record EntryScan(List<StoredEntry> entries, String watermark) {

    private static final String FROM_FLOOR = sql("e.txid >= cast(? as xid8)", "");
    private static final String AFTER_CURSOR = sql("e.id > ?", " offset 0");

    private static String sql(String from, String fence) {
        return "with w as (select pg_snapshot_xmin(pg_current_snapshot())::text as x) "
                + "select w.x, " + StoredEntry.COLUMNS + " from w left join lateral (select * from audit_entry e "
                + "where " + from + " and not exists (select 1 from audit_link l where l.entry_id = e.id" + fence
                + ") order by e.id limit ?) e on true";
    }

    static EntryScan run(Connection c, ScanPosition at, int limit) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(at.cursor() == null ? FROM_FLOOR : AFTER_CURSOR)) {
            if (at.cursor() == null) {
                s.setString(1, at.floor());
            } else {
                s.setLong(1, at.cursor());
            }
            s.setInt(2, limit);
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
