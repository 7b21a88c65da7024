package org.casework.audit.proof;

import java.time.Instant;

/**
 * A log's signed statement "my tree of {@code treeSize} leaves has root {@code rootHash}" at {@code time}.
 * Whoever keeps one can later demand a consistency proof, so a rolled-back or rewritten log is caught.
 */
public record Checkpoint(String log, long treeSize, String rootHash, Instant time) {

    /** Names the format, so a signature over this text can never be mistaken for one over something else. */
    public static final String HEADER = "casework-audit-checkpoint/v1";

    public Checkpoint {
        if (log == null || log.isBlank() || log.contains("\n")) {
            throw new IllegalArgumentException("a checkpoint needs a one-line log name");
        }
        if (treeSize < 0) {
            throw new IllegalArgumentException("a tree size is not negative");
        }
        if (!Sha256.isHash(rootHash)) {
            throw new IllegalArgumentException("rootHash is not a lowercase hex SHA-256 hash");
        }
        if (time == null) {
            throw new IllegalArgumentException("a checkpoint has a time");
        }
    }

    /** The exact text signed: header, log, size, root and time ({@link Instant#toString()}), each on its own line. */
    public String signedText() {
        return HEADER + "\n" + log + "\n" + treeSize + "\n" + rootHash + "\n" + time + "\n";
    }
}
