package org.casework.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * A service's AsyncAPI 3.0 document ({@code docs/asyncapi/<service>.yaml}) as a contract the tests hold the code to:
 * the event types it documents (each message's {@code name}), and each message's payload schema (a JSON Schema file
 * beside it, describing the whole CloudEvent), against which an emitted event is validated.
 */
public final class EventContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);

    private final String topic;
    private final Map<String, Schema> schemaByType;

    private EventContract(String topic, Map<String, Schema> schemaByType) {
        this.topic = topic;
        this.schemaByType = schemaByType;
    }

    /** The document of this service, found under {@code casework.root} (the repository, {@code ..} by default). */
    public static EventContract of(String service) {
        return read(Path.of(System.getProperty("casework.root", "..")).toAbsolutePath().normalize()
                .resolve("docs/asyncapi/" + service + ".yaml"));
    }

    public static EventContract read(Path document) {
        try {
            JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(document.toFile());
            if (!"3.0.0".equals(doc.path("asyncapi").asText())) {
                throw new IllegalArgumentException(document + " is not an AsyncAPI 3.0.0 document");
            }
            JsonNode channels = doc.path("channels");
            if (channels.size() != 1) {
                throw new IllegalArgumentException(document + " should have the service's one channel");
            }
            String topic = channels.elements().next().path("address").asText();
            Map<String, Schema> schemas = new LinkedHashMap<>();
            for (JsonNode message : doc.path("components").path("messages")) {
                String ref = message.path("payload").path("schema").path("$ref").asText();
                JsonNode schema = JSON.readTree(document.resolveSibling(ref).toFile());
                schemas.put(message.path("name").asText(), SCHEMAS.getSchema(schema));
            }
            return new EventContract(topic, schemas);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The channel's address: the service's topic. */
    public String topic() {
        return topic;
    }

    /** The event types (CloudEvents {@code type}) the document lists. */
    public List<String> types() {
        return List.copyOf(schemaByType.keySet());
    }

    /** What is wrong with this CloudEvent (structured JSON) against its type's schema; empty when it conforms. */
    public List<String> violations(String cloudEvent) {
        try {
            JsonNode event = JSON.readTree(cloudEvent);
            Schema schema = schemaByType.get(event.path("type").asText());
            if (schema == null) {
                return List.of("type " + event.path("type") + " is not in the AsyncAPI document");
            }
            List<String> problems = new ArrayList<>();
            schema.validate(event).forEach(error -> problems.add(error.toString()));
            return problems;
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
    }
}
