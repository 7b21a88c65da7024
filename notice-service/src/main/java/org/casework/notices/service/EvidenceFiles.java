package org.casework.notices.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.casework.platform.problem.ProblemException;

/**
 * The files people give notice-service as evidence (appeal documents, an organisation's proof of compliance): a PDF,
 * PNG or JPEG recognised by its first bytes, never by its name or declared type, so a renamed executable is refused.
 */
final class EvidenceFiles {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
    private static final byte[] JPEG = { (byte) 0xff, (byte) 0xd8, (byte) 0xff };

    private EvidenceFiles() {
    }

    /** The media type the bytes show, or a 422 {@code file-type} problem with {@code refusal} as its detail. */
    static String typeOf(byte[] content, String refusal) {
        if (startsWith(content, PDF)) {
            return "application/pdf";
        }
        if (startsWith(content, PNG)) {
            return "image/png";
        }
        if (startsWith(content, JPEG)) {
            return "image/jpeg";
        }
        throw ProblemException.unprocessable("file-type", "File type not accepted", refusal);
    }

    /** The upload the framework stored for this request (its size already limited). */
    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalStateException("the uploaded file could not be read", e);
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(Arrays.copyOf(content, prefix.length), prefix);
    }
}
