package org.casework.audit.proof;

/**
 * The position of a perfect subtree: the one at {@code level} covering leaves
 * [index·2^level, (index+1)·2^level). Level 0 nodes are the leaves.
 */
public record NodeId(int level, long index) {

    public NodeId {
        if (level < 0 || level > 62 || index < 0) {
            throw new IllegalArgumentException("no such node: level " + level + ", index " + index);
        }
    }

    /** The first leaf it covers. */
    public long begin() {
        return index << level;
    }

    /** One past the last leaf it covers. */
    public long end() {
        return (index + 1) << level;
    }
}
