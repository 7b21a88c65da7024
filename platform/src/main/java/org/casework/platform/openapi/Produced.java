package org.casework.platform.openapi;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The bounds of values the services write, in one place: the contract states them (OWASP API4), and a response
 * field refers to one of these rather than to a literal of its own. Inputs are bounded by their Bean Validation
 * annotations, which the server enforces; these are what it produces.
 *
 * <p>A string of a known {@code format} is bounded by {@link #bound(Schema)} wherever it appears (parameters,
 * bodies, answers), because the format is what the server parses and writes: a longer value is not a UUID, a
 * London date or an instant, and is refused as input.
 */
public final class Produced {

    /** A UUID as written: 8-4-4-4-12 hex digits. */
    public static final int UUID = 36;
    /** A date (yyyy-MM-dd), as every London date is written. */
    public static final int DATE = 10;
    /** An instant or offset date-time in ISO 8601, with nanoseconds and an offset: 2026-12-05T10:04:11.123456789+01:00. */
    public static final int DATE_TIME = 35;
    /** A SHA-256 digest in hex (audit hashes and roots). */
    public static final int SHA256_HEX = 64;
    /** A name, code or identifier the regulator gives (an action, a client id, a log's name): varchar(200). */
    public static final int NAME = 200;
    /** A database sequence number or count (bigint): never negative. */
    public static final String BIGINT_MAX = "9223372036854775807";
    /** A Java int count or number. */
    public static final String INT_MAX = "2147483647";

    private Produced() {
    }

    /** Gives a string of a known format its length, unless it has one (or an enum) already. */
    static void bound(Schema schema) {
        if (schema.getType() == null || !schema.getType().contains(Schema.SchemaType.STRING)
                || schema.getMaxLength() != null || schema.getEnumeration() != null || schema.getFormat() == null) {
            return;
        }
        switch (schema.getFormat()) {
            case "uuid" -> schema.setMaxLength(UUID);
            case "date" -> schema.setMaxLength(DATE);
            case "date-time" -> schema.setMaxLength(DATE_TIME);
            default -> {
            }
        }
    }

    static BigDecimal max(String bound) {
        return new BigDecimal(bound);
    }
}
