package org.casework.platform.audit.witness;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A peer's {@code GET /audit/consistency?from=&to=} answer (COMMON contract 3). Only {@code proof} is trusted as input. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PeerConsistency(Long from, Long to, String fromRoot, String toRoot, List<String> proof) {
}
