package org.casework.representations.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.casework.representations.Portal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceTypesTest {

    @TempDir
    Path dir;

    private Optional<EvidenceType> detect(byte[] content) throws IOException {
        Path file = Files.write(dir.resolve("upload-" + System.nanoTime()), content);
        return EvidenceTypes.detect(file);
    }

    @Test
    void recognisesEachAcceptedTypeByItsContent() throws IOException {
        assertEquals(Optional.of(EvidenceType.PDF), detect(Portal.pdf()));
        assertEquals(Optional.of(EvidenceType.PNG), detect(Portal.png()));
        assertEquals(Optional.of(EvidenceType.JPEG), detect(new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, 0, 1 }));
        assertEquals(Optional.of(EvidenceType.DOCX), detect(Portal.docx()));
        assertEquals(Optional.of(EvidenceType.TXT), detect("Our response, with £ and é\r\n\tand tabs".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void refusesAnExecutableWhateverItIsCalled() throws IOException {
        assertEquals(Optional.empty(), detect(Portal.executable()));
    }

    @Test
    void refusesTextThatIsNotUtf8OrHasControlCharacters() throws IOException {
        assertEquals(Optional.empty(), detect(new byte[] { 'a', (byte) 0xc3, 'b' }));
        assertEquals(Optional.empty(), detect("a\u0000b".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), detect("a\u001bb".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void refusesAZipThatIsNotAWordDocumentOrAWorkbook() throws IOException {
        byte[] zip = Portal.docx();
        byte[] broken = java.util.Arrays.copyOf(zip, 40);
        assertEquals(Optional.empty(), detect(broken));
    }

    @Test
    void anEmptyFileIsEmptyText() throws IOException {
        assertEquals(Optional.of(EvidenceType.TXT), detect(new byte[0]));
    }
}
