package org.casework.platform.audit;

import java.sql.ResultSet;
import java.sql.SQLException;

/** An entry with its place in the chain: seq, the hash before it and its own hash. */
public record LinkedEntry(long seq, StoredEntry entry, String previousHash, String hash) {

    /** Links joined with their entries, for queries that add a where clause on {@code l.seq}. */
    static final String SELECT = "select l.seq, l.previous_hash, l.hash, " + StoredEntry.COLUMNS
            + " from audit_link l join audit_entry e on e.id = l.entry_id ";

    static LinkedEntry read(ResultSet rs) throws SQLException {
        return new LinkedEntry(rs.getLong(1), StoredEntry.read(rs, 4), rs.getString(2), rs.getString(3));
    }
}
