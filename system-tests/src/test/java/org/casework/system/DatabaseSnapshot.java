package org.casework.system;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every table's row count in the three databases, large objects and each audit log's last entry: what "nothing
 * changed" means. The audit sequencer's own tables (links, Merkle nodes, checkpoints) are left out: it fills them
 * from entries already written, on its own schedule, whatever the requests do. So is the audit witness's work
 * (its observations and the {@code audit.checkpoint.*} entries it appends): it records the other services'
 * checkpoints every few seconds ({@link Suite#WITNESS_INTERVAL}), whatever the requests do. And so are the rate
 * limiter's counters ({@code rate_limit_windows}): every request counts, refused ones too, and each replica writes its
 * counts a moment later, on its own schedule (platform {@code RateCountSync}).
 */
final class DatabaseSnapshot {

    private static final java.util.Set<String> SEQUENCER_TABLES = java.util.Set.of("audit_link", "audit_merkle_node",
            "audit_checkpoint", "audit_witness_observation", "rate_limit_windows",
            // counted below as its last entry a request made, without the witness's
            "audit_entry");

    private DatabaseSnapshot() {
    }

    static Map<String, String> of(Suite suite) throws Exception {
        Map<String, String> state = new TreeMap<>();
        for (String database : List.of("cases", "notices", "representations")) {
            try (Connection c = suite.database(database); Statement s = c.createStatement()) {
                List<String> tables = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("select table_name from information_schema.tables "
                        + "where table_schema = 'public' and table_type = 'BASE TABLE'")) {
                    while (rs.next()) {
                        if (!SEQUENCER_TABLES.contains(rs.getString(1))) {
                            tables.add(rs.getString(1));
                        }
                    }
                }
                for (String table : tables) {
                    try (ResultSet rs = s.executeQuery("select count(*) from \"" + table + "\"")) {
                        rs.next();
                        state.put(database + "." + table, rs.getString(1));
                    }
                }
                try (ResultSet rs = s.executeQuery("select count(*) from pg_largeobject_metadata")) {
                    rs.next();
                    state.put(database + ".large objects", rs.getString(1));
                }
                try (ResultSet rs = s.executeQuery("select coalesce(max(id), 0)::text from audit_entry "
                        + "where action not like 'audit.checkpoint.%'")) {
                    rs.next();
                    state.put(database + ".last audit entry", rs.getString(1));
                }
            }
        }
        return state;
    }
}
