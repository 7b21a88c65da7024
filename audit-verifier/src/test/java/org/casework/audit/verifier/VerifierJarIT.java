package org.casework.audit.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar runs by itself, as the README tells an auditor to run it. */
class VerifierJarIT {

    @TempDir
    Path dir;

    private record Outcome(int status, String output) {
    }

    private Outcome runJar(String... args) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("verifier.jar", "target/audit-verifier.jar"));
        assertTrue(Files.isRegularFile(jar), "packaged jar " + jar);
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return new Outcome(process.exitValue(), output);
    }

    @Test
    void thePackagedJarVerifiesAGoodExportAndRejectsATamperedOne() throws Exception {
        List<String> lines = ExportFiles.export(20, ExportFiles.KEYS);
        Path key = ExportFiles.publicKey(dir);
        Path good = ExportFiles.write(dir, "good.ndjson", lines);
        Outcome valid = runJar("--export", good.toString(), "--public-key", key.toString(), "--entry", "7");
        assertEquals(0, valid.status(), valid.output());
        assertTrue(valid.output().contains("Result: VALID"), valid.output());

        lines.remove(10);
        Path bad = ExportFiles.write(dir, "bad.ndjson", lines);
        Outcome invalid = runJar("--export", bad.toString(), "--public-key", key.toString());
        assertEquals(1, invalid.status(), invalid.output());
        assertTrue(invalid.output().contains("ENTRY_MISSING seq 11"), invalid.output());

        Outcome usage = runJar("--export", good.toString());
        assertEquals(2, usage.status(), usage.output());
        assertTrue(usage.output().contains("Usage:"), usage.output());
    }
}
