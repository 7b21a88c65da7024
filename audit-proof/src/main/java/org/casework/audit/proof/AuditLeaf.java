package org.casework.audit.proof;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One audit entry as the chain and the Merkle tree commit to it: every field of the entry, with the hash of
 * its details ({@link DetailsHash}) in place of the details themselves, so the details (personal data) can be
 * erased later without changing any hash.
 */
public record AuditLeaf(long seq, Instant occurredAt, String subject, String onBehalfOf, String clientId,
        String roles, String acr, String action, String resourceType, String resourceId, String outcome,
        String detailsHash) {

    // one spelling per instant: always six fraction digits (PostgreSQL keeps microseconds)
    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    public AuditLeaf {
        if (occurredAt == null) {
            throw new IllegalArgumentException("occurredAt is required");
        }
        if (!Sha256.isHash(detailsHash)) {
            throw new IllegalArgumentException("detailsHash is not a lowercase hex SHA-256 hash");
        }
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * The canonical JSON hashed into the chain: the fields below, written by {@link CanonicalJson} (so keys
     * come out sorted, without whitespace), nulls as {@code null}. The field list is part of the format.
     */
    public String canonicalJson() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("seq", seq);
        fields.put("occurredAt", formatInstant(occurredAt));
        fields.put("subject", subject);
        fields.put("onBehalfOf", onBehalfOf);
        fields.put("clientId", clientId);
        fields.put("roles", roles);
        fields.put("acr", acr);
        fields.put("action", action);
        fields.put("resourceType", resourceType);
        fields.put("resourceId", resourceId);
        fields.put("outcome", outcome);
        fields.put("detailsHash", detailsHash);
        return CanonicalJson.write(fields);
    }

    /** ISO-8601 in UTC with exactly six fraction digits, e.g. {@code 2024-08-07T09:00:00.000000Z}. */
    public static String formatInstant(Instant instant) {
        return MICROS.format(instant.truncatedTo(ChronoUnit.MICROS));
    }

    /** The entry hash of this leaf after {@code previousHash}. */
    public String link(String previousHash) {
        return EntryHash.link(previousHash, this);
    }

    /** The Merkle leaf hash of this leaf after {@code previousHash}. */
    public String merkleLeafHash(String previousHash) {
        return Merkle.leafHash(link(previousHash));
    }
}
