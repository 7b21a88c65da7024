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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads an export line by line. A line that is not a well-formed entry, checkpoint or range line throws
 * {@link ExportFormatException} naming the line; the reader has consumed it and can go on with the next.
 * Absent string fields of an entry read as null; hashes must be lowercase hex SHA-256.
 */
public final class ExportReader implements Closeable {

    private static final ObjectMapper MAPPER = new ObjectMapper();

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
        JsonNode json;
        try {
            json = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw fail("not JSON");
        }
        if (json == null || !json.isObject()) {
            throw fail("not a JSON object");
        }
        String type = json.path("type").asText("");
        return switch (type) {
            case "entry" -> entry(json);
            case "checkpoint" -> checkpoint(json);
            case "range" -> range(json);
            default -> throw fail("unknown line type '" + type + "'");
        };
    }

    private ExportLine.Entry entry(JsonNode json) {
        long seq = number(json, "seq");
        String detailsHash = hash(json, "detailsHash");
        AuditLeaf leaf = new AuditLeaf(seq, instant(json, "occurredAt"), text(json, "subject"), text(json, "onBehalfOf"),
                text(json, "clientId"), text(json, "roles"), text(json, "acr"), text(json, "action"),
                text(json, "resourceType"), text(json, "resourceId"), text(json, "outcome"), detailsHash);
        String salt = text(json, "detailsSalt");
        if (salt != null && !DetailsHash.isSalt(salt)) {
            throw fail("detailsSalt is not lowercase hex bytes");
        }
        JsonNode details = json.path("details");
        Map<String, Object> detailsMap = null;
        if (!details.isMissingNode() && !details.isNull()) {
            if (!details.isObject()) {
                throw fail("details is not an object");
            }
            detailsMap = objectValue(details);
        }
        return new ExportLine.Entry(leaf, salt, detailsMap, hash(json, "previousHash"), hash(json, "hash"));
    }

    private ExportLine.CheckpointLine checkpoint(JsonNode json) {
        String log = text(json, "log");
        long treeSize = number(json, "treeSize");
        String root = hash(json, "rootHash");
        Instant time = instant(json, "time");
        if (log == null || log.isBlank() || log.contains("\n")) {
            throw fail("the checkpoint has no log name");
        }
        return new ExportLine.CheckpointLine(log, treeSize, root, time, text(json, "keyId"), text(json, "signature"));
    }

    private ExportLine.Range range(JsonNode json) {
        return new ExportLine.Range(hashes(json, "before"), hashes(json, "after"));
    }

    private List<String> hashes(JsonNode json, String field) {
        JsonNode array = json.path(field);
        List<String> hashes = new ArrayList<>();
        if (array.isMissingNode() || array.isNull()) {
            return hashes;
        }
        if (!array.isArray()) {
            throw fail(field + " is not an array");
        }
        for (JsonNode item : array) {
            if (!item.isTextual() || !Sha256.isHash(item.asText())) {
                throw fail(field + " holds something other than a lowercase hex SHA-256 hash");
            }
            hashes.add(item.asText());
        }
        return hashes;
    }

    private String text(JsonNode json, String field) {
        JsonNode value = json.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw fail(field + " is not a string");
        }
        return value.asText();
    }

    private String hash(JsonNode json, String field) {
        String value = text(json, field);
        if (!Sha256.isHash(value)) {
            throw fail(field + " is not a lowercase hex SHA-256 hash");
        }
        return value;
    }

    private long number(JsonNode json, String field) {
        JsonNode value = json.path(field);
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 0) {
            throw fail(field + " is not a non-negative whole number");
        }
        return value.asLong();
    }

    private Instant instant(JsonNode json, String field) {
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

    private Map<String, Object> objectValue(JsonNode object) {
        Map<String, Object> map = new LinkedHashMap<>();
        object.fields().forEachRemaining(field -> map.put(field.getKey(), value(field.getValue())));
        return map;
    }

    private Object value(JsonNode node) {
        if (node.isNull()) {
            return null;
        } else if (node.isTextual()) {
            return node.asText();
        } else if (node.isBoolean()) {
            return node.asBoolean();
        } else if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? (Object) node.asLong() : node.bigIntegerValue();
        } else if (node.isObject()) {
            return objectValue(node);
        } else if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(item -> list.add(value(item)));
            return list;
        }
        throw fail("details hold a value with no canonical form (a fraction?)");
    }

    private ExportFormatException fail(String message) {
        return new ExportFormatException(lineNumber, message);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
