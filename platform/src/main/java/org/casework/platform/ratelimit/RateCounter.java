package org.casework.platform.ratelimit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The count of every replica together, per bucket, in fixed windows, in the service's database: each replica adds
 * what it counted since its last synchronisation ({@link RateCountSync}) to the bucket's row and reads back the total.
 * One autocommit statement for all of a replica's buckets, outside any request, so no request waits on it; rows are
 * written in key order, so two replicas' statements cannot deadlock on each other.
 */
@ApplicationScoped
public class RateCounter {

    /** A bucket's requests counted by one replica since its last synchronisation, in the window starting then. */
    public record Delta(String bucket, Instant windowStart, int count) {
    }

    /** A bucket's count across replicas after adding a delta, and the window it counts in. */
    public record Total(String bucket, Instant windowStart, int used) {
    }

    /*
     * A window already past on this replica's clock but current on another's counts into the newer window (greatest),
     * so a replica whose clock lags cannot reset a caller's count.
     */
    private static final String ADD = """
            insert into rate_limit_windows as w (bucket, window_start, used)
            select d.bucket, d.window_start, d.used
              from unnest(?::text[], ?::timestamptz[], ?::integer[]) as d(bucket, window_start, used)
             order by d.bucket
            on conflict (bucket) do update set
                used = case when excluded.window_start <= w.window_start then w.used + excluded.used else excluded.used end,
                window_start = greatest(w.window_start, excluded.window_start)
            returning bucket, window_start, used
            """;

    private final DataSource dataSource;

    public RateCounter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Adds each delta (one per bucket, counts above zero) to its bucket and answers the totals, in no set order. */
    public List<Total> add(List<Delta> deltas) throws SQLException {
        if (deltas.isEmpty()) {
            return List.of();
        }
        String[] buckets = new String[deltas.size()];
        Timestamp[] starts = new Timestamp[deltas.size()];
        Integer[] counts = new Integer[deltas.size()];
        for (int i = 0; i < deltas.size(); i++) {
            buckets[i] = deltas.get(i).bucket();
            starts[i] = Timestamp.from(deltas.get(i).windowStart());
            counts[i] = deltas.get(i).count();
        }
        try (Connection connection = dataSource.getConnection(); PreparedStatement add = connection.prepareStatement(ADD)) {
            add.setArray(1, connection.createArrayOf("text", buckets));
            add.setArray(2, connection.createArrayOf("timestamptz", starts));
            add.setArray(3, connection.createArrayOf("integer", counts));
            List<Total> totals = new ArrayList<>(deltas.size());
            try (ResultSet row = add.executeQuery()) {
                while (row.next()) {
                    totals.add(new Total(row.getString(1), row.getTimestamp(2).toInstant(), row.getInt(3)));
                }
            }
            return totals;
        }
    }

    /** Forgets buckets whose window ended before {@code before}; answers how many. */
    public int forgetWindowsBefore(Instant before) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("delete from rate_limit_windows where window_start < ?")) {
            delete.setTimestamp(1, Timestamp.from(before));
            return delete.executeUpdate();
        }
    }
}
