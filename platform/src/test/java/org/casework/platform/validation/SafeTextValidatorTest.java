package org.casework.platform.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SafeTextValidatorTest {

    @Test
    void acceptsOrdinaryTextInAnyScript() {
        assertTrue(SafeTextValidator.isSafe("Advanced Computer Software Group – £3,076,320 – Zoë 日本 😀", false));
    }

    @Test
    void refusesNulAndOtherControlCharacters() {
        assertFalse(SafeTextValidator.isSafe("a\u0000b", true));
        assertFalse(SafeTextValidator.isSafe("a\u001bb", true));
        assertFalse(SafeTextValidator.isSafe("a\u0085b", true));
        assertFalse(SafeTextValidator.isSafe("a\u2028b", true));
    }

    @Test
    void allowsLineBreaksAndTabsOnlyInMultilineText() {
        assertTrue(SafeTextValidator.isSafe("line one\r\nline two\tend", true));
        assertFalse(SafeTextValidator.isSafe("forged\r\nINFO admin logged in", false));
    }

    @Test
    void refusesUnpairedSurrogates() {
        assertFalse(SafeTextValidator.isSafe("a\ud800b", false));
        assertFalse(SafeTextValidator.isSafe("a\udc00", false));
        assertFalse(SafeTextValidator.isSafe("\ud83d", false));
    }
}
