package org.casework.representations.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Recognises an uploaded file's type from its bytes: PDF, PNG and JPEG by their signatures; DOCX and
 * XLSX as ZIP packages holding a Word document or an Excel workbook; text as UTF-8 with no control
 * characters but tabs and line breaks. Anything else (an executable renamed ".pdf", say) is refused.
 */
public final class EvidenceTypes {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
    private static final byte[] JPEG = { (byte) 0xff, (byte) 0xd8, (byte) 0xff };
    private static final byte[] ZIP = { 'P', 'K', 3, 4 };
    private static final int MAX_ZIP_ENTRIES = 10_000;

    private EvidenceTypes() {
    }

    public static Optional<EvidenceType> detect(Path file) throws IOException {
        byte[] head = new byte[8];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        byte[] start = Arrays.copyOf(head, read);
        if (startsWith(start, PDF)) {
            return Optional.of(EvidenceType.PDF);
        }
        if (startsWith(start, PNG)) {
            return Optional.of(EvidenceType.PNG);
        }
        if (startsWith(start, JPEG)) {
            return Optional.of(EvidenceType.JPEG);
        }
        if (startsWith(start, ZIP)) {
            return officePackage(file);
        }
        return isPlainText(file) ? Optional.of(EvidenceType.TXT) : Optional.empty();
    }

    private static Optional<EvidenceType> officePackage(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            boolean contentTypes = false;
            boolean word = false;
            boolean excel = false;
            int entries = 0;
            for (var e = zip.entries(); e.hasMoreElements() && entries < MAX_ZIP_ENTRIES; entries++) {
                ZipEntry entry = e.nextElement();
                String name = entry.getName();
                contentTypes |= name.equals("[Content_Types].xml");
                word |= name.equals("word/document.xml");
                excel |= name.equals("xl/workbook.xml");
            }
            if (contentTypes && word && !excel) {
                return Optional.of(EvidenceType.DOCX);
            }
            if (contentTypes && excel && !word) {
                return Optional.of(EvidenceType.XLSX);
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** UTF-8 throughout (checked while streaming), and no control characters but tab, CR, LF and form feed. */
    private static boolean isPlainText(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            ByteBuffer bytes = ByteBuffer.allocate(buffer.length + 8);
            CharBuffer chars = CharBuffer.allocate(buffer.length + 8);
            int n;
            while ((n = in.read(buffer)) > 0) {
                bytes.put(buffer, 0, n).flip();
                if (decoder.decode(bytes, chars, false).isError() || hasControl(chars.flip())) {
                    return false;
                }
                chars.clear();
                bytes.compact();
            }
            bytes.flip();
            if (decoder.decode(bytes, chars, true).isError() || decoder.flush(chars).isError()) {
                return false;
            }
            return bytes.remaining() == 0 && !hasControl(chars.flip());
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean hasControl(CharBuffer chars) {
        while (chars.hasRemaining()) {
            char c = chars.get();
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
