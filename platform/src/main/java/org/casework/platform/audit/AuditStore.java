package org.casework.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads the audit log back (SELECT only): pages of linked entries, checkpoints, what is still pending.
 * Plain JDBC: these are read-only keyset scans with no entity state worth managing.
 */
@ApplicationScoped
public class AuditStore {

    /** Entries appended but not yet linked, and how old the oldest one is. */
    public record Pending(long count, Instant oldest) {
    }

    private final DataSource dataSource;
    private final String log;

    public AuditStore(DataSource dataSource, @ConfigProperty(name = "quarkus.application.name") String log) {
        this.dataSource = dataSource;
        this.log = log;
    }

    public String log() {
        return log;
    }

    public Connection connect() throws SQLException {
        return dataSource.getConnection();
    }

    public List<LinkedEntry> page(long afterSeq, int limit) {
        try (Connection c = connect()) {
            return page(c, afterSeq, Long.MAX_VALUE, limit);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the audit log", e);
        }
    }

    /** Linked entries with afterSeq &lt; seq ≤ toSeq, by seq, at most {@code limit}. */
    static List<LinkedEntry> page(Connection c, long afterSeq, long toSeq, int limit) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(LinkedEntry.SELECT + "where l.seq > ? and l.seq <= ? order by l.seq limit ?")) {
            s.setLong(1, afterSeq);
            s.setLong(2, toSeq);
            s.setInt(3, limit);
            List<LinkedEntry> entries = new ArrayList<>(limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    entries.add(LinkedEntry.read(rs));
                }
            }
            return entries;
        }
    }

    /** The number of linked entries (the tree's size). */
    static long size(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select coalesce(max(seq), 0) from audit_link");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Unlinked entries. Below the last link's scan floor every committed entry is linked (see
     * {@link AuditSequencer}), so only entries at or above it are counted.
     */
    static Pending pending(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select count(*), min(e.occurred_at) from audit_entry e "
                + "where e.txid >= coalesce((select scan_floor from audit_link order by seq desc limit 1), '0'::xid8) "
                + "and not exists (select 1 from audit_link l where l.entry_id = e.id)");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            OffsetDateTime oldest = rs.getObject(2, OffsetDateTime.class);
            return new Pending(rs.getLong(1), oldest == null ? null : oldest.toInstant());
        }
    }

    public Pending pending() {
        try (Connection c = connect()) {
            return pending(c);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the audit log", e);
        }
    }

    public Optional<SignedCheckpoint> latestCheckpoint() {
        List<SignedCheckpoint> latest = checkpoints("order by tree_size desc limit 1", -1, 1);
        return latest.stream().findFirst();
    }

    /** Checkpoints with a tree size above {@code afterSize}, smallest first. */
    public List<SignedCheckpoint> checkpointsAfter(long afterSize, int limit) {
        return checkpoints("where tree_size > ? order by tree_size limit ?", afterSize, limit);
    }

    public Optional<SignedCheckpoint> checkpointOfSize(long size) {
        return checkpoints("where tree_size = ? and ? > 0 limit 1", size, 1).stream().findFirst();
    }

    private List<SignedCheckpoint> checkpoints(String clause, long param, int limit) {
        try (Connection c = connect()) {
            return checkpoints(c, log, clause, param, limit);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the audit checkpoints", e);
        }
    }

    static List<SignedCheckpoint> checkpoints(Connection c, String log, String clause, long param, int limit)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select " + SignedCheckpoint.COLUMNS + " from audit_checkpoint "
                + clause)) {
            if (clause.contains("?")) {
                s.setLong(1, param);
                s.setInt(2, limit);
            }
            List<SignedCheckpoint> found = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(SignedCheckpoint.read(log, rs));
                }
            }
            return found;
        }
    }
}
