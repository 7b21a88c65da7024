package org.casework.notices.events;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;

import java.util.List;
import java.util.UUID;

import org.casework.platform.events.CloudEvents;
import org.casework.platform.events.OutboxRow;
import org.casework.testing.EventContract;
import org.casework.testing.OutboxRows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The events a change recorded in notice-service's outbox, read and held to docs/asyncapi/notice-service.yaml. */
final class EventRows {

    static final EventContract CONTRACT = EventContract.of("notice-service");
    static final String SOURCE = "/casework/notice-service";
    private static final ObjectMapper JSON = new ObjectMapper();

    private EventRows() {
    }

    static List<OutboxRow> of(String aggregate, UUID id) {
        return OutboxRows.of(aggregate, id.toString());
    }

    static List<String> types(String aggregate, UUID id) {
        return of(aggregate, id).stream().map(OutboxRow::type).toList();
    }

    /** The one event of this type the aggregate has, checked against its schema. */
    static JsonNode only(String aggregate, UUID id, String type) {
        List<OutboxRow> rows = of(aggregate, id).stream().filter(r -> r.type().equals(type)).toList();
        if (rows.size() != 1) {
            throw new AssertionError("expected one " + type + " of " + aggregate + "/" + id + ", found " + rows.size());
        }
        conforms(rows);
        try {
            return JSON.readTree(rows.get(0).data());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void conforms(List<OutboxRow> rows) {
        for (OutboxRow row : rows) {
            assertThat(row.type() + ": " + row.data(), CONTRACT.violations(CloudEvents.structured(row, SOURCE)), empty());
        }
    }
}
