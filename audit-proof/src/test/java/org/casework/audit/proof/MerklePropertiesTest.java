package org.casework.audit.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/**
 * Properties of the tree over generated sizes (1..600) and leaves: every proof verifies, and a proof checked
 * against a changed leaf, index, size or root does not (the corruptions of transparency-dev/merkle's
 * verify_test.go); the compact range, the NodeSource proofs and the in-memory ones agree. Each run draws a
 * fresh seed ({@link PropertySeed}); {@code -Dcasework.seed=N} replays a run.
 */
class MerklePropertiesTest {

    private static final long SEED = PropertySeed.forRun(MerklePropertiesTest.class);
    private static final String SOME_HASH = "abacaba000000000000000000000000000000000000000000060061e00123456";

    private static QuickTheory theory(int examples) {
        return qt().withExamples(examples).withFixedSeed(SEED);
    }

    private static List<String> leaves(int n, long salt) {
        List<String> leaves = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            leaves.add(Merkle.leafHashOfData(ByteBuffer.allocate(16).putLong(salt).putLong(i).array()));
        }
        return leaves;
    }

    private static String flipped(String hash) {
        char c = hash.charAt(7);
        return hash.substring(0, 7) + (c == '0' ? '1' : '0') + hash.substring(8);
    }

    @Test
    void everyInclusionProofVerifiesAndFailsForAChangedLeafIndexSizeOrRoot() {
        theory(300).forAll(integers().between(1, 600), integers().between(0, 599), longs().all()).checkAssert((n, i, salt) -> {
            int index = i % n;
            List<String> leaves = leaves(n, salt);
            String root = Merkle.root(leaves);
            String leaf = leaves.get(index);
            List<String> proof = Merkle.inclusionProof(index, leaves);
            assertTrue(Merkle.verifyInclusion(index, n, leaf, proof, root));
            assertFalse(Merkle.verifyInclusion(index, n, flipped(leaf), proof, root));
            assertFalse(Merkle.verifyInclusion(index, n, leaf, proof, flipped(root)));
            assertFalse(Merkle.verifyInclusion(index, n, leaf, proof, SOME_HASH));
            for (long other : new long[] {index - 1L, index + 1L, index ^ 2L}) {
                if (other != index) {
                    assertFalse(Merkle.verifyInclusion(other, n, leaf, proof, root), "index " + other);
                }
            }
            assertFalse(Merkle.verifyInclusion(index, n * 2L, leaf, proof, root));
            assertFalse(Merkle.verifyInclusion(index, n / 2L, leaf, proof, root));
            for (int k = 0; k < proof.size(); k++) {
                List<String> bad = new ArrayList<>(proof);
                bad.set(k, flipped(proof.get(k)));
                assertFalse(Merkle.verifyInclusion(index, n, leaf, bad, root));
            }
            List<String> longer = new ArrayList<>(proof);
            longer.add(root);
            assertFalse(Merkle.verifyInclusion(index, n, leaf, longer, root));
            if (!proof.isEmpty()) {
                assertFalse(Merkle.verifyInclusion(index, n, leaf, proof.subList(0, proof.size() - 1), root));
            }
        });
    }

    @Test
    void everyConsistencyProofVerifiesAndFailsForAChangedSizeRootOrProof() {
        theory(200).forAll(integers().between(1, 600), integers().between(1, 600), longs().all()).checkAssert((a, b, salt) -> {
            int m = Math.min(a, b);
            int n = Math.max(a, b);
            List<String> leaves = leaves(n, salt);
            String rootM = Merkle.root(leaves.subList(0, m));
            String rootN = Merkle.root(leaves);
            List<String> proof = Merkle.consistencyProof(m, leaves);
            assertTrue(Merkle.verifyConsistency(m, n, rootM, rootN, proof));
            assertTrue(Merkle.verifyConsistency(0, n, Merkle.EMPTY_ROOT, rootN, List.of()));
            if (m == n) {
                return;
            }
            assertFalse(Merkle.verifyConsistency(m, n, flipped(rootM), rootN, proof));
            assertFalse(Merkle.verifyConsistency(m, n, rootM, flipped(rootN), proof));
            for (long other : new long[] {m - 1L, m + 1L, m ^ 2L}) {
                if (other != m) {
                    assertFalse(Merkle.verifyConsistency(other, n, rootM, rootN, proof), "m " + other);
                }
            }
            assertFalse(Merkle.verifyConsistency(m, n * 2L, rootM, rootN, proof));
            assertFalse(Merkle.verifyConsistency(m, n / 2L, rootM, rootN, proof));
            for (int k = 0; k < proof.size(); k++) {
                List<String> bad = new ArrayList<>(proof);
                bad.set(k, flipped(proof.get(k)));
                assertFalse(Merkle.verifyConsistency(m, n, rootM, rootN, bad));
            }
            List<String> longer = new ArrayList<>(proof);
            longer.add(rootN);
            assertFalse(Merkle.verifyConsistency(m, n, rootM, rootN, longer));
        });
    }

    @Test
    void theCompactRangeHasTheMerkleRootAtEverySizeAndStoresEveryPerfectSubtree() {
        theory(30).forAll(integers().between(0, 200), longs().all()).checkAssert((n, salt) -> {
            List<String> leaves = leaves(n, salt);
            NodeSource reference = NodeSource.inMemory(leaves);
            CompactRange range = new CompactRange();
            Map<NodeId, String> stored = new HashMap<>();
            for (int i = 0; i < n; i++) {
                List<MerkleNode> completed = range.append(leaves.get(i));
                assertEquals(new NodeId(0, i), completed.get(0).id());
                for (MerkleNode node : completed) {
                    assertEquals(reference.node(node.level(), node.index()), node.hash());
                    stored.put(node.id(), node.hash());
                }
                assertEquals(Merkle.root(leaves.subList(0, i + 1)), range.root());
            }
            assertEquals(2L * n - Long.bitCount(n), stored.size(), "every perfect subtree, once");
            CompactRange resumed = CompactRange.fromNodes((level, index) -> stored.get(new NodeId(level, index)), n);
            assertEquals(range.frontier(), resumed.frontier());
            assertEquals(range.root(), resumed.root());
        });
    }

    @Test
    void proofsFromStoredNodesEqualTheInMemoryProofsAndReadLogarithmicallyManyNodes() {
        theory(200).forAll(integers().between(1, 600), integers().between(0, 599), integers().between(0, 599),
                longs().all()).checkAssert((n, i, j, salt) -> {
                    List<String> leaves = leaves(n, salt);
                    Map<NodeId, String> stored = new HashMap<>();
                    CompactRange range = new CompactRange();
                    leaves.forEach(leaf -> range.append(leaf).forEach(node -> stored.put(node.id(), node.hash())));
                    AtomicInteger reads = new AtomicInteger();
                    NodeSource nodes = (level, index) -> {
                        reads.incrementAndGet();
                        String hash = stored.get(new NodeId(level, index));
                        if (hash == null) {
                            throw new IllegalStateException("no stored node " + level + "/" + index);
                        }
                        return hash;
                    };
                    int index = i % n;
                    int m = j % (n + 1);
                    int bound = 2 * (64 - Long.numberOfLeadingZeros(n)) + 2;
                    assertEquals(Merkle.root(leaves), TreeProofs.rootHash(nodes, n));
                    reads.set(0);
                    assertEquals(Merkle.inclusionProof(index, leaves), TreeProofs.inclusionProof(nodes, index, n));
                    assertTrue(reads.get() <= bound, reads.get() + " reads for an inclusion proof in " + n);
                    reads.set(0);
                    assertEquals(Merkle.consistencyProof(m, leaves), TreeProofs.consistencyProof(nodes, m, n));
                    assertTrue(reads.get() <= bound, reads.get() + " reads for a consistency proof in " + n);
                    assertEquals(Merkle.root(leaves.subList(0, m)), TreeProofs.rootHash(nodes, m));

                    // the nodes a proof names are all it reads: fetched up front, they answer it alone
                    Map<NodeId, String> fetched = new HashMap<>();
                    TreeProofs.inclusionProofNodes(index, n).forEach(id -> fetched.put(id, stored.get(id)));
                    TreeProofs.consistencyProofNodes(m, n).forEach(id -> fetched.put(id, stored.get(id)));
                    TreeProofs.rootHashNodes(n).forEach(id -> fetched.put(id, stored.get(id)));
                    NodeSource only = (level, index2) -> {
                        String hash = fetched.get(new NodeId(level, index2));
                        if (hash == null) {
                            throw new IllegalStateException("not fetched: " + level + "/" + index2);
                        }
                        return hash;
                    };
                    assertEquals(Merkle.inclusionProof(index, leaves), TreeProofs.inclusionProof(only, index, n));
                    assertEquals(Merkle.consistencyProof(m, leaves), TreeProofs.consistencyProof(only, m, n));
                    assertEquals(Merkle.root(leaves), TreeProofs.rootHash(only, n));
                });
    }

    @Test
    void anyRangeOfALogExportsAndVerifiesWithAnInclusionProofOfAnyOfItsEntries() {
        theory(40).forAll(integers().between(1, 70), integers().between(0, 69), integers().between(0, 69),
                integers().between(0, 69)).checkAssert((n, a, b, c) -> {
                    SampleLog log = SampleLog.of(n);
                    int from = 1 + a % n;
                    int to = from + b % (n - from + 1);
                    int treeSize = to + c % (n - to + 1);
                    long seq = from + c % (to - from + 1);
                    ExportVerification result = ExportVerifier.verify(
                            new java.io.StringReader(SampleLog.ndjson(log.export(from, to, treeSize))),
                            SampleLog.KEYS.getPublic(), seq);
                    assertTrue(result.valid(), from + ".." + to + " of " + treeSize + ": " + result.failures());
                    assertTrue(result.inclusion().verified());
                });
    }
}
