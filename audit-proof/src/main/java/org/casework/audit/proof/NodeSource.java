package org.casework.audit.proof;

import java.util.List;

/**
 * Stored perfect-subtree hashes, as {@link CompactRange#append} hands them out. {@code node(level, index)} is the
 * hash of the perfect subtree covering leaves [index·2^level, (index+1)·2^level); level 0 is the leaf hash.
 * {@link TreeProofs} asks only for nodes that are complete in the tree size it works on.
 */
@FunctionalInterface
public interface NodeSource {

    String node(int level, long index);

    /** Nodes computed from leaf hashes held in memory (for tests and small trees: O(2^level) per node). */
    static NodeSource inMemory(List<String> leafHashes) {
        return (level, index) -> {
            long begin = index << level;
            long end = (index + 1) << level;
            if (end > leafHashes.size()) {
                throw new IllegalArgumentException("node " + level + "/" + index + " is not complete");
            }
            return Merkle.root(leafHashes.subList((int) begin, (int) end));
        };
    }
}
