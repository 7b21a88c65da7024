package org.casework.platform.events;

import java.time.Instant;
import java.util.UUID;

/** An outbox row as the relay reads it: {@code data} is the event's JSON data as stored. */
public record OutboxRow(long id, UUID eventId, String aggregateType, String aggregateId, long aggregateSeq,
        String type, Instant occurredAt, String data, String traceparent) {

    /** The aggregate this row belongs to, as one key (its events are published in order of this key). */
    String aggregateKey() {
        return aggregateType + "/" + aggregateId;
    }
}
