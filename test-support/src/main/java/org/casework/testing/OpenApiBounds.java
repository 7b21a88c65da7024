package org.casework.testing;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What in an OpenAPI document is unbounded, as the OWASP API4 rules see it (every string with a maxLength, enum or
 * const; every integer with a minimum and a maximum; every array with a maxItems), and which request bodies have no
 * example: the build's own check, so a new endpoint fails its service's tests before the lint sees the file.
 */
final class OpenApiBounds {

    private OpenApiBounds() {
    }

    /** Each finding as "JSON pointer: what is missing", in document order. */
    static List<String> findings(JsonNode document) {
        List<String> findings = new ArrayList<>();
        walk("", document, findings);
        JsonNode paths = document.path("paths");
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            JsonNode content = op.getValue().path("requestBody").path("content");
            content.fields().forEachRemaining(media -> {
                if (!hasExample(document, media.getValue())) {
                    findings.add(pointer("/paths", path.getKey(), op.getKey(), "requestBody", "content", media.getKey())
                            + ": request body without an example");
                }
            });
        }));
        return findings;
    }

    private static void walk(String at, JsonNode node, List<String> findings) {
        if (node.isObject()) {
            if (!at.endsWith("/properties") && !at.endsWith("/headers") && !at.endsWith("/schemas")) {
                check(at, node, findings);
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!field.getKey().equals("example") && !field.getKey().equals("examples")) {
                    walk(at + "/" + escape(field.getKey()), field.getValue(), findings);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(at + "/" + i, node.get(i), findings);
            }
        }
    }

    /** A schema that refers to another ($ref) is checked where that one is. */
    private static void check(String at, JsonNode schema, List<String> findings) {
        if (schema.has("$ref")) {
            return;
        }
        if (isType(schema, "string") && !schema.has("maxLength") && !schema.has("enum") && !schema.has("const")) {
            findings.add(at + ": string without maxLength, enum or const");
        }
        if (isType(schema, "integer") && (!(schema.has("minimum") || schema.has("exclusiveMinimum"))
                || !(schema.has("maximum") || schema.has("exclusiveMaximum")))) {
            findings.add(at + ": integer without minimum and maximum");
        }
        if (isType(schema, "array") && !schema.has("maxItems")) {
            findings.add(at + ": array without maxItems");
        }
    }

    /** {@code type: x} or {@code type: [x, "null"]}, as OpenAPI 3.1 writes a nullable value. */
    private static boolean isType(JsonNode schema, String type) {
        JsonNode declared = schema.get("type");
        if (declared == null) {
            return false;
        }
        if (declared.isTextual()) {
            return declared.asText().equals(type);
        }
        for (JsonNode t : declared) {
            if (t.asText().equals(type)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasExample(JsonNode document, JsonNode media) {
        if (media.has("example") || media.path("examples").size() > 0) {
            return true;
        }
        JsonNode schema = media.path("schema");
        String ref = schema.path("$ref").asText("");
        if (ref.startsWith("#/")) {
            schema = document.at(ref.substring(1));
        }
        return schema.has("example") || schema.path("examples").size() > 0;
    }

    private static String pointer(String start, String... names) {
        StringBuilder out = new StringBuilder(start);
        for (String name : names) {
            out.append('/').append(escape(name));
        }
        return out.toString();
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
