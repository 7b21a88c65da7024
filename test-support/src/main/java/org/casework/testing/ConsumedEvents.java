package org.casework.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * A consuming service's AsyncAPI 3.0 document ({@code docs/asyncapi/<service>.yaml} with {@code receive} operations):
 * the topics it reads (each channel's address) with the event types it reads from each (the names of the channel's
 * messages), and each type's payload schema file. A consumer documents the publishers' own messages, so the tests
 * compare its schema files with the publisher's ({@link #schemaFiles}), which {@link EventContract} holds the
 * publisher's events to: the two documents cannot drift apart unnoticed.
 */
public record ConsumedEvents(Map<String, List<String>> typesByTopic, Map<String, Path> schemaByType,
        Set<String> actions) {

    /** The document of this service, found under {@code casework.root} (the repository, {@code ..} by default). */
    public static ConsumedEvents of(String service) {
        return read(document(service));
    }

    public static ConsumedEvents read(Path document) {
        JsonNode doc = yaml(document);
        Map<String, List<String>> byTopic = new LinkedHashMap<>();
        JsonNode messages = doc.path("components").path("messages");
        doc.path("channels").forEach(channel -> {
            List<String> types = new ArrayList<>();
            channel.path("messages").forEach(ref -> types.add(
                    messages.path(local(ref.path("$ref").asText(), "#/components/messages/")).path("name").asText()));
            byTopic.put(channel.path("address").asText(), List.copyOf(types));
        });
        Set<String> actions = new LinkedHashSet<>();
        doc.path("operations").forEach(operation -> actions.add(operation.path("action").asText()));
        return new ConsumedEvents(byTopic, schemaFiles(document), actions);
    }

    /** Each message's name (an event type) with its payload schema file, in any service's document. */
    public static Map<String, Path> schemaFiles(String service) {
        return schemaFiles(document(service));
    }

    private static Map<String, Path> schemaFiles(Path document) {
        Map<String, Path> files = new LinkedHashMap<>();
        for (JsonNode message : yaml(document).path("components").path("messages")) {
            String ref = message.path("payload").path("schema").path("$ref").asText();
            files.put(message.path("name").asText(), document.resolveSibling(ref).normalize());
        }
        return files;
    }

    private static Path document(String service) {
        return Path.of(System.getProperty("casework.root", "..")).toAbsolutePath().normalize()
                .resolve("docs/asyncapi/" + service + ".yaml");
    }

    private static JsonNode yaml(Path document) {
        try {
            JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(document.toFile());
            if (!"3.0.0".equals(doc.path("asyncapi").asText())) {
                throw new IllegalArgumentException(document + " is not an AsyncAPI 3.0.0 document");
            }
            return doc;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String local(String ref, String prefix) {
        if (!ref.startsWith(prefix)) {
            throw new IllegalArgumentException("a channel's message should refer to " + prefix + "...: " + ref);
        }
        return ref.substring(prefix.length());
    }
}
