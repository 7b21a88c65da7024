package org.casework.platform.audit.witness;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A peer's signed checkpoint as its {@code GET /audit/checkpoints/latest} answers it (COMMON contract 3).
 * Fields are kept as sent; a peer may add fields later without breaking its witnesses.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PeerCheckpoint(String log, Long treeSize, String rootHash, String time, String keyId, String signature) {
}
