-- Domain events (docs/architecture.md, "Events"): the transactional outbox. Outbox.record inserts a row in the
-- transaction of the change it tells of, so the event commits with the change or neither does; the relay
-- (OutboxRelay, one leader across replicas) publishes unpublished rows to Kafka and then sets published_at.
create table outbox_event (
    -- the order rows were written in; the relay reads unpublished rows in this order
    id              bigserial    primary key,
    -- the CloudEvents id: consumers drop an event whose id they have processed (processed_event)
    event_id        uuid         not null unique,
    aggregate_type  varchar(50)  not null,
    aggregate_id    varchar(100) not null,
    -- 1, 2, 3... per aggregate: the order its changes committed in (writers of one aggregate take turns)
    aggregate_seq   bigint       not null,
    type            varchar(100) not null,
    occurred_at     timestamptz  not null,
    data            jsonb        not null,
    -- W3C Trace Context of the request that made the change, when it was traced
    traceparent     varchar(55),
    published_at    timestamptz,
    constraint outbox_event_aggregate_order unique (aggregate_type, aggregate_id, aggregate_seq)
);
-- what the relay scans and the backlog metrics read: the unpublished rows only, a small index
create index outbox_event_unpublished on outbox_event (id) where published_at is null;

-- Consumers' inbox: an event a consumer has acted on, by its id; inserting it in the consumer's own transaction
-- (ProcessedEvents) makes a second delivery of the same event do nothing.
create table processed_event (
    consumer      varchar(100) not null,
    event_id      uuid         not null,
    processed_at  timestamptz  not null,
    primary key (consumer, event_id)
);
