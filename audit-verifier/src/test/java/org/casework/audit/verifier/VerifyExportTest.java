package org.casework.audit.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.casework.audit.proof.Signatures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command's main entry on good, tampered and unusable files. */
class VerifyExportTest {

    @TempDir
    Path dir;

    private String out;
    private String err;

    private int run(String... args) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int status = VerifyExport.run(args, new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
        out = stdout.toString(StandardCharsets.UTF_8);
        err = stderr.toString(StandardCharsets.UTF_8);
        return status;
    }

    private int verify(List<String> lines, String... more) throws IOException {
        Path export = ExportFiles.write(dir, "export.ndjson", lines);
        Path key = ExportFiles.publicKey(dir);
        String[] args = new String[4 + more.length];
        args[0] = "--export";
        args[1] = export.toString();
        args[2] = "--public-key";
        args[3] = key.toString();
        System.arraycopy(more, 0, args, 4, more.length);
        return run(args);
    }

    private void assertNoStackTrace() {
        assertFalse((out + err).contains("\tat "), out + err);
        assertFalse((out + err).contains("Exception"), out + err);
    }

    @Test
    void aValidExportExitsZeroWithAShortReport() throws IOException {
        assertEquals(0, verify(ExportFiles.export(9, ExportFiles.KEYS)));
        assertTrue(out.contains("Entries:     9 (seq 1 to 9)"), out);
        assertTrue(out.contains("log case-service, 9 entries"), out);
        assertTrue(out.endsWith("Result: VALID\n"), out);
        assertEquals("", err);
    }

    @Test
    void anEntryAskedForIsProvedToBeInTheSignedTree() throws IOException {
        assertEquals(0, verify(ExportFiles.export(9, ExportFiles.KEYS), "--entry", "4"));
        assertTrue(out.contains("Inclusion:   entry 4 (leaf 3 of 9), proof of 4 hashes verifies against the signed root"), out);
    }

    @Test
    void anEntryNotInTheExportMakesItNotValid() throws IOException {
        assertEquals(1, verify(ExportFiles.export(9, ExportFiles.KEYS), "--entry", "10"));
        assertTrue(out.contains("ENTRY_NOT_IN_EXPORT seq 10"), out);
    }

    @Test
    void aChangedDetailExitsOneNamingDetailsChangedAndItsLine() throws IOException {
        List<String> lines = ExportFiles.export(9, ExportFiles.KEYS);
        ExportFiles.edit(lines, 2, entry -> ((com.fasterxml.jackson.databind.node.ObjectNode) entry.get("details"))
                .put("to", "CLOSED"));
        assertEquals(1, verify(lines));
        assertTrue(out.contains("DETAILS_CHANGED seq 3 (line 3): the details do not match the details hash"), out);
        assertTrue(out.endsWith("Result: NOT VALID\n"), out);
    }

    @Test
    void anErasedDetailIsValidAndReportedAsErased() throws IOException {
        List<String> lines = ExportFiles.export(9, ExportFiles.KEYS);
        ExportFiles.edit(lines, 2, entry -> entry.putNull("details").putNull("detailsSalt"));
        assertEquals(0, verify(lines, "--entry", "3"));
        assertTrue(out.contains("Erased:      1 entries have their details erased"), out);
    }

    @Test
    void aRemovedEntryExitsOneNamingEntryMissing() throws IOException {
        List<String> lines = ExportFiles.export(9, ExportFiles.KEYS);
        lines.remove(4);
        assertEquals(1, verify(lines));
        assertTrue(out.contains("ENTRY_MISSING seq 5: entry 5 is missing"), out);
    }

    @Test
    void reorderedEntriesExitOneNamingOutOfOrder() throws IOException {
        List<String> lines = ExportFiles.export(9, ExportFiles.KEYS);
        lines.add(6, lines.remove(5));
        assertEquals(1, verify(lines));
        assertTrue(out.contains("OUT_OF_ORDER seq 6"), out);
        assertTrue(out.contains("ROOT_MISMATCH"), out);
    }

    @Test
    void aCheckpointSignedWithAnotherKeyExitsOneNamingBadSignature() throws IOException {
        assertEquals(1, verify(ExportFiles.export(9, Signatures.generateKeyPair())));
        assertTrue(out.contains("BAD_SIGNATURE"), out);
        assertTrue(out.contains("KEY_MISMATCH"), out);
    }

    @Test
    void aCheckpointWithAChangedRootExitsOne() throws IOException {
        List<String> lines = ExportFiles.export(9, ExportFiles.KEYS);
        ExportFiles.edit(lines, 9, checkpoint -> checkpoint.put("rootHash", "0".repeat(64)));
        assertEquals(1, verify(lines));
        assertTrue(out.contains("BAD_SIGNATURE") && out.contains("ROOT_MISMATCH"), out);
    }

    @Test
    void aFileThatIsNotAnExportExitsOneWithoutAStackTrace() throws IOException {
        Path export = Files.write(dir.resolve("garbage.bin"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, '\n', '{'});
        assertEquals(1, run("--export", export.toString(), "--public-key", ExportFiles.publicKey(dir).toString()));
        assertTrue(out.contains("NOT VALID"), out);
        assertNoStackTrace();
        assertEquals(1, verify(List.of("hello", "{\"type\":\"entry\"}")));
        assertTrue(out.contains("MALFORMED_LINE (line 1): line 1: not JSON"), out);
        assertTrue(out.contains("CHECKPOINT_MISSING"), out);
        assertNoStackTrace();
    }

    @Test
    void missingOrUnknownArgumentsExitTwoWithTheUsage() {
        assertEquals(2, run());
        assertTrue(err.contains("Usage: java -jar audit-verifier.jar --export FILE --public-key FILE [--entry SEQ]"), err);
        assertEquals(2, run("--export", "x.ndjson"));
        assertEquals(2, run("--export", "x.ndjson", "--public-key", "k.pem", "--colour", "red"));
        assertEquals(2, run("--export", "x.ndjson", "--public-key", "k.pem", "--entry", "four"));
        assertEquals(2, run("--export", "x.ndjson", "--public-key", "k.pem", "--entry", "0"));
        assertEquals(2, run("--export"));
        assertNoStackTrace();
    }

    @Test
    void helpPrintsTheUsageAndExitsZero() {
        assertEquals(0, run("--help"));
        assertTrue(out.startsWith("Usage:"), out);
    }

    @Test
    void anUnreadableExportOrAKeyFileThatIsNotAKeyExitsTwo() throws IOException {
        Path key = ExportFiles.publicKey(dir);
        assertEquals(2, run("--export", dir.resolve("absent.ndjson").toString(), "--public-key", key.toString()));
        assertTrue(err.contains("cannot read the export file"), err);
        Path notKey = Files.writeString(dir.resolve("not-a-key.pem"), "hello");
        Path export = ExportFiles.write(dir, "export.ndjson", ExportFiles.export(2, ExportFiles.KEYS));
        assertEquals(2, run("--export", export.toString(), "--public-key", notKey.toString()));
        assertTrue(err.contains("not-a-key.pem is not a PEM Ed25519 public key"), err);
        assertEquals(2, run("--export", export.toString(), "--public-key", dir.resolve("absent.pem").toString()));
        assertNoStackTrace();
    }
}
