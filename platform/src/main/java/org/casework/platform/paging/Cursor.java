package org.casework.platform.paging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.casework.platform.problem.FieldError;
import org.casework.platform.problem.Problem;
import org.casework.platform.problem.ProblemException;

/**
 * An opaque keyset cursor: a short list of values (the last row's sort key and id) encoded as
 * base64url. Clients must treat it as opaque; a cursor that does not decode is a 400.
 */
public final class Cursor {

    private static final char SEPARATOR = '\u001f';
    public static final int MAX_LENGTH = 1024;

    private Cursor() {
    }

    public static String encode(String... values) {
        String joined = String.join(String.valueOf(SEPARATOR), values);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor that must hold exactly {@code parts} values. */
    public static List<String> decode(String cursor, int parts) {
        if (cursor == null || cursor.length() > MAX_LENGTH) {
            throw invalid();
        }
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        List<String> values = new ArrayList<>(List.of(text.split(String.valueOf(SEPARATOR), -1)));
        if (values.size() != parts) {
            throw invalid();
        }
        return values;
    }

    /** Where a page sorted by a key and then the id starts: after the row with this key and id. */
    public record After<K>(K key, UUID id) {
    }

    /** The cursor of the row with this key and id. */
    public static String after(Object key, UUID id) {
        return encode(String.valueOf(key), id.toString());
    }

    /**
     * Reads a cursor of a key and an id: null for the first page (no or an empty {@code after}), otherwise the
     * position, the key read by {@code parseKey}; anything that does not read back is the 400 of {@link #invalid}.
     */
    public static <K> After<K> readAfter(String after, Function<String, K> parseKey) {
        if (after == null || after.isEmpty()) {
            return null;
        }
        List<String> parts = decode(after, 2);
        try {
            return new After<>(parseKey.apply(parts.get(0)), UUID.fromString(parts.get(1)));
        } catch (RuntimeException e) {
            throw invalid();
        }
    }

    public static ProblemException invalid() {
        return new ProblemException(new Problem("invalid-request", "Invalid request", 400,
                "Parameter 'after' is not a cursor this list gave out")
                .with("errors", List.of(new FieldError("after", "is not a valid cursor"))));
    }
}
