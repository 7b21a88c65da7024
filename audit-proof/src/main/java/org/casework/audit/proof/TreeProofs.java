package org.casework.audit.proof;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 9162 proofs built from stored perfect-subtree nodes only ({@link NodeSource}), the same proofs as
 * {@link Merkle}'s in-memory ones. Every subtree the RFC's recursion needs starts at a multiple of a power of
 * two no smaller than itself, so it is either one stored node or a stored left half plus a smaller such
 * subtree: a proof reads O(log n) nodes.
 */
public final class TreeProofs {

    private TreeProofs() {
    }

    /** MTH(D[treeSize]). */
    public static String rootHash(NodeSource nodes, long treeSize) {
        return rangeHash(nodes, 0, treeSize);
    }

    /**
     * MTH(D[begin:end]) of the leaves in [begin, end): one node when the range is a perfect subtree, else
     * split at the RFC's k. O(log n) reads when begin is a multiple of the smallest power of two ≥ end − begin
     * (every range the proofs use); other ranges read more.
     */
    public static String rangeHash(NodeSource nodes, long begin, long end) {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("no such range: [" + begin + ", " + end + ")");
        }
        long n = end - begin;
        if (n == 0) {
            return Merkle.EMPTY_ROOT;
        }
        if (Long.bitCount(n) == 1 && begin % n == 0) {
            int level = Long.numberOfTrailingZeros(n);
            return nodes.node(level, begin >> level);
        }
        long k = Merkle.splitPoint(n);
        return Merkle.nodeHash(rangeHash(nodes, begin, begin + k), rangeHash(nodes, begin + k, end));
    }

    /** PATH(index, D[treeSize]) (RFC 9162 §2.1.3.1). */
    public static List<String> inclusionProof(NodeSource nodes, long index, long treeSize) {
        if (index < 0 || index >= treeSize) {
            throw new IllegalArgumentException("leaf " + index + " is not in a tree of " + treeSize);
        }
        List<String> proof = new ArrayList<>();
        long begin = 0;
        long end = treeSize;
        long m = index;
        List<String> reversed = new ArrayList<>();
        while (end - begin > 1) {
            long k = Merkle.splitPoint(end - begin);
            if (m < k) {
                reversed.add(rangeHash(nodes, begin + k, end));
                end = begin + k;
            } else {
                reversed.add(rangeHash(nodes, begin, begin + k));
                begin += k;
                m -= k;
            }
        }
        // the recursion appends on the way back up: the deepest sibling comes first
        for (int i = reversed.size() - 1; i >= 0; i--) {
            proof.add(reversed.get(i));
        }
        return proof;
    }

    /** PROOF(m, D[n]) (RFC 9162 §2.1.4.1); empty for m = 0 or m = n. */
    public static List<String> consistencyProof(NodeSource nodes, long m, long n) {
        if (m < 0 || m > n) {
            throw new IllegalArgumentException("size " + m + " is not within a tree of " + n);
        }
        List<String> reversed = new ArrayList<>();
        if (m > 0 && m < n) {
            long begin = 0;
            long end = n;
            boolean whole = true;
            while (m != end - begin) {
                long k = Merkle.splitPoint(end - begin);
                if (m <= k) {
                    reversed.add(rangeHash(nodes, begin + k, end));
                    end = begin + k;
                } else {
                    reversed.add(rangeHash(nodes, begin, begin + k));
                    begin += k;
                    m -= k;
                    whole = false;
                }
            }
            if (!whole) {
                reversed.add(rangeHash(nodes, begin, end));
            }
        }
        List<String> proof = new ArrayList<>(reversed.size());
        for (int i = reversed.size() - 1; i >= 0; i--) {
            proof.add(reversed.get(i));
        }
        return proof;
    }

    /** The hashes of {@link Merkle#perfectSubtrees}(begin, end), left to right: an export's range line halves. */
    public static List<String> perfectSubtreeHashes(NodeSource nodes, long begin, long end) {
        List<String> hashes = new ArrayList<>();
        for (NodeId id : Merkle.perfectSubtrees(begin, end)) {
            hashes.add(nodes.node(id.level(), id.index()));
        }
        return hashes;
    }
}
