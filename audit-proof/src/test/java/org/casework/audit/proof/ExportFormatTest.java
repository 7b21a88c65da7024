package org.casework.audit.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ExportFormatTest {

    private static final String HASH = "ab".repeat(32);

    @Test
    void anEntryLineHasTypeFirstAndTheDocumentedFieldsInOrder() {
        AuditLeaf leaf = new AuditLeaf(1, Instant.parse("2026-12-04T09:00:00Z"), "s", null, null, "auditor", "2",
                "audit.read", "audit", null, "SUCCESS", HASH);
        ExportLine.Entry entry = new ExportLine.Entry(leaf, "00ff", Map.of("q", "x"), EntryHash.GENESIS, HASH);
        assertEquals("{\"type\":\"entry\",\"seq\":1,\"occurredAt\":\"2026-12-04T09:00:00.000000Z\",\"subject\":\"s\","
                + "\"onBehalfOf\":null,\"clientId\":null,\"roles\":\"auditor\",\"acr\":\"2\",\"action\":\"audit.read\","
                + "\"resourceType\":\"audit\",\"resourceId\":null,\"outcome\":\"SUCCESS\",\"detailsHash\":\"" + HASH + "\","
                + "\"detailsSalt\":\"00ff\",\"details\":{\"q\":\"x\"},\"previousHash\":\"" + EntryHash.GENESIS + "\","
                + "\"hash\":\"" + HASH + "\"}\n", SampleLog.ndjson(List.of(entry)));
    }

    @Test
    void checkpointAndRangeLinesHaveTheDocumentedFields() {
        ExportLine.CheckpointLine checkpoint = new ExportLine.CheckpointLine("case-service", 8, HASH,
                Instant.parse("2026-12-04T09:00:00.5Z"), "0123456789abcdef", "c2ln");
        ExportLine.Range range = new ExportLine.Range(List.of(HASH), List.of());
        assertEquals("{\"type\":\"checkpoint\",\"log\":\"case-service\",\"treeSize\":8,\"rootHash\":\"" + HASH + "\","
                + "\"time\":\"2026-12-04T09:00:00.500Z\",\"keyId\":\"0123456789abcdef\",\"signature\":\"c2ln\"}\n"
                + "{\"type\":\"range\",\"before\":[\"" + HASH + "\"],\"after\":[]}\n",
                SampleLog.ndjson(List.of(checkpoint, range)));
    }

    @Test
    void whatTheWriterWritesTheReaderReadsBack() {
        List<ExportLine> lines = SampleLog.of(5).export(2, 4, 5);
        List<ExportLine> read = new ExportReader(new StringReader(SampleLog.ndjson(lines))).readAll();
        assertEquals(lines.size(), read.size());
        for (int k = 0; k < lines.size(); k++) {
            if (lines.get(k) instanceof ExportLine.Entry written) {
                ExportLine.Entry back = (ExportLine.Entry) read.get(k);
                assertEquals(written.leaf(), back.leaf());
                assertEquals(CanonicalJson.write(written.details()), CanonicalJson.write(back.details()));
                assertEquals(written.hash(), back.hash());
            } else {
                assertEquals(lines.get(k), read.get(k));
            }
        }
    }

    @Test
    void aMalformedLineIsNamedByItsNumberAndTheReaderGoesOn() {
        ExportReader reader = new ExportReader(new StringReader("{\"type\":\"range\"}\n\n[1]\n{\"type\":\"checkpoint\"}\n"
                + "{\"type\":\"entry\",\"seq\":1,\"detailsHash\":\"AB\"}\n{\"type\":\"nope\"}\n"
                + "{\"type\":\"entry\",\"seq\":1,\"occurredAt\":\"x\",\"detailsHash\":\"" + HASH + "\"}\n"));
        assertTrue(reader.next() instanceof ExportLine.Range);
        assertEquals(3, assertThrows(ExportFormatException.class, reader::next).lineNumber());
        assertEquals(4, assertThrows(ExportFormatException.class, reader::next).lineNumber());
        assertEquals(5, assertThrows(ExportFormatException.class, reader::next).lineNumber());
        assertEquals(6, assertThrows(ExportFormatException.class, reader::next).lineNumber());
        assertEquals(7, assertThrows(ExportFormatException.class, reader::next).lineNumber());
        assertNull(reader.next());
    }

    @Test
    void detailsWithAFractionalNumberAreMalformedSinceTheyHaveNoCanonicalForm() {
        ExportLine.Entry entry = SampleLog.of(1).entries.get(0);
        String line = SampleLog.ndjson(List.of(entry)).replace("\"count\":1", "\"count\":1.5");
        assertThrows(ExportFormatException.class, () -> new ExportReader(new StringReader(line)).next());
    }
}
