package org.casework.testing;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

/**
 * A service's OpenAPI document as published in {@code docs/openapi/<service>.yaml}: the contract organisations'
 * developers build from and auditors keep. The published file must be the document the service serves, so a change
 * to an operation cannot reach a release unnoticed: the test fails, the author rewrites the file with
 * {@code -Dcasework.openapi.publish=true} and the diff is reviewed (breaking changes are listed in
 * {@code docs/api-changes.md}).
 *
 * <p>Two things are not the service's contract and are left out: the test-only resources a test build serves, and
 * the OIDC discovery URL, which names the issuer of the environment serving the document (a placeholder stands in).
 */
public final class PublishedOpenApi {

    /** Stands for the discovery URL of whichever realm serves the document. */
    public static final String DISCOVERY_URL = "https://sign-in.example/realms/regulator/.well-known/openid-configuration";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));
    private static final ObjectMapper JSON = new ObjectMapper();

    private PublishedOpenApi() {
    }

    /** The file for {@code service} in this checkout (tests run one below the root). */
    public static Path file(String service) {
        return Path.of(System.getProperty("casework.root", "..")).toAbsolutePath().normalize()
                .resolve("docs/openapi").resolve(service + ".yaml");
    }

    /**
     * Fails when the served document and the published file differ, naming the first differences; with
     * {@code casework.openapi.publish=true} writes the file instead.
     */
    public static void assertServedDocumentIsPublished(String service) {
        JsonNode served = contract(readServed());
        Path file = file(service);
        if (Boolean.getBoolean("casework.openapi.publish")) {
            write(file, served);
            return;
        }
        if (!Files.exists(file)) {
            throw new AssertionError(file + " does not exist: publish it with -Dcasework.openapi.publish=true");
        }
        List<String> differences = new ArrayList<>();
        compare("", read(file), served, differences);
        if (!differences.isEmpty()) {
            throw new AssertionError("The document " + service + " serves differs from " + file + " at "
                    + differences.size() + " place(s), e.g. " + differences.subList(0, Math.min(8, differences.size()))
                    + ". If the change is meant, rewrite the file with -Dcasework.openapi.publish=true, review the diff, "
                    + "and list a breaking change in docs/api-changes.md.");
        }
    }

    static JsonNode readServed() {
        String body = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document less what is not the service's contract, with every object's keys in order. */
    static JsonNode contract(JsonNode served) {
        ObjectNode document = served.deepCopy();
        ObjectNode paths = (ObjectNode) document.path("paths");
        for (Iterator<String> names = paths.fieldNames(); names.hasNext();) {
            String path = names.next();
            if (path.startsWith("/test-only") || path.startsWith("/test-support")) {
                names.remove();
            }
        }
        JsonNode oidc = document.path("components").path("securitySchemes").path("oidc");
        if (oidc.has("openIdConnectUrl")) {
            ((ObjectNode) oidc).put("openIdConnectUrl", DISCOVERY_URL);
        }
        return sorted(document);
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            Map<String, JsonNode> fields = new TreeMap<>();
            node.fields().forEachRemaining(e -> fields.put(e.getKey(), sorted(e.getValue())));
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            fields.forEach(out::set);
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> out.add(sorted(item)));
            return out;
        }
        return node;
    }

    /** Where {@code published} and {@code served} differ, as JSON pointers. */
    private static void compare(String at, JsonNode published, JsonNode served, List<String> differences) {
        if (published.isObject() && served.isObject()) {
            TreeMap<String, Boolean> names = new TreeMap<>();
            published.fieldNames().forEachRemaining(n -> names.put(n, true));
            served.fieldNames().forEachRemaining(n -> names.put(n, true));
            names.keySet().forEach(n -> {
                String where = at + "/" + n.replace("~", "~0").replace("/", "~1");
                if (!published.has(n)) {
                    differences.add("added " + where);
                } else if (!served.has(n)) {
                    differences.add("removed " + where);
                } else {
                    compare(where, published.get(n), served.get(n), differences);
                }
            });
        } else if (!published.equals(served) && !(published.isValueNode() && served.isValueNode()
                && published.asText().equals(served.asText()))) {
            differences.add("changed " + (at.isEmpty() ? "/" : at));
        }
    }

    private static JsonNode read(Path file) {
        try {
            return YAML.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, JsonNode document) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "# Generated from the served document by PublishedOpenApi; do not edit by hand.\n"
                    + YAML.writeValueAsString(document), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
