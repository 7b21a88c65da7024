package org.casework.platform.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

class StrictJsonTest {

    enum Kind { FIRST, SECOND }

    record Body(Integer days, Boolean flag, BigDecimal rate, LocalDate on, Kind kind, String text) {
    }

    private static final ObjectMapper JSON = mapper();

    private static ObjectMapper mapper() {
        ObjectMapper m = new ObjectMapper();
        new StrictJson().customize(m);
        return m;
    }

    @Test
    void valuesWrittenAsTheirOwnKindAreRead() throws Exception {
        Body b = JSON.readValue("{\"days\":21,\"flag\":true,\"rate\":\"4.25\",\"on\":\"2026-12-04\",\"kind\":\"SECOND\","
                + "\"text\":\"as written\"}", Body.class);
        assertEquals(new Body(21, true, new BigDecimal("4.25"), LocalDate.of(2026, 12, 4), Kind.SECOND, "as written"), b);
    }

    @Test
    void nullIsStillNoValue() throws Exception {
        assertEquals(new Body(null, null, null, null, null, null),
                JSON.readValue("{\"days\":null,\"flag\":null,\"rate\":null,\"on\":null,\"kind\":null,\"text\":null}", Body.class));
    }

    /** Blank text was read as no value, so a merge patch answered 200 and changed nothing the client meant. */
    @ParameterizedTest
    @ValueSource(strings = { "days", "flag", "rate", "on", "kind" })
    void blankOrControlTextIsNeverReadAsNoValue(String field) {
        for (String blank : new String[] { "\"\"", "\" \"", "\"\\r\\u0003\"", "\"\\t\"" }) {
            assertThrows(MismatchedInputException.class, () -> JSON.readValue("{\"" + field + "\":" + blank + "}", Body.class),
                    field + " = " + blank);
        }
    }

    @Test
    void aNumberOrYesNoWrittenAsTextIsRefused() {
        assertThrows(MismatchedInputException.class, () -> JSON.readValue("{\"days\":\"21\"}", Body.class));
        assertThrows(MismatchedInputException.class, () -> JSON.readValue("{\"flag\":\"true\"}", Body.class));
        assertThrows(MismatchedInputException.class, () -> JSON.readValue("{\"flag\":1}", Body.class));
        assertThrows(MismatchedInputException.class, () -> JSON.readValue("{\"days\":21.5}", Body.class));
    }

    @Test
    void textWrittenAsANumberOrYesNoIsRefused() {
        assertThrows(MismatchedInputException.class, () -> JSON.readValue("{\"text\":123}", Body.class));
        assertThrows(MismatchedInputException.class, () -> JSON.readValue("{\"text\":true}", Body.class));
    }

    @Test
    void aDateIsOnlyIsoText() {
        assertThrows(MismatchedInputException.class, () -> JSON.readValue("{\"on\":20261204}", Body.class));
        assertThrows(MismatchedInputException.class, () -> JSON.readValue("{\"on\":[2026,12,4]}", Body.class));
        assertThrows(MismatchedInputException.class, () -> JSON.readValue("{\"on\":\"4 December 2026\"}", Body.class));
    }
}
