package org.casework.system;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Every table's row count in the three databases, large objects and each audit chain's head: what "nothing changed" means. */
final class DatabaseSnapshot {

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
                        tables.add(rs.getString(1));
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
                try (ResultSet rs = s.executeQuery("select last_seq || ' ' || coalesce(last_hash, '') from audit_chain_head")) {
                    rs.next();
                    state.put(database + ".audit chain head", rs.getString(1));
                }
            }
        }
        return state;
    }
}
