package org.casework.notices.domain.penalty;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/**
 * A notional fine (on a reprimand) is capped at the statutory maximum like any penalty (DPA 2018 s.157;
 * DESIGN.md §2 "public bodies"): the higher maximum, £17.5m or 4 % of worldwide turnover, whichever is higher.
 */
class NotionalFineTest {

    private static BigDecimal pounds(String value) {
        return new BigDecimal(value);
    }

    @Test
    void theFixedMaximumCapsAFineWhenFourPerCentOfTurnoverIsLess() {
        assertEquals(pounds("17500000.00"), NotionalFine.maximum(pounds("300000000.00")));
        assertDoesNotThrow(() -> NotionalFine.requireWithinMaximum(pounds("17500000.00"), pounds("300000000.00")));
        NotionalFineException e = assertThrows(NotionalFineException.class,
                () -> NotionalFine.requireWithinMaximum(pounds("17500000.01"), pounds("300000000.00")));
        assertEquals("notionalFine", e.field());
        assertEquals("£0.00 to £17,500,000.00", e.allowed());
    }

    @Test
    void fourPerCentOfTurnoverCapsAFineWhenItIsHigher() {
        // s.157(2)-(4): 4 % of £1bn is £40m, above the fixed £17.5m
        assertEquals(pounds("40000000.00"), NotionalFine.maximum(pounds("1000000000.00")));
        assertDoesNotThrow(() -> NotionalFine.requireWithinMaximum(pounds("40000000.00"), pounds("1000000000.00")));
        assertThrows(NotionalFineException.class,
                () -> NotionalFine.requireWithinMaximum(pounds("40000000.01"), pounds("1000000000.00")));
    }

    @Test
    void withNoTurnoverKnownTheFixedMaximumApplies() {
        assertEquals(pounds("17500000.00"), NotionalFine.maximum(null));
        assertThrows(NotionalFineException.class, () -> NotionalFine.requireWithinMaximum(pounds("17500000.01"), null));
    }

    @Test
    void noNotionalFineIsNothingToCap() {
        assertDoesNotThrow(() -> NotionalFine.requireWithinMaximum(null, pounds("300000000.00")));
    }
}
