-- The first answer to each (caller, Idempotency-Key), replayed to retries.
create table idempotency_record (
    caller           varchar(200) not null,
    idempotency_key  varchar(200) not null,
    operation        varchar(300) not null,
    request_hash     varchar(64)     not null,
    created_at       timestamptz  not null,
    response_status  integer,
    response_body    text,
    response_headers jsonb,
    primary key (caller, idempotency_key)
);
create index idempotency_record_created_at on idempotency_record (created_at);
