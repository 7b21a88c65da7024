package org.casework.testing;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The number of rows in each of a service's tables at one moment, to prove a refused request
 * changed nothing (the audit table included).
 */
public record RowCounts(Map<String, Long> counts) {

    /** Every table counted in one statement, so all counts come from one snapshot. */
    public static RowCounts of(String... tables) {
        String sql = "select " + String.join(", ", Arrays.stream(tables)
                .map(t -> "(select count(*) from " + t + ")").toList());
        List<Long> values = Sql.queryLongs(sql);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < tables.length; i++) {
            counts.put(tables[i], values.get(i));
        }
        return new RowCounts(counts);
    }

    public RowCounts again() {
        return of(counts.keySet().toArray(String[]::new));
    }
}
