package org.casework.k8s;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A Kubernetes structural schema (a CRD's openAPIV3Schema, a component of the API's OpenAPI document) made into the
 * plain OpenAPI 3.0 schema that says what the API server accepts. The server refuses a field its schema does not
 * declare (strict field validation, which kubectl asks for by default) unless the object is marked
 * {@code x-kubernetes-preserve-unknown-fields}; JSON Schema allows any field unless told otherwise, so each
 * declared object is closed here. {@code x-kubernetes-int-or-string} needs nothing: the documents spell it as
 * {@code anyOf}/{@code oneOf} integer or string, which the validator reads. The other {@code x-kubernetes-*}
 * extensions are ignored: list types and merge keys concern merging, and CEL rules
 * ({@code x-kubernetes-validations}) need a CEL engine this test does not have.
 */
final class StructuralSchema {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private StructuralSchema() {
    }

    /**
     * A CRD version's schema as the server applies it to a custom resource: apiVersion and kind are strings and the
     * metadata is an ObjectMeta (whatever the CRD says of them, the server checks them so), the rest closed.
     */
    static void asCustomResource(ObjectNode schema, String objectMeta) {
        ObjectNode properties = schema.has("properties") ? (ObjectNode) schema.get("properties") : schema.putObject("properties");
        properties.set("apiVersion", NODES.objectNode().put("type", "string"));
        properties.set("kind", NODES.objectNode().put("type", "string"));
        ObjectNode metadata = NODES.objectNode();
        metadata.putArray("allOf").add(NODES.objectNode().put("$ref", objectMeta))
                .add(properties.has("metadata") ? properties.get("metadata") : NODES.objectNode());
        properties.set("metadata", metadata);
        close(schema);
    }

    /**
     * What JSON Schema cannot say of a custom resource's lists: an {@code x-kubernetes-list-type: set} repeats no
     * item, and a {@code map} repeats no combination of its {@code x-kubernetes-list-map-keys} (a key left out counts
     * as its default). The API server refuses either for a custom resource; a built-in object is left to the
     * server's own validation, which for some such lists (env) only warns.
     */
    static void duplicates(JsonNode schema, JsonNode value, String path, List<String> found) {
        if (value.isObject()) {
            value.properties().forEach(field -> {
                JsonNode fieldSchema = schema.path("properties").has(field.getKey()) ? schema.path("properties").get(field.getKey())
                        : schema.path("additionalProperties");
                duplicates(fieldSchema, field.getValue(), path + "/" + field.getKey(), found);
            });
        } else if (value.isArray()) {
            JsonNode items = schema.path("items");
            String listType = schema.path("x-kubernetes-list-type").asText();
            Set<JsonNode> seen = new HashSet<>();
            for (int i = 0; i < value.size(); i++) {
                JsonNode item = value.get(i);
                JsonNode identity = item;
                if (listType.equals("map")) {
                    ObjectNode keys = NODES.objectNode();
                    schema.path("x-kubernetes-list-map-keys").forEach(k -> keys.set(k.asText(),
                            item.has(k.asText()) ? item.get(k.asText()) : items.path("properties").path(k.asText()).path("default")));
                    identity = keys;
                }
                if ((listType.equals("set") || listType.equals("map")) && !seen.add(identity)) {
                    found.add(path + "/" + i + ": repeats " + (listType.equals("map") ? identity : item) + " of an earlier item"
                            + " [x-kubernetes-list-type: " + listType + "]");
                }
                duplicates(items, item, path + "/" + i, found);
            }
        }
    }

    /**
     * Closes every object the schema declares, through properties, items and additionalProperties. Not through
     * allOf, anyOf, oneOf or not: in a structural schema those only restrict values the structural part declares,
     * and closing them would refuse fields the structural part allows.
     */
    static void close(JsonNode node) {
        if (!(node instanceof ObjectNode schema)) {
            return;
        }
        boolean open = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        if (schema.path("x-kubernetes-embedded-resource").asBoolean(false) && schema.has("properties")) {
            // an embedded object (a pod template in a CR) may carry its own apiVersion, kind and metadata
            ObjectNode properties = (ObjectNode) schema.get("properties");
            properties.putIfAbsent("apiVersion", NODES.objectNode().put("type", "string"));
            properties.putIfAbsent("kind", NODES.objectNode().put("type", "string"));
            properties.putIfAbsent("metadata", NODES.objectNode().put("type", "object"));
        }
        if (schema.has("properties") && !schema.has("additionalProperties") && !open) {
            schema.put("additionalProperties", false);
        }
        if (schema.get("properties") instanceof ObjectNode properties) {
            for (Iterator<JsonNode> it = properties.elements(); it.hasNext();) {
                close(it.next());
            }
        }
        close(schema.get("items"));
        close(schema.get("additionalProperties"));
    }
}
