package org.casework.platform.ratelimit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Counts requests per bucket in fixed windows, in the service's database, so the count is exact across replicas:
 * every replica's request increments the same row. One autocommit statement, outside the request's transaction, so
 * a bucket's row is locked for that statement only and one caller's requests never wait on each other's work; no
 * row is shared by all callers.
 */
@ApplicationScoped
public class RateCounter {

    /*
     * A window already past on this replica's clock but current on another's counts into the newer window (greatest),
     * so a replica whose clock lags cannot reset a caller's count.
     */
    private static final String TAKE = """
            insert into rate_limit_windows as w (bucket, window_start, used) values (?, ?, 1)
            on conflict (bucket) do update set
                used = case when excluded.window_start <= w.window_start then w.used + 1 else 1 end,
                window_start = greatest(w.window_start, excluded.window_start)
            returning used, window_start
            """;

    private final DataSource dataSource;
    private final Clock clock;

    public RateCounter(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Counts one request against {@code bucket} in the current window of length {@code window}. */
    public Allowance take(Bucket bucket, Duration window) throws SQLException {
        Instant now = clock.instant();
        long windowMillis = window.toMillis();
        Instant start = Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), windowMillis) * windowMillis);
        try (Connection connection = dataSource.getConnection(); PreparedStatement take = connection.prepareStatement(TAKE)) {
            take.setString(1, bucket.key());
            take.setTimestamp(2, Timestamp.from(start));
            try (ResultSet row = take.executeQuery()) {
                row.next();
                Instant windowStart = row.getTimestamp(2).toInstant();
                long reset = Math.max(1, Duration.between(now, windowStart.plus(window)).toSeconds());
                return new Allowance(bucket, row.getInt(1), reset, window.toSeconds());
            }
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
