package org.casework.cases.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CaseReferenceTest {

    @Test
    void formatsTheYearAndASixDigitNumber() {
        assertEquals("INV-2026-000123", CaseReference.format(2026, 123));
        assertEquals("INV-2026-999999", CaseReference.format(2026, 999_999));
    }

    @Test
    void numbersStartAtOne() {
        assertThrows(IllegalArgumentException.class, () -> CaseReference.format(2026, 0));
    }
}
