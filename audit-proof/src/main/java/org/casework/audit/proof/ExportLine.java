package org.casework.audit.proof;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One line of an audit export (NDJSON): an entry, the checkpoint the entries verify against, or the range around them. */
public sealed interface ExportLine permits ExportLine.Entry, ExportLine.CheckpointLine, ExportLine.Range {

    /**
     * A linked entry with its details and salt, or with both null once erased. The leaf commits to the details
     * hash, so an erased entry still verifies in the chain and the tree.
     */
    record Entry(AuditLeaf leaf, String detailsSalt, Map<String, ?> details, String previousHash, String hash)
            implements ExportLine {

        public long seq() {
            return leaf.seq();
        }

        /** Details and salt both erased. */
        public boolean erased() {
            return detailsSalt == null && details == null;
        }

        /** The entry as it must be: its hash linked from {@code previousHash}. */
        public static Entry linked(AuditLeaf leaf, String detailsSalt, Map<String, ?> details, String previousHash) {
            return new Entry(leaf, detailsSalt, details, previousHash, EntryHash.link(previousHash, leaf));
        }
    }

    /** A signed checkpoint: {@code {type, log, treeSize, rootHash, time, keyId, signature}}. */
    record CheckpointLine(String log, long treeSize, String rootHash, Instant time, String keyId, String signature)
            implements ExportLine {

        public static CheckpointLine of(Checkpoint checkpoint, String keyId, String signature) {
            return new CheckpointLine(checkpoint.log(), checkpoint.treeSize(), checkpoint.rootHash(), checkpoint.time(),
                    keyId, signature);
        }

        /** Signs the checkpoint with {@code key}, naming {@code publicKey}'s id. */
        public static CheckpointLine signed(Checkpoint checkpoint, java.security.PrivateKey key,
                java.security.PublicKey publicKey) {
            return of(checkpoint, Signatures.keyId(publicKey), Signatures.sign(key, checkpoint));
        }

        /** The checkpoint the signature is over. */
        public Checkpoint checkpoint() {
            return new Checkpoint(log, treeSize, rootHash, time);
        }
    }

    /**
     * When an export does not cover leaves 1..treeSize: the hashes of {@link Merkle#perfectSubtrees} before the
     * first exported leaf and after the last one, left to right, so the root can be recomputed.
     */
    record Range(List<String> before, List<String> after) implements ExportLine {

        public Range {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }
    }
}
