package org.casework.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ChainVerifierTest {

    private static List<ChainedEntry> chain(int length) {
        List<ChainedEntry> entries = new ArrayList<>();
        String previous = HashChain.GENESIS;
        for (int seq = 1; seq <= length; seq++) {
            AuditRecord record = record(seq, "case.read");
            String hash = HashChain.link(previous, record);
            entries.add(new ChainedEntry(record, previous, hash));
            previous = hash;
        }
        return entries;
    }

    private static AuditRecord record(long seq, String action) {
        return new AuditRecord(seq, Instant.parse("2024-08-07T09:00:00Z").plusSeconds(seq), "caseworker-1", null,
                "casework-web", "caseworker", "2", action, "case", "c-" + seq, "SUCCESS", Map.of("n", "" + seq));
    }

    private static ChainVerification verify(List<ChainedEntry> entries, long headSeq, String headHash) {
        ChainVerifier verifier = new ChainVerifier();
        for (ChainedEntry entry : entries) {
            if (!verifier.accept(entry)) {
                break;
            }
        }
        return verifier.finish(headSeq, headHash);
    }

    private static ChainVerification verify(List<ChainedEntry> entries) {
        ChainedEntry last = entries.get(entries.size() - 1);
        return verify(entries, last.record().seq(), last.hash());
    }

    @Test
    void acceptsAnUnbrokenChainAndCountsItsEntries() {
        List<ChainedEntry> entries = chain(10);
        ChainVerification result = verify(entries);
        assertTrue(result.valid());
        assertEquals(10, result.entries());
        assertEquals(entries.get(9).hash(), result.lastHash());
    }

    @Test
    void acceptsTheEmptyChain() {
        ChainVerification result = verify(List.of(), 0, HashChain.GENESIS);
        assertTrue(result.valid());
        assertEquals(0, result.entries());
    }

    @Test
    void eachEntryLinksToTheHashOfTheOneBefore() {
        List<ChainedEntry> entries = chain(3);
        assertEquals(HashChain.GENESIS, entries.get(0).previousHash());
        assertEquals(entries.get(0).hash(), entries.get(1).previousHash());
        assertEquals(entries.get(1).hash(), entries.get(2).previousHash());
    }

    @Test
    void namesTheSequenceNumberOfAChangedEntry() {
        List<ChainedEntry> entries = chain(10);
        ChainedEntry original = entries.get(4);
        AuditRecord changed = new AuditRecord(5, original.record().occurredAt(), "mallory", null, "casework-web",
                "caseworker", "2", "case.read", "case", "c-5", "SUCCESS", Map.of("n", "5"));
        entries.set(4, new ChainedEntry(changed, original.previousHash(), original.hash()));
        ChainVerification result = verify(entries);
        assertFalse(result.valid());
        assertEquals(5, result.brokenAt());
        assertEquals(4, result.entries());
    }

    @Test
    void aChangedEntryWithARecomputedHashBreaksTheNextLink() {
        List<ChainedEntry> entries = chain(10);
        ChainedEntry original = entries.get(4);
        AuditRecord changed = record(5, "case.deleted");
        entries.set(4, new ChainedEntry(changed, original.previousHash(), HashChain.link(original.previousHash(), changed)));
        ChainVerification result = verify(entries);
        assertFalse(result.valid());
        assertEquals(6, result.brokenAt());
    }

    @Test
    void namesTheSequenceNumberOfARemovedEntry() {
        List<ChainedEntry> entries = chain(10);
        entries.remove(6);
        ChainVerification result = verify(entries);
        assertFalse(result.valid());
        assertEquals(7, result.brokenAt());
        assertTrue(result.reason().contains("missing"));
    }

    @Test
    void detectsACutOffTailAgainstTheChainHead() {
        List<ChainedEntry> entries = chain(10);
        String headHash = entries.get(9).hash();
        ChainVerification result = verify(entries.subList(0, 8), 10, headHash);
        assertFalse(result.valid());
        assertEquals(9, result.brokenAt());
    }

    @Test
    void detectsEntriesWrittenPastTheChainHead() {
        List<ChainedEntry> entries = chain(10);
        ChainVerification result = verify(entries, 8, entries.get(7).hash());
        assertFalse(result.valid());
        assertEquals(9, result.brokenAt());
    }
}
