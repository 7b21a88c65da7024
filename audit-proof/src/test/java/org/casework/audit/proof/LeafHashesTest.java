package org.casework.audit.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LeafHashesTest {

    private static final String SALT = "000102030405060708090a0b0c0d0e0f";

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static AuditLeaf leaf(Instant at, String detailsHash) {
        return new AuditLeaf(7, at, "s-1", null, "notice-service", "caseworker", "2", "case.transitioned", "case", "42",
                "SUCCESS", detailsHash);
    }

    @Test
    void theDetailsHashIsSha256OfTheSaltBytesFollowedByTheCanonicalJson() throws Exception {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("to", "INVESTIGATING");
        details.put("from", "OPEN");
        String json = "{\"from\":\"OPEN\",\"to\":\"INVESTIGATING\"}";
        byte[] salt = HexFormat.of().parseHex(SALT);
        byte[] text = json.getBytes(StandardCharsets.UTF_8);
        byte[] both = new byte[salt.length + text.length];
        System.arraycopy(salt, 0, both, 0, salt.length);
        System.arraycopy(text, 0, both, salt.length, text.length);
        assertEquals(sha256(both), DetailsHash.of(SALT, json));
        assertEquals(sha256(both), DetailsHash.of(SALT, details));
    }

    @Test
    void theSameDetailsWithAnotherSaltHashDifferently() {
        String json = "{\"name\":\"Zoë\"}";
        assertNotEquals(DetailsHash.of(SALT, json), DetailsHash.of(DetailsHash.newSalt(), json));
        assertEquals(32, DetailsHash.newSalt().length());
    }

    @Test
    void theCanonicalLeafHasTheDetailsHashInPlaceOfTheDetailsWithSortedKeysAndMicroseconds() {
        String detailsHash = "ab".repeat(32);
        assertEquals("{\"acr\":\"2\",\"action\":\"case.transitioned\",\"clientId\":\"notice-service\","
                + "\"detailsHash\":\"" + detailsHash + "\",\"occurredAt\":\"2024-08-07T09:00:00.000000Z\","
                + "\"onBehalfOf\":null,\"outcome\":\"SUCCESS\",\"resourceId\":\"42\",\"resourceType\":\"case\","
                + "\"roles\":\"caseworker\",\"seq\":7,\"subject\":\"s-1\"}",
                leaf(Instant.parse("2024-08-07T09:00:00Z"), detailsHash).canonicalJson());
    }

    @Test
    void theCanonicalLeafIsWhatCanonicalJsonWritesForTheSameFieldsEscapesIncluded() {
        AuditLeaf leaf = new AuditLeaf(-3, Instant.parse("2024-08-07T09:00:00.5Z"), "Zoë \"the\" \\ \n", "o", null, null,
                "\u0001", "a", "t", "r", null, "ab".repeat(32));
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("seq", -3L);
        fields.put("occurredAt", "2024-08-07T09:00:00.500000Z");
        fields.put("subject", leaf.subject());
        fields.put("onBehalfOf", "o");
        fields.put("clientId", null);
        fields.put("roles", null);
        fields.put("acr", "\u0001");
        fields.put("action", "a");
        fields.put("resourceType", "t");
        fields.put("resourceId", "r");
        fields.put("outcome", null);
        fields.put("detailsHash", "ab".repeat(32));
        assertEquals(CanonicalJson.write(fields), leaf.canonicalJson());
    }

    @Test
    void anInstantIsWrittenWithExactlySixFractionDigitsWhateverItsPrecision() {
        assertEquals("2024-08-07T09:00:00.123456Z", AuditLeaf.formatInstant(Instant.parse("2024-08-07T09:00:00.123456789Z")));
        assertEquals("2024-08-07T09:00:00.100000Z", AuditLeaf.formatInstant(Instant.parse("2024-08-07T09:00:00.1Z")));
        String hash = "cd".repeat(32);
        assertEquals(leaf(Instant.parse("2024-08-07T09:00:00.123456789Z"), hash).canonicalJson(),
                leaf(Instant.parse("2024-08-07T09:00:00.123456Z"), hash).canonicalJson());
    }

    @Test
    void theEntryHashIsSha256OfThePreviousHashANewlineAndTheCanonicalLeaf() throws Exception {
        AuditLeaf leaf = leaf(Instant.parse("2024-08-07T09:00:00Z"), "ab".repeat(32));
        assertEquals(sha256((EntryHash.GENESIS + "\n" + leaf.canonicalJson()).getBytes(StandardCharsets.UTF_8)),
                EntryHash.link(EntryHash.GENESIS, leaf));
        assertEquals("0".repeat(64), EntryHash.GENESIS);
    }

    @Test
    void theMerkleLeafHashIsSha256OfAZeroByteAndTheEntryHashBytes() throws Exception {
        String entryHash = "ef".repeat(32);
        byte[] input = new byte[33];
        System.arraycopy(HexFormat.of().parseHex(entryHash), 0, input, 1, 32);
        assertEquals(sha256(input), Merkle.leafHash(entryHash));
    }

    @Test
    void aLeafWithoutAWellFormedDetailsHashIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> leaf(Instant.EPOCH, "AB".repeat(32)));
        assertThrows(IllegalArgumentException.class, () -> leaf(Instant.EPOCH, null));
        assertThrows(IllegalArgumentException.class, () -> Merkle.leafHash("not a hash"));
    }

    @Test
    void canonicalJsonSortsKeysAndEscapesOnlyWhatJsonRequires() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("b", 1L);
        map.put("a", "x\"\\\n£");
        assertEquals("{\"a\":\"x\\\"\\\\\\u000a£\",\"b\":1}", CanonicalJson.write(map));
    }
}
