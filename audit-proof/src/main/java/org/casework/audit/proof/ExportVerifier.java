package org.casework.audit.proof;

import java.io.Reader;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.casework.audit.proof.ExportVerification.Failure;
import org.casework.audit.proof.ExportVerification.Inclusion;
import org.casework.audit.proof.ExportVerification.Reason;

/**
 * Checks an export with nothing but the export and the log's public key: each entry's details against its
 * details hash (erased details are reported, not failed), each entry's hash, the chain's links and gap-free
 * seqs, the Merkle root recomputed from the entries and the range line against the checkpoint, the
 * checkpoint's signature, and optionally an inclusion proof of one entry. Streams: memory stays O(log n)
 * (plus 32 bytes per entry when an inclusion proof is asked for).
 */
public final class ExportVerifier {

    private final PublicKey publicKey;
    private final Long inclusionSeq;

    private final List<Failure> failures = new ArrayList<>();
    private long failureCount;
    private final List<Long> erasedSeqs = new ArrayList<>();
    private long erasedCount;

    private Long firstSeq;
    private long maxSeq;
    private String previousHash;
    private long count;
    private final NodeStack leaves = new NodeStack();
    private final TreeMap<Long, Long> gaps = new TreeMap<>();
    private byte[] leafBytes;
    private boolean inclusionSeen;
    private ExportLine.CheckpointLine checkpoint;
    private ExportLine.Range range;

    private ExportVerifier(PublicKey publicKey, Long inclusionSeq) {
        this.publicKey = publicKey;
        this.inclusionSeq = inclusionSeq;
        this.leafBytes = inclusionSeq == null ? null : new byte[32 * 1024];
    }

    /** Verifies the export read from {@code export}; {@code inclusionSeq} (nullable) asks for one entry's inclusion proof. */
    public static ExportVerification verify(Reader export, PublicKey publicKey, Long inclusionSeq) {
        ExportVerifier verifier = new ExportVerifier(publicKey, inclusionSeq);
        ExportReader reader = new ExportReader(export);
        while (true) {
            ExportLine line;
            try {
                line = reader.next();
            } catch (ExportFormatException e) {
                verifier.fail(Reason.MALFORMED_LINE, null, e.lineNumber(), e.getMessage());
                continue;
            }
            if (line == null) {
                break;
            }
            verifier.take(line, reader.lineNumber());
        }
        return verifier.finish();
    }

    private void take(ExportLine line, long lineNumber) {
        if (line instanceof ExportLine.Entry entry) {
            entry(entry, lineNumber);
        } else if (line instanceof ExportLine.CheckpointLine c) {
            if (checkpoint != null) {
                fail(Reason.MALFORMED_LINE, null, lineNumber, "a second checkpoint line");
            } else {
                checkpoint = c;
            }
        } else if (line instanceof ExportLine.Range r) {
            if (range != null) {
                fail(Reason.MALFORMED_LINE, null, lineNumber, "a second range line");
            } else {
                range = r;
            }
        }
    }

    private void entry(ExportLine.Entry entry, long line) {
        long seq = entry.seq();
        AuditLeaf leaf = entry.leaf();
        if (entry.erased()) {
            erasedCount++;
            if (erasedSeqs.size() < ExportVerification.MAX_LISTED) {
                erasedSeqs.add(seq);
            }
        } else if (entry.details() == null || entry.detailsSalt() == null) {
            fail(Reason.DETAILS_CHANGED, seq, line, "details or salt missing while the other is present");
        } else if (!detailsHash(entry).equals(leaf.detailsHash())) {
            fail(Reason.DETAILS_CHANGED, seq, line, "the details do not match the details hash");
        }
        String hash = EntryHash.link(entry.previousHash(), leaf);
        if (!hash.equals(entry.hash())) {
            fail(Reason.ENTRY_CHANGED, seq, line, "the entry does not hash to its stated hash");
        }
        order(entry, line);
        long position = firstSeq - 1 + count;
        byte[] leafHash = Merkle.leaf(Sha256.bytes(hash));
        leaves.push(0, position, leafHash, null);
        if (leafBytes != null) {
            keep(leafHash);
            inclusionSeen |= inclusionSeq != null && seq == inclusionSeq;
        }
        count++;
    }

    private String detailsHash(ExportLine.Entry entry) {
        try {
            return DetailsHash.of(entry.detailsSalt(), entry.details());
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private void order(ExportLine.Entry entry, long line) {
        long seq = entry.seq();
        if (firstSeq == null) {
            firstSeq = seq;
            if (seq == 1 && !entry.previousHash().equals(EntryHash.GENESIS)) {
                fail(Reason.CHAIN_BROKEN, seq, line, "the first entry does not start the chain");
            }
        } else if (seq == maxSeq + 1) {
            if (!entry.previousHash().equals(previousHash)) {
                fail(Reason.CHAIN_BROKEN, seq, line, "the previous hash is not the hash of entry " + maxSeq);
            }
        } else if (seq > maxSeq + 1) {
            gaps.put(maxSeq + 1, seq - 1);
        } else {
            fail(Reason.OUT_OF_ORDER, seq, line, "seq " + seq + " comes after seq " + maxSeq);
            fillGap(seq);
            return;
        }
        maxSeq = seq;
        previousHash = entry.hash();
    }

    private void fillGap(long seq) {
        Map.Entry<Long, Long> gap = gaps.floorEntry(seq);
        if (gap == null || gap.getValue() < seq) {
            return;
        }
        gaps.remove(gap.getKey());
        if (gap.getKey() < seq) {
            gaps.put(gap.getKey(), seq - 1);
        }
        if (seq < gap.getValue()) {
            gaps.put(seq + 1, gap.getValue());
        }
    }

    private void keep(byte[] leafHash) {
        if ((count + 1) * 32 > leafBytes.length) {
            leafBytes = Arrays.copyOf(leafBytes, Math.toIntExact(Math.min(Integer.MAX_VALUE - 8, leafBytes.length * 2L)));
        }
        System.arraycopy(leafHash, 0, leafBytes, (int) (count * 32), 32);
    }

    private ExportVerification finish() {
        gaps.forEach((from, to) -> fail(Reason.ENTRY_MISSING, from, 0,
                from.equals(to) ? "entry " + from + " is missing" : "entries " + from + " to " + to + " are missing"));
        Checkpoint signed = null;
        Inclusion inclusion = null;
        if (checkpoint == null) {
            fail(Reason.CHECKPOINT_MISSING, null, 0, "the export has no checkpoint line");
        } else {
            signed = checkpoint.checkpoint();
            checkSignature(signed);
            String root = recomputeRoot(signed.treeSize());
            if (root != null && !root.equals(signed.rootHash())) {
                fail(Reason.ROOT_MISMATCH, null, 0, "the entries give root " + root + ", the checkpoint says "
                        + signed.rootHash());
            }
            if (inclusionSeq != null) {
                inclusion = inclusion(signed, root != null);
            }
        }
        return new ExportVerification(count, firstSeq, firstSeq == null ? null : maxSeq, signed,
                checkpoint == null ? null : checkpoint.keyId(), erasedCount, erasedSeqs, inclusion, failures,
                failureCount);
    }

    private void checkSignature(Checkpoint signed) {
        String expectedKeyId = Signatures.keyId(publicKey);
        if (!expectedKeyId.equals(checkpoint.keyId())) {
            fail(Reason.KEY_MISMATCH, null, 0, "the checkpoint names key " + checkpoint.keyId() + ", the given key is "
                    + expectedKeyId);
        }
        if (!Signatures.verify(publicKey, signed, checkpoint.signature())) {
            fail(Reason.BAD_SIGNATURE, null, 0, "the checkpoint's signature does not verify with the given key");
        }
    }

    /** The root from range line + entries, or null when it cannot be computed (the failure is then recorded). */
    private String recomputeRoot(long treeSize) {
        if (count == 0) {
            if (treeSize == 0) {
                return range == null || range.before().isEmpty() && range.after().isEmpty() ? Merkle.EMPTY_ROOT : null;
            }
            fail(Reason.ENTRY_MISSING, null, 0, "the export has no entries for a tree of " + treeSize);
            return null;
        }
        if (maxSeq > treeSize) {
            fail(Reason.ENTRY_BEYOND_CHECKPOINT, maxSeq, 0, "entries up to " + maxSeq + " but the checkpoint covers "
                    + treeSize);
            return null;
        }
        if (count != maxSeq - firstSeq + 1) {
            return null; // missing or repeated entries, already reported
        }
        long from = firstSeq - 1;
        List<NodeId> before = Merkle.perfectSubtrees(0, from);
        List<NodeId> after = Merkle.perfectSubtrees(maxSeq, treeSize);
        List<String> beforeHashes = range == null ? List.of() : range.before();
        List<String> afterHashes = range == null ? List.of() : range.after();
        if (range == null && (from > 0 || maxSeq < treeSize)) {
            if (from > 0) {
                fail(Reason.ENTRY_MISSING, 1L, 0, "entries 1 to " + from + " are neither exported nor in a range line");
            }
            if (maxSeq < treeSize) {
                fail(Reason.ENTRY_MISSING, maxSeq + 1, 0, "entries " + (maxSeq + 1) + " to " + treeSize
                        + " are neither exported nor in a range line");
            }
            return null;
        }
        if (before.size() != beforeHashes.size() || after.size() != afterHashes.size()) {
            fail(Reason.RANGE_MISMATCH, null, 0, "entries " + firstSeq + " to " + maxSeq + " of " + treeSize + " need "
                    + before.size() + " subtrees before and " + after.size() + " after; the range line has "
                    + beforeHashes.size() + " and " + afterHashes.size());
            return null;
        }
        NodeStack tree = new NodeStack();
        for (int k = 0; k < before.size(); k++) {
            tree.push(before.get(k).level(), before.get(k).index(), Sha256.bytes(beforeHashes.get(k)), null);
        }
        tree.pushAll(leaves);
        for (int k = 0; k < after.size(); k++) {
            tree.push(after.get(k).level(), after.get(k).index(), Sha256.bytes(afterHashes.get(k)), null);
        }
        return Sha256.hex(tree.fold());
    }

    private Inclusion inclusion(Checkpoint signed, boolean rootComputed) {
        long seq = inclusionSeq;
        if (!inclusionSeen) {
            fail(Reason.ENTRY_NOT_IN_EXPORT, seq, 0, "entry " + seq + " is not in the export");
            return null;
        }
        if (!rootComputed) {
            fail(Reason.INCLUSION_FAILED, seq, 0, "no proof: the export's tree could not be rebuilt");
            return null;
        }
        long from = firstSeq - 1;
        List<NodeId> ids = new ArrayList<>(Merkle.perfectSubtrees(0, from));
        ids.addAll(Merkle.perfectSubtrees(maxSeq, signed.treeSize()));
        List<String> hashes = new ArrayList<>();
        if (range != null) {
            hashes.addAll(range.before());
            hashes.addAll(range.after());
        }
        ExportNodes nodes = new ExportNodes(ids, hashes, from, leafBytes, count);
        long index = seq - 1;
        String leafHash = nodes.node(0, index);
        List<String> proof = TreeProofs.inclusionProof(nodes, index, signed.treeSize());
        boolean verified = Merkle.verifyInclusion(index, signed.treeSize(), leafHash, proof, signed.rootHash());
        if (!verified) {
            fail(Reason.INCLUSION_FAILED, seq, 0, "the inclusion proof of entry " + seq + " does not verify");
        }
        return new Inclusion(seq, index, signed.treeSize(), leafHash, proof, verified);
    }

    private void fail(Reason reason, Long seq, long line, String message) {
        failureCount++;
        if (failures.size() < ExportVerification.MAX_LISTED) {
            failures.add(new Failure(reason, seq, line, message));
        }
    }
}
