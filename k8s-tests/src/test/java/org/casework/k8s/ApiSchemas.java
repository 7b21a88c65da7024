package org.casework.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;

/**
 * The published schema of every kind the overlays may hold, from {@code src/test/resources/schemas} (its README says
 * where each comes from): the Kubernetes API's OpenAPI v3 documents for the built-in kinds, the operators' CRDs for
 * theirs. Any file put there counts: a CRD adds each of its served versions, an OpenAPI document each kind it
 * defines. An object is checked as the API server with strict field validation checks it
 * ({@link StructuralSchema}), less what only a server can do (CEL rules, defaulting, webhooks).
 */
final class ApiSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Where the vendored files are registered: a name that never resolves, so nothing is ever fetched. */
    private static final String BASE = "https://schemas.casework.invalid/";
    private static final String OBJECT_META = "#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta";

    /** apiVersion/kind (as Manifests spells it: "v1/Service", "apps/v1/Deployment") to the schema's location. */
    private final Map<String, String> locations = new TreeMap<>();
    private final Map<String, String> documents = new HashMap<>();
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();
    /** The custom resources' schemas as JSON, for what JSON Schema cannot say ({@link StructuralSchema#duplicates}). */
    private final Map<String, JsonNode> customResources = new HashMap<>();
    private final SchemaRegistry registry;

    private ApiSchemas(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        String objectMeta = files.stream().filter(f -> f.getFileName().toString().equals("core_v1.json")).findFirst()
                .map(f -> BASE + dir.relativize(f).toString().replace('\\', '/') + OBJECT_META)
                .orElseThrow(() -> new IllegalStateException(dir + " holds no Kubernetes core_v1.json: CRs' metadata needs its ObjectMeta"));
        for (Path file : files) {
            String uri = BASE + dir.relativize(file).toString().replace('\\', '/');
            JsonNode doc = JSON.readTree(file.toFile());
            if ("CustomResourceDefinition".equals(doc.path("kind").asText())) {
                addCrd(doc, uri.replaceFirst("\\.json$", ""), objectMeta);
            } else if (doc.has("openapi")) {
                addOpenApi((ObjectNode) doc, uri);
            } else {
                throw new IllegalStateException(file + " is neither a CRD nor an OpenAPI document");
            }
        }
        registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30(), builder -> builder.schemas(documents));
    }

    static ApiSchemas load() {
        try {
            return new ApiSchemas(Manifests.ROOT.resolve("k8s-tests/src/test/resources/schemas"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every apiVersion/kind with a schema. */
    Set<String> kinds() {
        return locations.keySet();
    }

    /**
     * What is wrong with one object, each as "apiVersion Kind name: /json/pointer/to/the/field: what [rule]"; empty
     * when it conforms. A kind with no vendored schema is wrong in itself: it could otherwise enter the overlays
     * unchecked.
     */
    List<String> violations(Map<String, Object> object) {
        String type = object.get("apiVersion") + "/" + object.get("kind");
        String what = object.get("apiVersion") + " " + object.get("kind") + " " + name(object);
        String location = locations.get(type);
        if (location == null) {
            return List.of(what + ": no vendored schema for " + type
                    + " (add its CRD to k8s-tests/src/test/resources/schemas/sources.tsv and run k8s-tests/refresh-schemas)");
        }
        Schema schema = schemas.computeIfAbsent(type, t -> registry.getSchema(SchemaLocation.of(location)));
        JsonNode instance = withoutNulls(JSON.valueToTree(object));
        List<String> found = new ArrayList<>();
        schema.validate(instance).forEach(e -> found.add(e.getInstanceLocation() + ": " + e.getMessage() + " [" + e.getKeyword() + "]"));
        if (customResources.containsKey(type)) {
            StructuralSchema.duplicates(customResources.get(type), instance, "", found);
        }
        return found.stream().map(v -> what + ": " + v).toList();
    }

    /**
     * The server prunes a field whose value is null before it validates (kubectl's own output carries
     * {@code creationTimestamp: null}): such a field counts as absent here too.
     */
    private static JsonNode withoutNulls(JsonNode node) {
        if (node instanceof ObjectNode o) {
            o.properties().removeIf(field -> field.getValue().isNull());
        }
        node.forEach(ApiSchemas::withoutNulls);
        return node;
    }

    private void addCrd(JsonNode crd, String uri, String objectMeta) {
        JsonNode spec = crd.path("spec");
        for (JsonNode version : spec.path("versions")) {
            if (!version.path("served").asBoolean()) {
                continue;
            }
            ObjectNode schema = (ObjectNode) version.at("/schema/openAPIV3Schema").deepCopy();
            StructuralSchema.asCustomResource(schema, objectMeta);
            String documentUri = uri + "/" + version.path("name").asText() + ".json";
            documents.put(documentUri, schema.toString());
            String type = spec.path("group").asText() + "/" + version.path("name").asText() + "/" + spec.at("/names/kind").asText();
            register(type, documentUri);
            customResources.put(type, schema);
        }
    }

    /** A Kubernetes OpenAPI document, named {@code <group>_<version>.json} (core_v1.json for the core group). */
    private void addOpenApi(ObjectNode doc, String uri) {
        String name = uri.substring(uri.lastIndexOf('/') + 1, uri.length() - ".json".length());
        String groupVersion = (name.startsWith("core_") ? "" : name.substring(0, name.lastIndexOf('_')) + "/")
                + name.substring(name.lastIndexOf('_') + 1);
        ObjectNode components = (ObjectNode) doc.at("/components/schemas");
        components.properties().forEach(component -> {
            StructuralSchema.close(component.getValue());
            if (component.getKey().startsWith("io.k8s.apimachinery.")) {
                return; // DeleteOptions, WatchEvent: API machinery every group lists, never an object in a manifest
            }
            for (JsonNode gvk : component.getValue().path("x-kubernetes-group-version-kind")) {
                String group = gvk.path("group").asText();
                String type = (group.isEmpty() ? "" : group + "/") + gvk.path("version").asText();
                if (type.equals(groupVersion)) { // the document also holds what its kinds embed from other groups
                    register(type + "/" + gvk.path("kind").asText(), uri + "#/components/schemas/" + component.getKey());
                }
            }
        });
        documents.put(uri, doc.toString());
    }

    private void register(String type, String location) {
        String before = locations.put(type, location);
        if (before != null && !before.equals(location)) {
            throw new IllegalStateException(type + " is defined twice: " + before + " and " + location);
        }
    }

    @SuppressWarnings("unchecked")
    private static Object name(Map<String, Object> object) {
        return object.get("metadata") instanceof Map<?, ?> m ? ((Map<String, Object>) m).get("name") : null;
    }
}
