package org.casework.requestlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class LogTextTest {

    @Test
    void aLineBreakInAPathIsWrittenAsAnEscapeSoItCannotStartAForgedLine() {
        String escaped = LogText.escape("/cases/1\n2026-12-05 INFO [org.casework.request] GET /admin 200");

        assertFalse(escaped.contains("\n"));
        assertEquals("/cases/1\\u000a2026-12-05 INFO [org.casework.request] GET /admin 200", escaped);
    }

    @Test
    void everyControlCharacterAndTheUnicodeLineSeparatorsAreEscaped() {
        assertEquals("a\\u0000b\\u001bc\\u007fd\\u0085e\\u2028f\\u2029g", LogText.escape("a\0b\u001bc\u007fd\u0085e\u2028f\u2029g"));
    }

    @Test
    void longTextIsCutAt300CharactersAndMarked() {
        String escaped = LogText.escape("x".repeat(1000));

        assertEquals(303, escaped.length());
        assertEquals("...", escaped.substring(300));
    }

    @Test
    void nothingIsWrittenAsADash() {
        assertEquals("-", LogText.escape(null));
    }
}
