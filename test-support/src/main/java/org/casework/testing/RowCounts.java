package org.casework.testing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The number of rows in each of a service's tables at one moment, to prove a refused request
 * changed nothing (the audit table included).
 */
public record RowCounts(Map<String, Long> counts) {

    public static RowCounts of(String... tables) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables) {
            counts.put(table, Sql.count(table));
        }
        return new RowCounts(counts);
    }

    public RowCounts again() {
        return of(counts.keySet().toArray(String[]::new));
    }
}
