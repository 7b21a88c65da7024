package org.casework.audit.proof;

import static org.casework.audit.proof.ExportVerification.Reason.BAD_SIGNATURE;
import static org.casework.audit.proof.ExportVerification.Reason.CHAIN_BROKEN;
import static org.casework.audit.proof.ExportVerification.Reason.CHECKPOINT_MISSING;
import static org.casework.audit.proof.ExportVerification.Reason.DETAILS_CHANGED;
import static org.casework.audit.proof.ExportVerification.Reason.ENTRY_BEYOND_CHECKPOINT;
import static org.casework.audit.proof.ExportVerification.Reason.ENTRY_CHANGED;
import static org.casework.audit.proof.ExportVerification.Reason.ENTRY_MISSING;
import static org.casework.audit.proof.ExportVerification.Reason.ENTRY_NOT_IN_EXPORT;
import static org.casework.audit.proof.ExportVerification.Reason.KEY_MISMATCH;
import static org.casework.audit.proof.ExportVerification.Reason.MALFORMED_LINE;
import static org.casework.audit.proof.ExportVerification.Reason.OUT_OF_ORDER;
import static org.casework.audit.proof.ExportVerification.Reason.RANGE_MISMATCH;
import static org.casework.audit.proof.ExportVerification.Reason.ROOT_MISMATCH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.security.KeyPair;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.casework.audit.proof.ExportVerification.Reason;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class ExportVerifierTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SampleLog LOG = SampleLog.of(13);

    private static ExportVerification verify(List<String> lines, Long seq) {
        return ExportVerifier.verify(new StringReader(String.join("\n", lines) + "\n"), SampleLog.KEYS.getPublic(), seq);
    }

    private static ExportVerification verify(List<String> lines) {
        return verify(lines, null);
    }

    private static List<String> fullExport() {
        return SampleLog.textLines(LOG.export());
    }

    private static Set<Reason> reasons(ExportVerification result) {
        return result.failures().stream().map(ExportVerification.Failure::reason)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Reason.class)));
    }

    /** Rewrites line {@code index} as JSON. */
    private static void edit(List<String> lines, int index, Consumer<ObjectNode> change) {
        try {
            ObjectNode node = (ObjectNode) JSON.readTree(lines.get(index));
            change.accept(node);
            lines.set(index, JSON.writeValueAsString(node));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aCompleteExportOfAnUntouchedLogIsValid() {
        ExportVerification result = verify(fullExport());
        assertTrue(result.valid(), result.failures().toString());
        assertEquals(13, result.entries());
        assertEquals(1L, result.firstSeq());
        assertEquals(13L, result.lastSeq());
        assertEquals(13, result.checkpoint().treeSize());
        assertEquals(Signatures.keyId(SampleLog.KEYS.getPublic()), result.keyId());
    }

    @Test
    void anExportOfAMiddleRangeIsValidWithItsRangeLine() {
        for (int from = 1; from <= 13; from++) {
            for (int to = from; to <= 13; to++) {
                ExportVerification result = verify(SampleLog.textLines(LOG.export(from, to, 13)), (long) from);
                assertTrue(result.valid(), from + ".." + to + ": " + result.failures());
            }
        }
    }

    @Test
    void theCheckpointAndRangeLinesMayComeBeforeTheEntries() {
        List<String> lines = SampleLog.textLines(LOG.export(3, 7, 11));
        lines.add(0, lines.remove(lines.size() - 1));
        lines.add(0, lines.remove(lines.size() - 1));
        ExportVerification result = verify(lines, 5L);
        assertTrue(result.valid(), result.failures().toString());
    }

    @Test
    void anExportAgainstAnEarlierCheckpointIsValid() {
        ExportVerification result = verify(SampleLog.textLines(LOG.export(3, 7, 9)));
        assertTrue(result.valid(), result.failures().toString());
    }

    @Test
    void theInclusionProofOfOneEntryVerifiesAgainstTheSignedRoot() {
        ExportVerification result = verify(fullExport(), 6L);
        assertTrue(result.valid(), result.failures().toString());
        assertTrue(result.inclusion().verified());
        assertEquals(5, result.inclusion().leafIndex());
        assertEquals(Merkle.inclusionProof(5, LOG.leafHashes), result.inclusion().proof());
        assertTrue(Merkle.verifyInclusion(5, 13, result.inclusion().leafHash(), result.inclusion().proof(),
                result.checkpoint().rootHash()));
    }

    @Test
    void aChangedDetailIsDetectedAsDetailsChanged() {
        List<String> lines = fullExport();
        edit(lines, 4, entry -> ((ObjectNode) entry.get("details")).put("to", "CLOSED"));
        ExportVerification result = verify(lines);
        assertFalse(result.valid());
        assertEquals(EnumSet.of(DETAILS_CHANGED), reasons(result));
        assertEquals(5L, result.failures().get(0).seq());
        assertEquals(5, result.failures().get(0).line());
    }

    @Test
    void anErasedDetailIsNotAFailureButIsReported() {
        List<String> lines = fullExport();
        edit(lines, 2, entry -> entry.putNull("details").putNull("detailsSalt"));
        edit(lines, 7, entry -> entry.putNull("details").putNull("detailsSalt"));
        ExportVerification result = verify(lines, 3L);
        assertTrue(result.valid(), result.failures().toString());
        assertEquals(2, result.erasedCount());
        assertEquals(List.of(3L, 8L), result.erasedSeqs());
        assertTrue(result.inclusion().verified());
    }

    @Test
    void detailsWithoutTheirSaltAreDetectedAsDetailsChanged() {
        List<String> lines = fullExport();
        edit(lines, 2, entry -> entry.putNull("detailsSalt"));
        assertEquals(EnumSet.of(DETAILS_CHANGED), reasons(verify(lines)));
    }

    @Test
    void aChangedFieldOfAnEntryIsDetectedAsEntryChangedAndRootMismatch() {
        List<String> lines = fullExport();
        edit(lines, 6, entry -> entry.put("subject", "someone-else"));
        assertEquals(EnumSet.of(ENTRY_CHANGED, ROOT_MISMATCH), reasons(verify(lines)));
    }

    @Test
    void anEntryRewrittenWithItsHashRecomputedBreaksTheChainAndTheRoot() {
        List<String> lines = fullExport();
        edit(lines, 6, entry -> {
            entry.put("action", "case.nothing-to-see");
            AuditLeaf leaf = new AuditLeaf(7, SampleLog.START.plusMillis(1500L * 7), entry.get("subject").asText(),
                    null, null, "caseworker", "2", "case.nothing-to-see", "case", entry.get("resourceId").asText(),
                    "SUCCESS", entry.get("detailsHash").asText());
            entry.put("hash", EntryHash.link(entry.get("previousHash").asText(), leaf));
        });
        assertEquals(EnumSet.of(CHAIN_BROKEN, ROOT_MISMATCH), reasons(verify(lines)));
    }

    @Test
    void aRemovedEntryIsDetectedAsEntryMissing() {
        List<String> lines = fullExport();
        lines.remove(5);
        ExportVerification result = verify(lines);
        assertEquals(EnumSet.of(ENTRY_MISSING), reasons(result));
        assertEquals(6L, result.failures().get(0).seq());
    }

    @Test
    void aCutOffTailIsDetectedAsEntryMissing() {
        List<String> lines = fullExport();
        lines.subList(10, 13).clear();
        ExportVerification result = verify(lines);
        assertEquals(EnumSet.of(ENTRY_MISSING), reasons(result));
        assertEquals(11L, result.failures().get(0).seq());
    }

    @Test
    void reorderedEntriesAreDetectedAsOutOfOrder() {
        List<String> lines = fullExport();
        lines.add(3, lines.remove(4));
        ExportVerification result = verify(lines);
        assertEquals(EnumSet.of(OUT_OF_ORDER, ROOT_MISMATCH), reasons(result));
        assertEquals(4L, result.failures().get(0).seq());
    }

    @Test
    void aCheckpointSignedWithAnotherKeyIsDetectedAsBadSignature() {
        KeyPair forger = Signatures.generateKeyPair();
        List<String> lines = fullExport();
        Checkpoint checkpoint = LOG.checkpoint(13).checkpoint();
        lines.set(13, SampleLog.ndjson(List.of(ExportLine.CheckpointLine.signed(checkpoint, forger.getPrivate(),
                forger.getPublic()))).trim());
        assertEquals(EnumSet.of(BAD_SIGNATURE, KEY_MISMATCH), reasons(verify(lines)));
    }

    @Test
    void aCheckpointWithAChangedRootIsDetectedAsBadSignatureAndRootMismatch() {
        List<String> lines = fullExport();
        edit(lines, 13, checkpoint -> checkpoint.put("rootHash", Merkle.root(LOG.leafHashes.subList(0, 12))));
        assertEquals(EnumSet.of(BAD_SIGNATURE, ROOT_MISMATCH), reasons(verify(lines)));
    }

    @Test
    void aCheckpointWithAChangedSizeIsDetectedAsBadSignature() {
        List<String> lines = fullExport();
        edit(lines, 13, checkpoint -> checkpoint.put("treeSize", 12));
        assertEquals(EnumSet.of(BAD_SIGNATURE, ENTRY_BEYOND_CHECKPOINT), reasons(verify(lines)));
        List<String> larger = fullExport();
        edit(larger, 13, checkpoint -> checkpoint.put("treeSize", 14));
        assertEquals(EnumSet.of(BAD_SIGNATURE, ENTRY_MISSING), reasons(verify(larger)));
    }

    @Test
    void anExportWithoutACheckpointIsDetectedAsCheckpointMissing() {
        List<String> lines = fullExport();
        lines.remove(13);
        assertEquals(EnumSet.of(CHECKPOINT_MISSING), reasons(verify(lines)));
    }

    @Test
    void aLineThatIsNotAnExportLineIsNamedAndTheRestIsStillChecked() {
        List<String> lines = fullExport();
        lines.set(2, "{\"type\":\"entry\",\"seq\":\"three\"}");
        lines.add(0, "not json at all");
        ExportVerification result = verify(lines);
        assertEquals(EnumSet.of(MALFORMED_LINE, ENTRY_MISSING), reasons(result));
        assertEquals(1, result.failures().get(0).line());
        assertEquals(4, result.failures().get(1).line());
    }

    @Test
    void aSeqOfZeroOrBeyondAnyLogIsAMalformedLine() {
        List<String> lines = fullExport();
        edit(lines, 0, entry -> entry.put("seq", 0));
        edit(lines, 1, entry -> entry.put("seq", Long.MAX_VALUE));
        ExportVerification result = verify(lines);
        assertEquals(EnumSet.of(MALFORMED_LINE, ENTRY_MISSING), reasons(result));
        assertEquals(1, result.failures().get(0).line());
        assertEquals(2, result.failures().get(1).line());
    }

    @Test
    void aRangeLineThatDoesNotFitTheEntriesIsDetectedAsRangeMismatch() {
        List<String> lines = SampleLog.textLines(LOG.export(4, 9, 13));
        lines.remove(0); // the first exported entry: now the range line's "before" no longer fits
        assertEquals(EnumSet.of(RANGE_MISMATCH), reasons(verify(lines)));
    }

    @Test
    void anInclusionProofForAnEntryOutsideTheExportIsReported() {
        ExportVerification result = verify(SampleLog.textLines(LOG.export(4, 9, 13)), 10L);
        assertEquals(EnumSet.of(ENTRY_NOT_IN_EXPORT), reasons(result));
    }

    @Test
    void theExportOfAnEmptyLogIsValid() {
        Checkpoint empty = new Checkpoint("case-service", 0, Merkle.EMPTY_ROOT, SampleLog.START);
        List<String> lines = SampleLog.textLines(List.of(ExportLine.CheckpointLine.signed(empty,
                SampleLog.KEYS.getPrivate(), SampleLog.KEYS.getPublic())));
        assertTrue(verify(lines).valid());
        List<ExportLine> withRange = List.of(new ExportLine.Range(List.of(Merkle.EMPTY_ROOT), List.of()),
                ExportLine.CheckpointLine.signed(empty, SampleLog.KEYS.getPrivate(), SampleLog.KEYS.getPublic()));
        assertEquals(EnumSet.of(RANGE_MISMATCH), reasons(verify(SampleLog.textLines(withRange))));
    }
}
