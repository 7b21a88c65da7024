package org.casework.platform.money;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class MoneyTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void writesTheAmountAsAnExactDecimalString() throws Exception {
        assertEquals("{\"amount\":\"3076320.00\",\"currency\":\"GBP\"}", mapper.writeValueAsString(Money.gbp("3076320")));
    }

    @Test
    void givesWholeAndExponentAmountsTwoDecimals() throws Exception {
        Money read = mapper.readValue("{\"amount\":\"1E+3\",\"currency\":\"GBP\"}", Money.class);
        assertEquals(new BigDecimal("1000.00"), read.amount());
        assertEquals("{\"amount\":\"1000.00\",\"currency\":\"GBP\"}", mapper.writeValueAsString(read));
    }

    @Test
    void leavesAbsurdMagnitudesAloneForValidationToRefuse() throws Exception {
        Money read = mapper.readValue("{\"amount\":\"1E+999999\",\"currency\":\"GBP\"}", Money.class);
        assertEquals(-999999, read.amount().scale());
    }
}
