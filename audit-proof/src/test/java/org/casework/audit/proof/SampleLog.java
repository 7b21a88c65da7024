package org.casework.audit.proof;

import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A log of n linked entries with salted details, its tree, and exports of it signed with a test key. */
final class SampleLog {

    static final KeyPair KEYS = Signatures.generateKeyPair();
    static final Instant START = Instant.parse("2026-12-04T09:00:00.123456Z");

    final List<ExportLine.Entry> entries = new ArrayList<>();
    final List<String> leafHashes = new ArrayList<>();

    static SampleLog of(int n) {
        SampleLog log = new SampleLog();
        String previous = EntryHash.GENESIS;
        for (int seq = 1; seq <= n; seq++) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("to", seq % 2 == 0 ? "INVESTIGATING" : "OPEN");
            details.put("organisation", "Zoë's Bakery Ltd");
            details.put("count", (long) seq);
            String salt = DetailsHash.newSalt();
            AuditLeaf leaf = new AuditLeaf(seq, START.plusMillis(1500L * seq), "caseworker-" + seq % 3,
                    seq % 4 == 0 ? "on-behalf-" + seq : null, seq % 5 == 0 ? "notice-service" : null, "caseworker",
                    "2", seq % 2 == 0 ? "case.transitioned" : "case.read", "case", Long.toString(1000 + seq % 7),
                    "SUCCESS", DetailsHash.of(salt, details));
            ExportLine.Entry entry = ExportLine.Entry.linked(leaf, salt, details, previous);
            log.entries.add(entry);
            log.leafHashes.add(Merkle.leafHash(entry.hash()));
            previous = entry.hash();
        }
        return log;
    }

    ExportLine.CheckpointLine checkpoint(long treeSize) {
        Checkpoint checkpoint = new Checkpoint("case-service", treeSize, Merkle.root(leafHashes.subList(0, (int) treeSize)),
                START.plusSeconds(3600));
        return ExportLine.CheckpointLine.signed(checkpoint, KEYS.getPrivate(), KEYS.getPublic());
    }

    /** Entries fromSeq..toSeq (inclusive), the range line when needed, and the checkpoint at treeSize. */
    List<ExportLine> export(long fromSeq, long toSeq, long treeSize) {
        List<ExportLine> lines = new ArrayList<>(entries.subList((int) fromSeq - 1, (int) toSeq));
        if (fromSeq > 1 || toSeq < treeSize) {
            NodeSource nodes = NodeSource.inMemory(leafHashes.subList(0, (int) treeSize));
            lines.add(new ExportLine.Range(TreeProofs.perfectSubtreeHashes(nodes, 0, fromSeq - 1),
                    TreeProofs.perfectSubtreeHashes(nodes, toSeq, treeSize)));
        }
        lines.add(checkpoint(treeSize));
        return lines;
    }

    List<ExportLine> export() {
        return export(1, entries.size(), entries.size());
    }

    static String ndjson(List<ExportLine> lines) {
        StringWriter out = new StringWriter();
        try (ExportWriter writer = new ExportWriter(out)) {
            lines.forEach(writer::write);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static List<String> textLines(List<ExportLine> lines) {
        return new ArrayList<>(Arrays.asList(ndjson(lines).split("\n")));
    }
}
