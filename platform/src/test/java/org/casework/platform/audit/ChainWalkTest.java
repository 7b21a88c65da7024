package org.casework.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.casework.audit.proof.Checkpoint;
import org.casework.audit.proof.CompactRange;
import org.casework.audit.proof.DetailsHash;
import org.casework.audit.proof.EntryHash;
import org.casework.audit.proof.Merkle;
import org.junit.jupiter.api.Test;

/** Every kind of break {@code /audit/verify} names, without a database. */
class ChainWalkTest {

    private static final CheckpointSigner SIGNER = new CheckpointSigner("case-service", AuditKeys.developmentKey());
    private static final AuditStore.Pending NONE = new AuditStore.Pending(0, null);

    private static StoredEntry entry(long id, String subject, String detailsJson) {
        String salt = "00112233445566778899aabbccddeeff";
        return new StoredEntry(id, Instant.parse("2026-12-04T09:00:00.123456Z"), subject, null, "casework-web",
                "caseworker", "2", "case.read", "case", "c-" + id, "SUCCESS", detailsJson, salt,
                DetailsHash.of(salt, CanonicalDetails.of(detailsJson)));
    }

    private static List<LinkedEntry> chain(int n) {
        List<LinkedEntry> links = new ArrayList<>();
        String previous = EntryHash.GENESIS;
        for (int seq = 1; seq <= n; seq++) {
            StoredEntry e = entry(seq, "caseworker-1", "{\"reference\":\"C-" + seq + "\"}");
            String hash = EntryHash.link(previous, e.leaf(seq));
            links.add(new LinkedEntry(seq, e, previous, hash));
            previous = hash;
        }
        return links;
    }

    private static SignedCheckpoint checkpoint(List<LinkedEntry> links) {
        CompactRange range = new CompactRange();
        links.forEach(l -> range.append(Merkle.leafHash(l.hash())));
        Checkpoint c = new Checkpoint("case-service", links.size(), range.root(), Instant.parse("2026-12-04T09:00:01Z"));
        return new SignedCheckpoint(c.log(), c.treeSize(), c.rootHash(), c.time(), SIGNER.keyId(), SIGNER.sign(c));
    }

    private static ChainVerification walk(List<LinkedEntry> links, SignedCheckpoint... checkpoints) {
        ChainWalk walk = new ChainWalk(SIGNER);
        for (LinkedEntry l : links) {
            if (!walk.accept(l)) {
                return walk.finish(NONE, 0);
            }
            for (SignedCheckpoint c : checkpoints) {
                if (c.treeSize() == walk.size() && !walk.acceptCheckpoint(c)) {
                    return walk.finish(NONE, 0);
                }
            }
        }
        for (SignedCheckpoint c : checkpoints) {
            if (c.treeSize() > walk.size()) {
                return walk.cutOff(c);
            }
        }
        return walk.finish(NONE, 0);
    }

    @Test
    void aWholeChainWithItsCheckpointVerifies() {
        List<LinkedEntry> links = chain(5);
        ChainVerification v = walk(links, checkpoint(links.subList(0, 3)), checkpoint(links));
        assertTrue(v.valid(), v.toString());
        assertEquals(5, v.entries());
        assertEquals(2, v.checkpoints());
    }

    @Test
    void aChangedEntryIsNamedByItsSeq() {
        List<LinkedEntry> links = chain(4);
        LinkedEntry l = links.get(2);
        StoredEntry e = l.entry();
        links.set(2, new LinkedEntry(3, new StoredEntry(e.id(), e.occurredAt(), "mallory", e.onBehalfOf(), e.clientId(),
                e.roles(), e.acr(), e.action(), e.resourceType(), e.resourceId(), e.outcome(), e.detailsJson(),
                e.detailsSalt(), e.detailsHash()), l.previousHash(), l.hash()));
        ChainVerification v = walk(links);
        assertFalse(v.valid());
        assertEquals(3L, v.brokenAt());
    }

    @Test
    void changedDetailsAreNamedButErasedDetailsAreNot() {
        List<LinkedEntry> links = chain(3);
        LinkedEntry l = links.get(1);
        StoredEntry e = l.entry();
        StoredEntry forged = new StoredEntry(e.id(), e.occurredAt(), e.subject(), e.onBehalfOf(), e.clientId(), e.roles(),
                e.acr(), e.action(), e.resourceType(), e.resourceId(), e.outcome(), "{\"reference\":\"forged\"}",
                e.detailsSalt(), e.detailsHash());
        links.set(1, new LinkedEntry(2, forged, l.previousHash(), l.hash()));
        assertEquals(2L, walk(links).brokenAt());

        StoredEntry erased = new StoredEntry(e.id(), e.occurredAt(), e.subject(), e.onBehalfOf(), e.clientId(), e.roles(),
                e.acr(), e.action(), e.resourceType(), e.resourceId(), e.outcome(), null, null, e.detailsHash());
        links.set(1, new LinkedEntry(2, erased, l.previousHash(), l.hash()));
        assertTrue(walk(links).valid());
    }

    @Test
    void aRemovedEntryIsNamedByTheMissingSeq() {
        List<LinkedEntry> links = chain(4);
        links.remove(1);
        ChainVerification v = walk(links);
        assertEquals(2L, v.brokenAt());
    }

    @Test
    void aTailCutBelowASignedCheckpointIsNamed() {
        List<LinkedEntry> links = chain(6);
        SignedCheckpoint whole = checkpoint(links);
        ChainVerification v = walk(links.subList(0, 4), whole);
        assertFalse(v.valid());
        assertEquals(5L, v.brokenAt());
    }

    @Test
    void aCheckpointWithAForgedSignatureOrAnotherRootIsNamed() {
        List<LinkedEntry> links = chain(3);
        SignedCheckpoint real = checkpoint(links);
        SignedCheckpoint forged = new SignedCheckpoint(real.log(), real.treeSize(), real.rootHash(), real.time(),
                real.keyId(), checkpoint(chain(2)).signature());
        assertFalse(walk(links, forged).valid());
        SignedCheckpoint otherRoot = checkpoint(chain(3).subList(0, 3));
        assertTrue(walk(links, otherRoot).valid(), "the same entries give the same root");
    }
}
