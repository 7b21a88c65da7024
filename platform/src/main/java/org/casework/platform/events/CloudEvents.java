package org.casework.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An outbox row as a CloudEvents 1.0 event in the structured JSON format (the whole event is the Kafka record's
 * value, content type {@value #CONTENT_TYPE}). Besides the required and optional core attributes it carries the
 * {@code traceparent} extension (Distributed Tracing) when the change was traced, and {@code sequence} (the
 * aggregate's 1, 2, 3... order, the Sequence extension) with {@code partitionkey} (the aggregate id, also the record
 * key), so a consumer can see the order without relying on the topic alone.
 */
public final class CloudEvents {

    public static final String CONTENT_TYPE = "application/cloudevents+json";
    public static final String SPEC_VERSION = "1.0";

    private static final ObjectMapper JSON = new ObjectMapper();

    private CloudEvents() {
    }

    /** The event's JSON text; {@code source} is the producing service's URI reference, e.g. {@code /casework/notice-service}. */
    public static String structured(OutboxRow row, String source) {
        ObjectNode event = JSON.createObjectNode();
        event.put("specversion", SPEC_VERSION);
        event.put("id", row.eventId().toString());
        event.put("source", source);
        event.put("type", row.type());
        event.put("subject", row.aggregateType() + "/" + row.aggregateId());
        event.put("time", row.occurredAt().toString());
        event.put("datacontenttype", "application/json");
        try {
            event.set("data", JSON.readTree(row.data()));
        } catch (JsonProcessingException e) {
            // the column is jsonb: PostgreSQL only ever hands back valid JSON
            throw new IllegalStateException("outbox row " + row.id() + " holds no JSON", e);
        }
        if (row.traceparent() != null) {
            event.put("traceparent", row.traceparent());
        }
        event.put("sequence", Long.toString(row.aggregateSeq()));
        event.put("partitionkey", row.aggregateId());
        return event.toString();
    }
}
