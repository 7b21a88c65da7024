package org.casework.platform.lease;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Who among a service's replicas does a job that must have one doer (the audit sequencer, the outbox relay): the
 * one holding a session-level PostgreSQL advisory lock on a connection of its own. Others ask again on their next
 * tick. The lock lives as long as the session, so when the holder's process or connection dies, PostgreSQL releases
 * it and another replica takes over; nothing needs a timeout or a heartbeat.
 *
 * Not thread-safe: one job's loop owns it.
 */
public final class LeaderLease implements AutoCloseable {

    /** Opens a new connection to the service's database (not from the pool: the lease is held on it). */
    @FunctionalInterface
    public interface Connector {
        Connection connect() throws SQLException;
    }

    /** Prepares a newly opened session before the lock is asked for (settings the job's statements need). */
    @FunctionalInterface
    public interface SessionSetup {
        void prepare(Connection session) throws SQLException;

        SessionSetup NONE = session -> {
        };
    }

    private final Connector connector;
    private final long key;
    private final SessionSetup setup;
    private Connection connection;
    private boolean held;

    public LeaderLease(Connector connector, long key, SessionSetup setup) {
        this.connector = connector;
        this.key = key;
        this.setup = setup;
    }

    /** Whether this replica holds the lease, taking it now if it is free. The session is left in autocommit. */
    public boolean tryHold() throws SQLException {
        if (held) {
            return true;
        }
        if (connection == null || connection.isClosed()) {
            connection = connector.connect();
            connection.setAutoCommit(true);
            setup.prepare(connection);
        }
        try (PreparedStatement s = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            s.setLong(1, key);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                held = rs.getBoolean(1);
            }
        }
        return held;
    }

    public boolean held() {
        return held;
    }

    /** The session the lease is held on; the job's statements run on it. */
    public Connection session() {
        if (!held) {
            throw new IllegalStateException("the lease is not held");
        }
        return connection;
    }

    /** Lets go of the lease: closing the connection ends the session, which releases the lock. */
    @Override
    public void close() {
        held = false;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // the connection is already gone, and the lease with it
            }
            connection = null;
        }
    }
}
