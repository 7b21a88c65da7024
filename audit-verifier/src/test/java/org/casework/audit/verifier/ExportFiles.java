package org.casework.audit.verifier;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.casework.audit.proof.AuditLeaf;
import org.casework.audit.proof.Checkpoint;
import org.casework.audit.proof.DetailsHash;
import org.casework.audit.proof.EntryHash;
import org.casework.audit.proof.ExportLine;
import org.casework.audit.proof.ExportWriter;
import org.casework.audit.proof.Merkle;
import org.casework.audit.proof.Signatures;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A signed export of a small log, written with the library as a service would, and ways to tamper with it. */
final class ExportFiles {

    static final KeyPair KEYS = Signatures.generateKeyPair();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The NDJSON lines of a complete export of {@code n} entries: entries 1..n, then the checkpoint. */
    static List<String> export(int n, KeyPair signer) {
        List<ExportLine> lines = new ArrayList<>();
        List<String> leafHashes = new ArrayList<>();
        String previous = EntryHash.GENESIS;
        Instant start = Instant.parse("2026-12-04T09:00:00Z");
        for (int seq = 1; seq <= n; seq++) {
            Map<String, Object> details = Map.of("caseId", Long.toString(100 + seq), "to", "INVESTIGATING");
            String salt = DetailsHash.newSalt();
            AuditLeaf leaf = new AuditLeaf(seq, start.plusSeconds(seq), "caseworker-1", null, null, "caseworker", "2",
                    "case.read", "case", Long.toString(100 + seq), "SUCCESS", DetailsHash.of(salt, details));
            ExportLine.Entry entry = ExportLine.Entry.linked(leaf, salt, details, previous);
            lines.add(entry);
            leafHashes.add(Merkle.leafHash(entry.hash()));
            previous = entry.hash();
        }
        Checkpoint checkpoint = new Checkpoint("case-service", n, Merkle.root(leafHashes), start.plusSeconds(3600));
        lines.add(ExportLine.CheckpointLine.signed(checkpoint, signer.getPrivate(), signer.getPublic()));
        StringWriter out = new StringWriter();
        try (ExportWriter writer = new ExportWriter(out)) {
            lines.forEach(writer::write);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(Arrays.asList(out.toString().split("\n")));
    }

    static void edit(List<String> lines, int index, Consumer<ObjectNode> change) {
        try {
            ObjectNode node = (ObjectNode) JSON.readTree(lines.get(index));
            change.accept(node);
            lines.set(index, JSON.writeValueAsString(node));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path dir, String name, List<String> lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    static Path publicKey(Path dir) throws IOException {
        return Files.writeString(dir.resolve("key.pem"), Signatures.toPem(KEYS.getPublic()), StandardCharsets.UTF_8);
    }

    private ExportFiles() {
    }
}
