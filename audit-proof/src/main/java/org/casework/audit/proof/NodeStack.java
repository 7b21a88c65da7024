package org.casework.audit.proof;

import java.util.ArrayList;
import java.util.List;

/**
 * Perfect subtrees pushed left to right, each merged with its left sibling as soon as both are present.
 * Pushed over [0, n) it ends as the tree's frontier, whose right-to-left fold is MTH(D[n]); pushed over any
 * [a, b) it holds that range's aligned subtrees, which a later stack can take in turn.
 */
final class NodeStack {

    private final List<Integer> levels = new ArrayList<>();
    private final List<Long> indexes = new ArrayList<>();
    private final List<byte[]> hashes = new ArrayList<>();

    /** Pushes a node; {@code completed} (if not null) receives every node the push completes, the pushed one first. */
    void push(int level, long index, byte[] hash, List<MerkleNode> completed) {
        int top = levels.size() - 1;
        if (top >= 0) {
            NodeId last = new NodeId(levels.get(top), indexes.get(top));
            if (last.end() != index << level) {
                throw new IllegalArgumentException("node " + level + "/" + index + " does not follow the previous one");
            }
        }
        levels.add(level);
        indexes.add(index);
        hashes.add(hash);
        if (completed != null) {
            completed.add(new MerkleNode(level, index, Sha256.hex(hash)));
        }
        while (levels.size() >= 2) {
            int right = levels.size() - 1;
            int left = right - 1;
            int l = levels.get(right);
            long i = indexes.get(right);
            if (levels.get(left) != l || (i & 1) == 0) {
                return;
            }
            byte[] merged = Merkle.node(hashes.get(left), hashes.get(right));
            for (int k = 0; k < 2; k++) {
                levels.remove(left);
                indexes.remove(left);
                hashes.remove(left);
            }
            levels.add(l + 1);
            indexes.add(i >> 1);
            hashes.add(merged);
            if (completed != null) {
                completed.add(new MerkleNode(l + 1, i >> 1, Sha256.hex(merged)));
            }
        }
    }

    void pushAll(NodeStack other) {
        for (int k = 0; k < other.size(); k++) {
            push(other.levels.get(k), other.indexes.get(k), other.hashes.get(k), null);
        }
    }

    int size() {
        return levels.size();
    }

    List<String> hashes() {
        return hashes.stream().map(Sha256::hex).toList();
    }

    /** The right-to-left fold: MTH of the leaves pushed, when they started at leaf 0. */
    byte[] fold() {
        if (hashes.isEmpty()) {
            return Sha256.of(new byte[0]);
        }
        byte[] root = hashes.get(hashes.size() - 1);
        for (int k = hashes.size() - 2; k >= 0; k--) {
            root = Merkle.node(hashes.get(k), root);
        }
        return root;
    }
}
