package org.casework.platform.audit.witness;

import java.net.URI;
import java.security.PublicKey;

/** A witnessed service: its log name, where to reach it, and the key its checkpoints must be signed with. */
public record Peer(String log, URI url, PublicKey publicKey, String keyId) {
}
