package org.casework.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** An outbox row as a CloudEvents 1.0 event in structured JSON mode. */
class CloudEventsTest {

    private static final UUID ID = UUID.fromString("7d1b6a3e-2f4c-4a7e-9c51-0c7a1d2b3e4f");

    private static JsonNode event(String traceparent) throws Exception {
        OutboxRow row = new OutboxRow(7, ID, "notice", "n-1", 3, "uk.gov.casework.notice.issued.v1",
                Instant.parse("2024-08-07T09:30:00.123456Z"), "{\"reference\":\"NOI-2024-000001\"}", traceparent);
        return new ObjectMapper().readTree(CloudEvents.structured(row, "/casework/notice-service"));
    }

    @Test
    void carriesTheRequiredAndOptionalAttributesAndTheDataAsJson() throws Exception {
        JsonNode e = event(null);
        assertEquals(List.of("specversion", "id", "source", "type", "subject", "time", "datacontenttype", "data",
                "sequence", "partitionkey"), fieldNames(e));
        assertEquals("1.0", e.path("specversion").asText());
        assertEquals(ID.toString(), e.path("id").asText());
        assertEquals("/casework/notice-service", e.path("source").asText());
        assertEquals("uk.gov.casework.notice.issued.v1", e.path("type").asText());
        assertEquals("notice/n-1", e.path("subject").asText());
        assertEquals("2024-08-07T09:30:00.123456Z", e.path("time").asText());
        assertEquals("application/json", e.path("datacontenttype").asText());
        assertEquals("NOI-2024-000001", e.path("data").path("reference").asText());
        assertEquals("3", e.path("sequence").asText());
        assertEquals("n-1", e.path("partitionkey").asText());
    }

    @Test
    void carriesTheTraceparentExtensionOnlyWhenTheChangeWasTraced() throws Exception {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        assertEquals(traceparent, event(traceparent).path("traceparent").asText());
        assertFalse(event(null).has("traceparent"));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
