package org.casework.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.casework.audit.proof.CompactRange;
import org.casework.audit.proof.EntryHash;

/**
 * Where the chain ends, as the sequencer holds it between ticks: the last seq and hash, where the next scan
 * starts (see {@link AuditSequencer}) and the Merkle tree's frontier. Loaded from the tables when a sequencer
 * starts leading: the scan then starts from the floor the last link stored, with no cursor.
 */
record ChainState(long lastSeq, String lastHash, ScanPosition scan, CompactRange range) {

    static ChainState load(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "select seq, hash, scan_floor::text from audit_link order by seq desc limit 1");
                ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                return new ChainState(0, EntryHash.GENESIS, ScanPosition.from("0"), new CompactRange());
            }
            long size = rs.getLong(1);
            return new ChainState(size, rs.getString(2), ScanPosition.from(rs.getString(3)),
                    CompactRange.fromNodes(MerkleNodes.on(c), size));
        }
    }

    ChainState withScan(ScanPosition next) {
        return new ChainState(lastSeq, lastHash, next, range);
    }
}
