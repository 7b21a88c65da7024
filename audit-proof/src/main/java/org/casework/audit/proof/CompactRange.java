package org.casework.audit.proof;

import java.util.ArrayList;
import java.util.List;

/**
 * The growing tree as its frontier: one perfect subtree per set bit of the size, so an append costs
 * O(log n) hashes and the root is a fold of at most 64 nodes. Each append reports the perfect-subtree nodes it
 * completes (the leaf itself first), which a log stores to serve proofs through a {@link NodeSource}.
 * Not thread-safe: one sequencer appends.
 */
public final class CompactRange {

    private final NodeStack stack = new NodeStack();
    private long size;

    /** The empty tree. */
    public CompactRange() {
    }

    /** Resumes a tree of {@code size} leaves from its frontier hashes (left to right, as {@link #frontier()}). */
    public static CompactRange of(long size, List<String> frontier) {
        List<NodeId> ids = Merkle.perfectSubtrees(0, size);
        if (ids.size() != frontier.size()) {
            throw new IllegalArgumentException("a tree of " + size + " has " + ids.size() + " frontier nodes, not "
                    + frontier.size());
        }
        CompactRange range = new CompactRange();
        for (int k = 0; k < ids.size(); k++) {
            range.stack.push(ids.get(k).level(), ids.get(k).index(), Sha256.bytes(frontier.get(k)), null);
        }
        range.size = size;
        return range;
    }

    /** Resumes a tree of {@code size} leaves from stored nodes (reads one node per set bit of size). */
    public static CompactRange fromNodes(NodeSource nodes, long size) {
        List<String> frontier = new ArrayList<>();
        for (NodeId id : Merkle.perfectSubtrees(0, size)) {
            frontier.add(nodes.node(id.level(), id.index()));
        }
        return of(size, frontier);
    }

    /** Appends a leaf hash; answers the nodes this completes, lowest first: the leaf (level 0), then its merges. */
    public List<MerkleNode> append(String leafHash) {
        List<MerkleNode> completed = new ArrayList<>(4);
        stack.push(0, size, Sha256.bytes(leafHash), completed);
        size++;
        return completed;
    }

    public long size() {
        return size;
    }

    /** The frontier's hashes, left (largest) to right. */
    public List<String> frontier() {
        return stack.hashes();
    }

    /** MTH of the leaves appended so far ({@link Merkle#EMPTY_ROOT} when none). */
    public String root() {
        return Sha256.hex(stack.fold());
    }
}
