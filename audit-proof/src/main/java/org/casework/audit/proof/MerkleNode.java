package org.casework.audit.proof;

/** A perfect subtree's hash: what a log stores so that proofs need only O(log n) stored nodes. */
public record MerkleNode(int level, long index, String hash) {

    public NodeId id() {
        return new NodeId(level, index);
    }
}
