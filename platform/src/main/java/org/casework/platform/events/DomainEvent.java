package org.casework.platform.events;

import java.util.Objects;

/**
 * Something that happened to one aggregate, as the service tells the world: {@code type} is the CloudEvents type
 * (e.g. {@code uk.gov.casework.notice.issued.v1}), {@code data} a record serialised as the event's JSON data. Data
 * holds ids, references, dates and amounts only: never special-category data, statements or evidence content.
 */
public record DomainEvent(String aggregateType, String aggregateId, String type, Object data) {

    public DomainEvent {
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(data, "data");
    }
}
