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
            try {
                verifier.take(line, reader.lineNumber());
            } catch (RuntimeException e) {
                // a line that parses but cannot be placed in the tree (e.g. a seq before the first): named, not thrown
                verifier.fail(Reason.MALFORMED_LINE, null, reader.lineNumber(), "cannot be checked: " + e.getMessage());
            }
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
            ExportTree tree = new ExportTree(firstSeq, maxSeq, count, leaves, range, leafBytes, this::fail);
            String root = tree.recomputeRoot(signed.treeSize());
            if (root != null && !root.equals(signed.rootHash())) {
                fail(Reason.ROOT_MISMATCH, null, 0, "the entries give root " + root + ", the checkpoint says "
                        + signed.rootHash());
            }
            if (inclusionSeq != null) {
                try {
                    inclusion = tree.inclusion(signed, root != null, inclusionSeq, inclusionSeen);
                } catch (RuntimeException e) {
                    fail(Reason.INCLUSION_FAILED, inclusionSeq, 0, "no proof could be built: " + e.getMessage());
                }
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

    void fail(Reason reason, Long seq, long line, String message) {
        failureCount++;
        if (failures.size() < ExportVerification.MAX_LISTED) {
            failures.add(new Failure(reason, seq, line, message));
        }
    }
}
