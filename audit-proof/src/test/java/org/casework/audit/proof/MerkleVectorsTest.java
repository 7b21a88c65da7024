package org.casework.audit.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The standard test data of Certificate Transparency implementations: eight leaves, the tree roots for sizes
 * 1..8, inclusion paths and consistency proofs. The expected values are those of
 * github.com/transparency-dev/merkle (testonly/constants.go: leaf inputs, RootHashes, NodeHashes;
 * proof/verify_test.go: inclusionProofs and consistency proofs), found with the search tool in public CT
 * code quoting them; they go back to the original certificate-transparency (RFC 6962) C++ tests, and
 * RFC 9162 keeps RFC 6962's tree and proofs unchanged.
 */
class MerkleVectorsTest {

    static final List<String> LEAF_DATA = List.of("", "00", "10", "2021", "3031", "40414243", "5051525354555657",
            "606162636465666768696a6b6c6d6e6f");

    static final List<String> ROOTS = List.of(
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    static List<String> leafHashes(int n) {
        List<String> hashes = new ArrayList<>();
        for (String data : LEAF_DATA.subList(0, n)) {
            hashes.add(Merkle.leafHashOfData(HexFormat.of().parseHex(data)));
        }
        return hashes;
    }

    @Test
    void theEmptyTreeHasTheHashOfNothingAsItsRoot() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Merkle.root(List.of()));
        assertEquals(Merkle.EMPTY_ROOT, new CompactRange().root());
    }

    @Test
    void theRootsOfTheEightLeafTestTreeAreThePublishedOnes() {
        for (int n = 1; n <= 8; n++) {
            assertEquals(ROOTS.get(n - 1), Merkle.root(leafHashes(n)), "size " + n);
        }
    }

    @Test
    void theLeafAndNodeHashesAreThePublishedOnes() {
        List<String> leaves = leafHashes(8);
        assertEquals("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d", leaves.get(0));
        assertEquals("96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7", leaves.get(1));
        assertEquals("5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                Merkle.nodeHash(leaves.get(2), leaves.get(3)));
        NodeSource nodes = NodeSource.inMemory(leaves);
        assertEquals("ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0", nodes.node(1, 3));
        assertEquals("6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4", nodes.node(2, 1));
    }

    @Test
    void theInclusionPathsOfTheTestTreeAreThePublishedOnes() {
        assertEquals(List.of(), Merkle.inclusionProof(0, leafHashes(1)));
        assertEquals(List.of("96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"),
                Merkle.inclusionProof(0, leafHashes(8)));
        assertEquals(List.of("bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"),
                Merkle.inclusionProof(5, leafHashes(8)));
        assertEquals(List.of("fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"),
                Merkle.inclusionProof(2, leafHashes(3)));
        assertEquals(List.of("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"),
                Merkle.inclusionProof(1, leafHashes(5)));
    }

    @Test
    void theConsistencyProofsOfTheTestTreeAreThePublishedOnes() {
        assertEquals(List.of(), Merkle.consistencyProof(1, leafHashes(1)));
        assertEquals(List.of("96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"),
                Merkle.consistencyProof(1, leafHashes(8)));
        assertEquals(List.of("0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"),
                Merkle.consistencyProof(6, leafHashes(8)));
        assertEquals(List.of("5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"),
                Merkle.consistencyProof(2, leafHashes(5)));
    }

    @Test
    void everyPublishedProofVerifiesAgainstThePublishedRoots() {
        for (int n = 1; n <= 8; n++) {
            List<String> leaves = leafHashes(n);
            for (int i = 0; i < n; i++) {
                assertTrue(Merkle.verifyInclusion(i, n, leaves.get(i), Merkle.inclusionProof(i, leaves), ROOTS.get(n - 1)));
            }
            for (int m = 1; m <= n; m++) {
                assertTrue(Merkle.verifyConsistency(m, n, ROOTS.get(m - 1), ROOTS.get(n - 1),
                        Merkle.consistencyProof(m, leaves)), m + " -> " + n);
            }
        }
    }

    @Test
    void theNodeSourceProofsOfTheTestTreeAreTheInMemoryOnes() {
        List<String> leaves = leafHashes(8);
        NodeSource nodes = NodeSource.inMemory(leaves);
        for (int n = 1; n <= 8; n++) {
            assertEquals(ROOTS.get(n - 1), TreeProofs.rootHash(nodes, n));
            for (int i = 0; i < n; i++) {
                assertEquals(Merkle.inclusionProof(i, leaves.subList(0, n)), TreeProofs.inclusionProof(nodes, i, n));
            }
            for (int m = 0; m <= n; m++) {
                assertEquals(Merkle.consistencyProof(m, leaves.subList(0, n)), TreeProofs.consistencyProof(nodes, m, n));
            }
        }
    }

    @Test
    void aProofWithAFlippedBitOrATrailingHashDoesNotVerify() {
        List<String> leaves = leafHashes(8);
        List<String> proof = Merkle.inclusionProof(5, leaves);
        List<String> flipped = new ArrayList<>(proof);
        flipped.set(1, (proof.get(1).charAt(0) == '0' ? "1" : "0") + proof.get(1).substring(1));
        assertFalse(Merkle.verifyInclusion(5, 8, leaves.get(5), flipped, ROOTS.get(7)));
        List<String> longer = new ArrayList<>(proof);
        longer.add(ROOTS.get(7));
        assertFalse(Merkle.verifyInclusion(5, 8, leaves.get(5), longer, ROOTS.get(7)));
        assertFalse(Merkle.verifyInclusion(5, 8, leaves.get(5), proof.subList(0, 2), ROOTS.get(7)));
        assertFalse(Merkle.verifyInclusion(4, 8, leaves.get(5), proof, ROOTS.get(7)));
        assertFalse(Merkle.verifyInclusion(5, 16, leaves.get(5), proof, ROOTS.get(7)));
        assertFalse(Merkle.verifyInclusion(5, 8, leaves.get(5), List.of("not hex"), ROOTS.get(7)));
        assertFalse(Merkle.verifyConsistency(6, 8, ROOTS.get(5), ROOTS.get(6), Merkle.consistencyProof(6, leaves)));
        assertFalse(Merkle.verifyConsistency(6, 8, ROOTS.get(5), ROOTS.get(7), List.of()));
        assertFalse(Merkle.verifyConsistency(8, 6, ROOTS.get(7), ROOTS.get(5), List.of()));
    }
}
