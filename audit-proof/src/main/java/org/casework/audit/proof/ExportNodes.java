package org.casework.audit.proof;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The nodes an export reveals: the range line's subtrees and the exported leaves. Enough for any proof about
 * an exported leaf, because every subtree a proof needs is either inside the exported leaves or a union of
 * range-line subtrees (aligned subtrees nest or are disjoint).
 */
final class ExportNodes implements NodeSource {

    private final Map<NodeId, String> stored = new HashMap<>();
    private final long from;
    private final byte[] leaves;
    private final long count;

    ExportNodes(List<NodeId> ids, List<String> hashes, long from, byte[] leaves, long count) {
        for (int k = 0; k < ids.size(); k++) {
            stored.put(ids.get(k), hashes.get(k));
        }
        this.from = from;
        this.leaves = leaves;
        this.count = count;
    }

    @Override
    public String node(int level, long index) {
        return Sha256.hex(bytes(new NodeId(level, index)));
    }

    private byte[] bytes(NodeId id) {
        String known = stored.get(id);
        if (known != null) {
            return Sha256.bytes(known);
        }
        if (id.level() == 0) {
            long position = id.index() - from;
            if (position < 0 || position >= count) {
                throw new IllegalStateException("leaf " + id.index() + " is not in the export");
            }
            byte[] leaf = new byte[32];
            System.arraycopy(leaves, (int) (position * 32), leaf, 0, 32);
            return leaf;
        }
        return Merkle.node(bytes(new NodeId(id.level() - 1, id.index() * 2)),
                bytes(new NodeId(id.level() - 1, id.index() * 2 + 1)));
    }
}
