package org.casework.representations.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void keepsOnlyTheLastPathSegment() {
        assertEquals("passwd.txt", FileNames.sanitise("../../etc/passwd", EvidenceType.TXT));
        assertEquals("boot.ini.txt", FileNames.sanitise("..\\..\\boot.ini", EvidenceType.TXT));
    }

    @Test
    void setsTheExtensionOfTheTypeFoundInTheContent() {
        assertEquals("invoice.exe.pdf", FileNames.sanitise("invoice.exe", EvidenceType.PDF));
        assertEquals("Response.pdf", FileNames.sanitise("Response.PDF", EvidenceType.PDF));
        assertEquals("photo.jpg", FileNames.sanitise("photo.jpeg", EvidenceType.JPEG));
    }

    @Test
    void removesQuotesControlCharactersAndLeadingDots() {
        assertEquals("a_b_c.pdf", FileNames.sanitise("a\"b\r\nc.pdf", EvidenceType.PDF));
        assertEquals("hidden.txt", FileNames.sanitise("...hidden", EvidenceType.TXT));
        assertEquals("Zoe Letter.docx", FileNames.sanitise("Zoë Letter.docx", EvidenceType.DOCX));
    }

    @Test
    void aPlainNameIsOnlyAName() {
        assertTrue(FileNames.isPlain("Response to notice of intent (final).pdf"));
        assertTrue(FileNames.isPlain("Zoë Letter.docx"));
        assertTrue(FileNames.isPlain("report v1..2.pdf"));
        for (String name : new String[] { "../../etc/passwd", "..\\boot.ini", "/etc/passwd", "C:\\x.pdf", "..", ".",
                "a\u0000.pdf", "a\r\nb.pdf", "invoice\u202efdp.exe", "x\u2066y.pdf", "n".repeat(256) }) {
            assertFalse(FileNames.isPlain(name), name);
        }
    }

    @Test
    void namesANamelessFileAndShortensALongOne() {
        assertEquals("evidence.png", FileNames.sanitise(null, EvidenceType.PNG));
        assertEquals("evidence.png", FileNames.sanitise("///", EvidenceType.PNG));
        String longName = FileNames.sanitise("x".repeat(500) + ".pdf", EvidenceType.PDF);
        assertTrue(longName.length() <= 100 && longName.endsWith(".pdf"), longName);
    }
}
