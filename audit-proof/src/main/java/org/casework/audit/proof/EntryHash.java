package org.casework.audit.proof;

/**
 * The hash chain: an entry's hash is SHA-256 over the previous entry's hash, a newline and the entry's
 * canonical leaf JSON. The chain orders entries; the Merkle tree over the entry hashes makes that order
 * provable to someone who holds only a signed checkpoint.
 */
public final class EntryHash {

    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private EntryHash() {
    }

    public static String link(String previousHash, String canonicalLeafJson) {
        return Sha256.hexOf(previousHash + "\n" + canonicalLeafJson);
    }

    public static String link(String previousHash, AuditLeaf leaf) {
        return link(previousHash, leaf.canonicalJson());
    }
}
