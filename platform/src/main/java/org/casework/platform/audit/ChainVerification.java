package org.casework.platform.audit;

import org.casework.platform.openapi.Produced;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The answer of {@code GET /audit/verify}: either the log is whole ({@code valid}, {@code entries}, the last
 * hash, the Merkle root and how many signed checkpoints matched), or the first sequence number at which it
 * breaks and why. {@code pending} entries are appended but not linked yet ({@code lagMillis}: the age of the
 * oldest): they are not a fault.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChainVerification(boolean valid, @Schema(minimum = "0", maximum = Produced.BIGINT_MAX) long entries,
        @Schema(minimum = "0", maximum = Produced.BIGINT_MAX) Long brokenAt, @Schema(maxLength = REASON_LENGTH) String reason,
        @Schema(maxLength = Produced.SHA256_HEX) String lastHash, @Schema(maxLength = Produced.SHA256_HEX) String rootHash,
        @Schema(minimum = "0", maximum = Produced.INT_MAX) Integer checkpoints,
        @Schema(minimum = "0", maximum = Produced.BIGINT_MAX) long pending, @Schema(minimum = "0", maximum = Produced.BIGINT_MAX) long lagMillis) {

    /** The longest reason the verifier gives (it names the entry or checkpoint and what did not match). */
    public static final int REASON_LENGTH = 500;

    public static ChainVerification whole(long entries, String lastHash, String rootHash, int checkpoints) {
        return new ChainVerification(true, entries, null, null, lastHash, rootHash, checkpoints, 0, 0);
    }

    public static ChainVerification broken(long checked, long brokenAt, String reason) {
        return new ChainVerification(false, checked, brokenAt, reason, null, null, null, 0, 0);
    }

    ChainVerification withPending(long count, long lag) {
        return new ChainVerification(valid, entries, brokenAt, reason, lastHash, rootHash, checkpoints, count, lag);
    }
}
