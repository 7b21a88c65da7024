package org.casework.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Arrays;
import java.util.Map;

import org.casework.audit.proof.CanonicalJson;

import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void writesMapKeysInSortedOrder() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("b", 1L);
        map.put("a", "x");
        assertEquals("{\"a\":\"x\",\"b\":1}", CanonicalJson.write(map));
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertEquals("\"a\\\"b\\\\c\\u000ad\\u0000\"", CanonicalJson.write("a\"b\\c\nd\u0000"));
    }

    @Test
    void keepsNonAsciiTextAsIs() {
        assertEquals("\"£3,076,320 – Zoë\"", CanonicalJson.write("£3,076,320 – Zoë"));
    }

    @Test
    void writesNullsListsAndBooleans() {
        assertEquals("[null,true,\"x\"]", CanonicalJson.write(Arrays.asList(null, true, "x")));
    }

    @Test
    void anAuditRecordHasOneCanonicalFormWhateverTheOrderOfItsDetails() {
        Map<String, String> one = new LinkedHashMap<>();
        one.put("to", "INVESTIGATING");
        one.put("from", "OPEN");
        Map<String, String> other = new LinkedHashMap<>();
        other.put("from", "OPEN");
        other.put("to", "INVESTIGATING");
        Instant at = Instant.parse("2024-08-07T09:00:00.123456Z");
        AuditRecord a = new AuditRecord(1, at, "s", null, null, "decision-maker", "2", "case.transitioned", "case", "1",
                "SUCCESS", one);
        AuditRecord b = new AuditRecord(1, at, "s", null, null, "decision-maker", "2", "case.transitioned", "case", "1",
                "SUCCESS", other);
        assertEquals(a.canonicalForm(), b.canonicalForm());
        assertEquals("{\"acr\":\"2\",\"action\":\"case.transitioned\",\"clientId\":null,"
                + "\"details\":{\"from\":\"OPEN\",\"to\":\"INVESTIGATING\"},\"occurredAt\":\"2024-08-07T09:00:00.123456Z\","
                + "\"onBehalfOf\":null,\"outcome\":\"SUCCESS\",\"resourceId\":\"1\",\"resourceType\":\"case\","
                + "\"roles\":\"decision-maker\",\"seq\":1,\"subject\":\"s\"}", a.canonicalForm());
    }
}
