package org.casework.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The chain's format pinned byte for byte: an auditor's offline verifier and every chain already
 * written depend on it, so any change to what is hashed, or how, must fail here first. The expected
 * hashes were computed outside Java (SHA-256 over the previous hash, a line feed and the canonical
 * JSON written out by hand), not by the code under test.
 */
class ChainFormatTest {

    /** Every field set, escaping in the details (quote, backslash, line feed) and non-ASCII text. */
    static final AuditRecord OPENED = new AuditRecord(1, Instant.parse("2024-08-07T09:00:00.123456Z"),
            "a0000000-0000-4000-8000-0000000a1a41", null, "casework-web", "caseworker", "2", "case.opened", "case", "c-1",
            "SUCCESS", details("reference", "INV-2024-000001", "title", "Zoë \"quoted\" \\ line\nbreak"));

    /** A machine acting for a person, no acr, another outcome, a time without fraction. */
    static final AuditRecord MOVED = new AuditRecord(2, Instant.parse("2024-08-07T10:15:30Z"), "notice-service",
            "a0000000-0000-4000-8000-00000006ace0", "notice-service", "client:notice-service,service", null,
            "case.transitioned", "case", "c-1", "REFUSED", details("to", "NOTICE_OF_INTENT_ISSUED", "from", "INVESTIGATING"));

    /** No resource id and no details. */
    static final AuditRecord SUBMITTED = new AuditRecord(3, Instant.parse("2025-03-26T00:00:00.000001Z"), "b", null,
            "casework-portal", "org-representative", "2", "representation.submitted", "representation", null, "SUCCESS",
            Map.of());

    @Test
    void theCanonicalFormOfAnEntryIsPinnedByteForByte() {
        assertEquals("{\"acr\":\"2\",\"action\":\"case.opened\",\"clientId\":\"casework-web\",\"details\":{\"reference\":"
                + "\"INV-2024-000001\",\"title\":\"Zoë \\\"quoted\\\" \\\\ line\\u000abreak\"},\"occurredAt\":"
                + "\"2024-08-07T09:00:00.123456Z\",\"onBehalfOf\":null,\"outcome\":\"SUCCESS\",\"resourceId\":\"c-1\","
                + "\"resourceType\":\"case\",\"roles\":\"caseworker\",\"seq\":1,\"subject\":"
                + "\"a0000000-0000-4000-8000-0000000a1a41\"}", OPENED.canonicalForm());
        assertEquals("{\"acr\":\"2\",\"action\":\"representation.submitted\",\"clientId\":\"casework-portal\",\"details\":{},"
                + "\"occurredAt\":\"2025-03-26T00:00:00.000001Z\",\"onBehalfOf\":null,\"outcome\":\"SUCCESS\",\"resourceId\":null,"
                + "\"resourceType\":\"representation\",\"roles\":\"org-representative\",\"seq\":3,\"subject\":\"b\"}",
                SUBMITTED.canonicalForm());
    }

    @Test
    void aChainOfThreeEntriesHasTheseExactHashes() {
        String first = HashChain.link(HashChain.GENESIS, OPENED);
        String second = HashChain.link(first, MOVED);
        String third = HashChain.link(second, SUBMITTED);

        assertEquals("c5d4800872cc019f6459ac72ad37d6ea7343e52261ec7d2bd791b207f05e8642", first);
        assertEquals("9c49f217031243b0c3aee6c5fd0023c1a28e648b31b27966e7a92f71b226ee8c", second);
        assertEquals("54b59890e7dce4d1dbf3dd7b53b029c3cafe5a6fce7ae016e5d74d423764afcc", third);
    }

    @Test
    void theVerifierAcceptsThePinnedChainAndReportsItsLastHash() {
        ChainVerifier verifier = new ChainVerifier();
        String previous = HashChain.GENESIS;
        for (AuditRecord r : List.of(OPENED, MOVED, SUBMITTED)) {
            String hash = HashChain.link(previous, r);
            assertTrue(verifier.accept(new ChainedEntry(r, previous, hash)));
            previous = hash;
        }
        ChainVerification result = verifier.finish(3, previous);

        assertTrue(result.valid());
        assertEquals("54b59890e7dce4d1dbf3dd7b53b029c3cafe5a6fce7ae016e5d74d423764afcc", result.lastHash());
    }

    /**
     * One change at a time to each field of an entry, and to the hash it links to: every change gives
     * a hash of its own (no two variants collide, none equals the original), so no field is left out
     * of the hash and no two fields can trade values unnoticed.
     */
    @Test
    void changingAnyOneFieldOrThePreviousHashChangesTheHash() {
        AuditRecord o = OPENED;
        Map<String, String> hashes = new LinkedHashMap<>();
        hashes.put("original", HashChain.link(HashChain.GENESIS, o));
        List<Variant> variants = new ArrayList<>(List.of(
                new Variant("seq", entry(2, o.occurredAt(), o.subject(), o.onBehalfOf(), o.clientId(), o.roles(), o.acr(),
                        o.action(), o.resourceType(), o.resourceId(), o.outcome(), o.details())),
                new Variant("occurredAt (one microsecond)", entry(1, o.occurredAt().plusNanos(1_000), o.subject(),
                        o.onBehalfOf(), o.clientId(), o.roles(), o.acr(), o.action(), o.resourceType(), o.resourceId(),
                        o.outcome(), o.details())),
                new Variant("subject", entry(1, o.occurredAt(), "mallory", o.onBehalfOf(), o.clientId(), o.roles(), o.acr(),
                        o.action(), o.resourceType(), o.resourceId(), o.outcome(), o.details())),
                new Variant("onBehalfOf", entry(1, o.occurredAt(), o.subject(), "someone", o.clientId(), o.roles(), o.acr(),
                        o.action(), o.resourceType(), o.resourceId(), o.outcome(), o.details())),
                new Variant("onBehalfOf empty rather than absent", entry(1, o.occurredAt(), o.subject(), "", o.clientId(),
                        o.roles(), o.acr(), o.action(), o.resourceType(), o.resourceId(), o.outcome(), o.details())),
                new Variant("clientId", entry(1, o.occurredAt(), o.subject(), o.onBehalfOf(), "casework-portal", o.roles(),
                        o.acr(), o.action(), o.resourceType(), o.resourceId(), o.outcome(), o.details())),
                new Variant("clientId absent", entry(1, o.occurredAt(), o.subject(), o.onBehalfOf(), null, o.roles(),
                        o.acr(), o.action(), o.resourceType(), o.resourceId(), o.outcome(), o.details())),
                new Variant("roles", entry(1, o.occurredAt(), o.subject(), o.onBehalfOf(), o.clientId(), "decision-maker",
                        o.acr(), o.action(), o.resourceType(), o.resourceId(), o.outcome(), o.details())),
                new Variant("acr", entry(1, o.occurredAt(), o.subject(), o.onBehalfOf(), o.clientId(), o.roles(), "1",
                        o.action(), o.resourceType(), o.resourceId(), o.outcome(), o.details())),
                new Variant("acr absent", entry(1, o.occurredAt(), o.subject(), o.onBehalfOf(), o.clientId(), o.roles(), null,
                        o.action(), o.resourceType(), o.resourceId(), o.outcome(), o.details())),
                new Variant("action", entry(1, o.occurredAt(), o.subject(), o.onBehalfOf(), o.clientId(), o.roles(), o.acr(),
                        "case.read", o.resourceType(), o.resourceId(), o.outcome(), o.details())),
                new Variant("resourceType", entry(1, o.occurredAt(), o.subject(), o.onBehalfOf(), o.clientId(), o.roles(),
                        o.acr(), o.action(), "notice", o.resourceId(), o.outcome(), o.details())),
                new Variant("resourceId", entry(1, o.occurredAt(), o.subject(), o.onBehalfOf(), o.clientId(), o.roles(),
                        o.acr(), o.action(), o.resourceType(), "c-2", o.outcome(), o.details())),
                new Variant("resourceId absent", entry(1, o.occurredAt(), o.subject(), o.onBehalfOf(), o.clientId(),
                        o.roles(), o.acr(), o.action(), o.resourceType(), null, o.outcome(), o.details())),
                new Variant("outcome", entry(1, o.occurredAt(), o.subject(), o.onBehalfOf(), o.clientId(), o.roles(), o.acr(),
                        o.action(), o.resourceType(), o.resourceId(), "REFUSED", o.details())),
                new Variant("a detail's value", entry(1, o.occurredAt(), o.subject(), o.onBehalfOf(), o.clientId(), o.roles(),
                        o.acr(), o.action(), o.resourceType(), o.resourceId(), o.outcome(),
                        details("reference", "INV-2024-000002", "title", o.details().get("title")))),
                new Variant("a detail's name", entry(1, o.occurredAt(), o.subject(), o.onBehalfOf(), o.clientId(), o.roles(),
                        o.acr(), o.action(), o.resourceType(), o.resourceId(), o.outcome(),
                        details("ref", "INV-2024-000001", "title", o.details().get("title")))),
                new Variant("a detail more", entry(1, o.occurredAt(), o.subject(), o.onBehalfOf(), o.clientId(), o.roles(),
                        o.acr(), o.action(), o.resourceType(), o.resourceId(), o.outcome(),
                        details("reference", "INV-2024-000001", "title", o.details().get("title"), "extra", "")))));
        // two fields trading values must not give the same text
        variants.add(new Variant("resourceType and resourceId swapped", entry(1, o.occurredAt(), o.subject(), o.onBehalfOf(),
                o.clientId(), o.roles(), o.acr(), o.action(), o.resourceId(), o.resourceType(), o.outcome(), o.details())));
        for (Variant v : variants) {
            hashes.put(v.name(), HashChain.link(HashChain.GENESIS, v.record()));
        }
        hashes.put("previous hash", HashChain.link("1" + HashChain.GENESIS.substring(1), o));

        assertEquals(hashes.size(), hashes.values().stream().distinct().count(), "two variants share a hash: " + hashes);
    }

    private record Variant(String name, AuditRecord record) {
    }

    private static AuditRecord entry(long seq, Instant at, String subject, String onBehalfOf,
            String clientId, String roles, String acr, String action, String resourceType, String resourceId, String outcome,
            Map<String, String> details) {
        return new AuditRecord(seq, at, subject, onBehalfOf, clientId, roles, acr, action, resourceType, resourceId, outcome,
                details);
    }

    private static Map<String, String> details(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
