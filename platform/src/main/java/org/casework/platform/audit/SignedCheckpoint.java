package org.casework.platform.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.casework.audit.proof.Checkpoint;
import org.casework.platform.openapi.Produced;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A checkpoint as served ({@code GET /audit/checkpoints/...}): the signed statement and its signature. */
public record SignedCheckpoint(@Schema(maxLength = Produced.NAME) String log,
        @Schema(minimum = "0", maximum = Produced.BIGINT_MAX) long treeSize,
        @Schema(maxLength = Produced.SHA256_HEX) String rootHash, Instant time, @Schema(maxLength = 16) String keyId,
        @Schema(maxLength = 200, description = "Base64 Ed25519 signature") String signature) {

    static final String COLUMNS = "tree_size, root_hash, signed_at, key_id, signature";

    static SignedCheckpoint read(String log, ResultSet rs) throws SQLException {
        return new SignedCheckpoint(log, rs.getLong(1), rs.getString(2),
                rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4), rs.getString(5));
    }

    public Checkpoint checkpoint() {
        return new Checkpoint(log, treeSize, rootHash, time);
    }
}
