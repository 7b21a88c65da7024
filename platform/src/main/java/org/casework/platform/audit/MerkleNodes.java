package org.casework.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.casework.audit.proof.NodeSource;

/** The stored perfect-subtree hashes ({@code audit_merkle_node}) as the library's {@link NodeSource}. */
final class MerkleNodes {

    private MerkleNodes() {
    }

    /** Nodes read one by one on {@code c} (a proof reads O(log n) of them). */
    static NodeSource on(Connection c) {
        return (level, index) -> {
            try (PreparedStatement s = c.prepareStatement("select hash from audit_merkle_node where level = ? and idx = ?")) {
                s.setInt(1, level);
                s.setLong(2, index);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        throw new MissingNodeException(level, index);
                    }
                    return rs.getString(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("could not read Merkle node " + level + "/" + index, e);
            }
        };
    }

    /** A node the tree should have stored is not there: the log was tampered with. */
    static final class MissingNodeException extends RuntimeException {
        MissingNodeException(int level, long index) {
            super("Merkle node " + level + "/" + index + " is missing");
        }
    }
}
