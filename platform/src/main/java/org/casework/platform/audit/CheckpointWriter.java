package org.casework.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.casework.audit.proof.Checkpoint;
import org.casework.audit.proof.CompactRange;

/**
 * Signs and stores checkpoints for the sequencer: when it starts leading, then whenever the tree has grown
 * and either {@code every} has passed or {@code entries} leaves were added since the last one.
 */
public final class CheckpointWriter {

    private final CheckpointSigner signer;
    private final Duration every;
    private final long entries;
    private long lastSize = -1;
    private Instant lastAt = Instant.MIN;

    public CheckpointWriter(CheckpointSigner signer, Duration every, long entries) {
        this.signer = signer;
        this.every = every;
        this.entries = entries;
    }

    void onLeading(Connection c, CompactRange range, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select max(tree_size) from audit_checkpoint");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            long stored = rs.getLong(1);
            lastSize = rs.wasNull() ? -1 : stored;
        }
        c.rollback();
        if (range.size() > lastSize) {
            write(c, range, now);
        }
    }

    void maybeWrite(Connection c, CompactRange range, Instant now) throws SQLException {
        long grown = range.size() - lastSize;
        if (grown > 0 && (grown >= entries || !now.isBefore(lastAt.plus(every)))) {
            write(c, range, now);
        }
    }

    private void write(Connection c, CompactRange range, Instant now) throws SQLException {
        // the database keeps microseconds: sign exactly the time that will be read back
        Instant time = now.truncatedTo(ChronoUnit.MICROS);
        Checkpoint checkpoint = new Checkpoint(signer.log(), range.size(), range.root(), time);
        try (PreparedStatement s = c.prepareStatement("insert into audit_checkpoint (" + SignedCheckpoint.COLUMNS
                + ") values (?, ?, ?, ?, ?)")) {
            s.setLong(1, checkpoint.treeSize());
            s.setString(2, checkpoint.rootHash());
            s.setTimestamp(3, Timestamp.from(time));
            s.setString(4, signer.keyId());
            s.setString(5, signer.sign(checkpoint));
            s.executeUpdate();
        }
        c.commit();
        lastSize = range.size();
        lastAt = now;
    }
}
