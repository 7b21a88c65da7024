package org.casework.platform.audit;

/** An audit record as stored: its content and the two hashes that link it into the chain. */
public record ChainedEntry(AuditRecord record, String previousHash, String hash) {
}
