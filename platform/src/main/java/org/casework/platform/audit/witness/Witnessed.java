package org.casework.platform.audit.witness;

/** The largest tree of a peer witnessed so far: what every later checkpoint of that peer must extend. */
public record Witnessed(long treeSize, String rootHash) {
}
