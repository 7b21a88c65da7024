package org.casework.audit.proof;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The Merkle tree of RFC 9162 §2.1 over leaf hashes held in memory: the tree hash (MTH), inclusion proofs
 * (§2.1.3) and consistency proofs (§2.1.4), and their verification exactly as the RFC's algorithms state it.
 * Leaf index is 0-based (entry seq − 1). Verification answers false for any malformed input rather than
 * throwing, since its inputs come from whoever is being checked.
 */
public final class Merkle {

    /** MTH of the empty tree: SHA-256 of nothing. */
    public static final String EMPTY_ROOT = Sha256.hex(Sha256.of(new byte[0]));

    private Merkle() {
    }

    /** The leaf hash of an entry: SHA-256(0x00 || the 32 bytes of the entry hash). */
    public static String leafHash(String entryHashHex) {
        return Sha256.hex(leaf(Sha256.bytes(entryHashHex)));
    }

    /** The RFC's leaf hash of arbitrary leaf data: SHA-256(0x00 || data). */
    public static String leafHashOfData(byte[] data) {
        return Sha256.hex(leaf(data));
    }

    /** An interior node: SHA-256(0x01 || left || right). */
    public static String nodeHash(String left, String right) {
        return Sha256.hex(node(Sha256.bytes(left), Sha256.bytes(right)));
    }

    /** MTH(D[n]) of the given leaf hashes. */
    public static String root(List<String> leafHashes) {
        return Sha256.hex(mth(decode(leafHashes), 0, leafHashes.size()));
    }

    /** PATH(index, D[n]) for n = the number of leaf hashes (RFC 9162 §2.1.3.1). */
    public static List<String> inclusionProof(long index, List<String> leafHashes) {
        if (index < 0 || index >= leafHashes.size()) {
            throw new IllegalArgumentException("leaf " + index + " is not in a tree of " + leafHashes.size());
        }
        List<byte[]> leaves = decode(leafHashes);
        List<String> proof = new ArrayList<>();
        path((int) index, leaves, 0, leaves.size(), proof);
        return proof;
    }

    /** PROOF(m, D[n]) for n = the number of leaf hashes (RFC 9162 §2.1.4.1); empty for m = 0 or m = n. */
    public static List<String> consistencyProof(long m, List<String> leafHashes) {
        if (m < 0 || m > leafHashes.size()) {
            throw new IllegalArgumentException("size " + m + " is not within a tree of " + leafHashes.size());
        }
        List<String> proof = new ArrayList<>();
        if (m > 0 && m < leafHashes.size()) {
            subproof((int) m, decode(leafHashes), 0, leafHashes.size(), true, proof);
        }
        return proof;
    }

    /** RFC 9162 §2.1.3.2: does {@code proof} show the leaf at {@code index} in the tree of {@code treeSize} with {@code root}? */
    public static boolean verifyInclusion(long index, long treeSize, String leafHash, List<String> proof, String root) {
        if (index < 0 || index >= treeSize || !Sha256.isHash(leafHash) || !Sha256.isHash(root) || !allHashes(proof)) {
            return false;
        }
        long fn = index;
        long sn = treeSize - 1;
        byte[] r = Sha256.bytes(leafHash);
        for (String p : proof) {
            if (sn == 0) {
                return false;
            }
            byte[] c = Sha256.bytes(p);
            if ((fn & 1) == 1 || fn == sn) {
                r = node(c, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = node(r, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(r, Sha256.bytes(root));
    }

    /**
     * RFC 9162 §2.1.4.2: is the tree of size {@code n} with {@code rootN} an append-only extension of the tree
     * of size {@code m} with {@code rootM}? For m = n the proof must be empty and the roots equal; every tree
     * extends the empty one (m = 0, empty proof).
     */
    public static boolean verifyConsistency(long m, long n, String rootM, String rootN, List<String> proof) {
        if (m < 0 || m > n || !Sha256.isHash(rootM) || !Sha256.isHash(rootN) || !allHashes(proof)) {
            return false;
        }
        if (m == 0) {
            return proof.isEmpty() && rootM.equals(EMPTY_ROOT);
        }
        if (m == n) {
            return proof.isEmpty() && rootM.equals(rootN);
        }
        if (proof.isEmpty()) {
            return false;
        }
        List<String> path = new ArrayList<>(proof);
        if (Long.bitCount(m) == 1) {
            path.add(0, rootM);
        }
        long fn = m - 1;
        long sn = n - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = Sha256.bytes(path.get(0));
        byte[] sr = fr;
        for (String p : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            byte[] c = Sha256.bytes(p);
            if ((fn & 1) == 1 || fn == sn) {
                fr = node(c, fr);
                sr = node(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = node(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(fr, Sha256.bytes(rootM)) && MessageDigest.isEqual(sr, Sha256.bytes(rootN));
    }

    /** The largest power of two smaller than {@code n} (n ≥ 2): the RFC's split point k. */
    public static long splitPoint(long n) {
        if (n < 2) {
            throw new IllegalArgumentException("a tree of " + n + " has no split");
        }
        return Long.highestOneBit(n - 1);
    }

    /**
     * The perfect subtrees, left to right, that exactly cover leaves [begin, end), each as large as its
     * alignment allows. For begin = 0 these are the tree's "frontier" (one per bit of end); an export's range
     * line carries the hashes of the ones before and after its entries.
     */
    public static List<NodeId> perfectSubtrees(long begin, long end) {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("no such range: [" + begin + ", " + end + ")");
        }
        List<NodeId> nodes = new ArrayList<>();
        long at = begin;
        while (at < end) {
            int level = 63 - Long.numberOfLeadingZeros(end - at);
            if (at != 0) {
                level = Math.min(level, Long.numberOfTrailingZeros(at));
            }
            nodes.add(new NodeId(level, at >> level));
            at += 1L << level;
        }
        return Collections.unmodifiableList(nodes);
    }

    static byte[] leaf(byte[] data) {
        MessageDigest digest = Sha256.digest();
        digest.update((byte) 0);
        digest.update(data);
        return digest.digest();
    }

    static byte[] node(byte[] left, byte[] right) {
        MessageDigest digest = Sha256.digest();
        digest.update((byte) 1);
        digest.update(left);
        digest.update(right);
        return digest.digest();
    }

    private static byte[] mth(List<byte[]> leaves, int begin, int end) {
        int n = end - begin;
        if (n == 0) {
            return Sha256.of(new byte[0]);
        }
        if (n == 1) {
            return leaves.get(begin);
        }
        int k = (int) splitPoint(n);
        return node(mth(leaves, begin, begin + k), mth(leaves, begin + k, end));
    }

    private static void path(int m, List<byte[]> leaves, int begin, int end, List<String> proof) {
        int n = end - begin;
        if (n <= 1) {
            return;
        }
        int k = (int) splitPoint(n);
        if (m < k) {
            path(m, leaves, begin, begin + k, proof);
            proof.add(Sha256.hex(mth(leaves, begin + k, end)));
        } else {
            path(m - k, leaves, begin + k, end, proof);
            proof.add(Sha256.hex(mth(leaves, begin, begin + k)));
        }
    }

    private static void subproof(int m, List<byte[]> leaves, int begin, int end, boolean whole, List<String> proof) {
        int n = end - begin;
        if (m == n) {
            if (!whole) {
                proof.add(Sha256.hex(mth(leaves, begin, end)));
            }
            return;
        }
        int k = (int) splitPoint(n);
        if (m <= k) {
            subproof(m, leaves, begin, begin + k, whole, proof);
            proof.add(Sha256.hex(mth(leaves, begin + k, end)));
        } else {
            subproof(m - k, leaves, begin + k, end, false, proof);
            proof.add(Sha256.hex(mth(leaves, begin, begin + k)));
        }
    }

    private static List<byte[]> decode(List<String> hashes) {
        List<byte[]> bytes = new ArrayList<>(hashes.size());
        for (String h : hashes) {
            bytes.add(Sha256.bytes(h));
        }
        return bytes;
    }

    private static boolean allHashes(List<String> hashes) {
        if (hashes == null) {
            return false;
        }
        for (String h : hashes) {
            if (!Sha256.isHash(h)) {
                return false;
            }
        }
        return true;
    }
}
