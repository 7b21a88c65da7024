package org.casework.audit.proof;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads an export line by line. A line that is not a well-formed entry, checkpoint or range line throws
 * {@link ExportFormatException} naming the line; the reader has consumed it and can go on with the next.
 * Absent string fields of an entry read as null; hashes must be lowercase hex SHA-256; numbers with a fraction
 * are refused anywhere, having no canonical form.
 */
public final class ExportReader implements Closeable {

    private static final JsonFactory JSON = JsonFactory.builder().build();
    /** Seqs and tree sizes beyond this are refused: far beyond any log, and far from overflowing tree arithmetic. */
    static final long MAX_SIZE = 1L << 48;

    private final BufferedReader in;
    private long lineNumber;

    public ExportReader(Reader in) {
        this.in = in instanceof BufferedReader buffered ? buffered : new BufferedReader(in, 1 << 16);
    }

    /** The line number (1-based) of the line last read. */
    public long lineNumber() {
        return lineNumber;
    }

    /** The next line, or null at the end; blank lines are skipped. */
    public ExportLine next() {
        String text;
        try {
            do {
                text = in.readLine();
                lineNumber++;
            } while (text != null && text.isBlank());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text == null ? null : parse(text);
    }

    /** Every line; for small exports and tests. */
    public List<ExportLine> readAll() {
        List<ExportLine> lines = new ArrayList<>();
        for (ExportLine line = next(); line != null; line = next()) {
            lines.add(line);
        }
        return lines;
    }

    private ExportLine parse(String text) {
        Map<String, Object> json = readLine(text);
        Object type = json.get("type");
        return switch (type instanceof String t ? t : "") {
            case "entry" -> entry(json);
            case "checkpoint" -> checkpoint(json);
            case "range" -> range(json);
            default -> throw fail("unknown line type '" + (type instanceof String t ? t : "") + "'");
        };
    }

    /**
     * The line's one JSON object as plain values (String, Long, BigInteger, Boolean, null, Map, List), read with
     * Jackson's streaming parser: no tree of nodes per line, which matters over a million entries.
     */
    private Map<String, Object> readLine(String text) {
        try (JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw fail("not a JSON object");
            }
            Map<String, Object> object = readObject(parser);
            if (parser.nextToken() != null) {
                throw fail("more than one JSON value on the line");
            }
            return object;
        } catch (IOException e) {
            throw fail("not JSON");
        }
    }

    private Map<String, Object> readObject(JsonParser parser) throws IOException {
        Map<String, Object> object = new LinkedHashMap<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            String name = parser.currentName();
            parser.nextToken();
            object.put(name, readValue(parser));
        }
        return object;
    }

    private Object readValue(JsonParser parser) throws IOException {
        return switch (parser.currentToken()) {
            case VALUE_NULL -> null;
            case VALUE_STRING -> parser.getText();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NUMBER_INT -> parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? parser.getBigIntegerValue() : (Object) parser.getLongValue();
            case START_OBJECT -> readObject(parser);
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                    list.add(readValue(parser));
                }
                yield list;
            }
            default -> throw fail("a number with a fraction has no canonical form");
        };
    }

    private ExportLine.Entry entry(Map<String, Object> json) {
        long seq = number(json, "seq");
        if (seq < 1) {
            throw fail("seq starts at 1");
        }
        String detailsHash = hash(json, "detailsHash");
        AuditLeaf leaf = new AuditLeaf(seq, instant(json, "occurredAt"), text(json, "subject"), text(json, "onBehalfOf"),
                text(json, "clientId"), text(json, "roles"), text(json, "acr"), text(json, "action"),
                text(json, "resourceType"), text(json, "resourceId"), text(json, "outcome"), detailsHash);
        String salt = text(json, "detailsSalt");
        if (salt != null && !DetailsHash.isSalt(salt)) {
            throw fail("detailsSalt is not lowercase hex bytes");
        }
        Object details = json.get("details");
        if (details != null && !(details instanceof Map)) {
            throw fail("details is not an object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> detailsMap = (Map<String, Object>) details;
        return new ExportLine.Entry(leaf, salt, detailsMap, hash(json, "previousHash"), hash(json, "hash"));
    }

    private ExportLine.CheckpointLine checkpoint(Map<String, Object> json) {
        String log = text(json, "log");
        long treeSize = number(json, "treeSize");
        String root = hash(json, "rootHash");
        Instant time = instant(json, "time");
        if (log == null || log.isBlank() || log.contains("\n")) {
            throw fail("the checkpoint has no log name");
        }
        return new ExportLine.CheckpointLine(log, treeSize, root, time, text(json, "keyId"), text(json, "signature"));
    }

    private ExportLine.Range range(Map<String, Object> json) {
        return new ExportLine.Range(hashes(json, "before"), hashes(json, "after"));
    }

    private List<String> hashes(Map<String, Object> json, String field) {
        Object array = json.get(field);
        List<String> hashes = new ArrayList<>();
        if (array == null) {
            return hashes;
        }
        if (!(array instanceof List<?> items)) {
            throw fail(field + " is not an array");
        }
        for (Object item : items) {
            if (!(item instanceof String hash) || !Sha256.isHash(hash)) {
                throw fail(field + " holds something other than a lowercase hex SHA-256 hash");
            }
            hashes.add(hash);
        }
        return hashes;
    }

    private String text(Map<String, Object> json, String field) {
        Object value = json.get(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text)) {
            throw fail(field + " is not a string");
        }
        return text;
    }

    private String hash(Map<String, Object> json, String field) {
        String value = text(json, field);
        if (!Sha256.isHash(value)) {
            throw fail(field + " is not a lowercase hex SHA-256 hash");
        }
        return value;
    }

    private long number(Map<String, Object> json, String field) {
        if (!(json.get(field) instanceof Long value) || value < 0 || value > MAX_SIZE) {
            throw fail(field + " is not a whole number from 0 to 2^48");
        }
        return value;
    }

    private Instant instant(Map<String, Object> json, String field) {
        String value = text(json, field);
        if (value == null) {
            throw fail(field + " is missing");
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw fail(field + " is not an ISO-8601 instant");
        }
    }

    private ExportFormatException fail(String message) {
        return new ExportFormatException(lineNumber, message);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
