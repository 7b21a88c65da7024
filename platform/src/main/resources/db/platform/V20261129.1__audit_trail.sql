-- The audit trail (DESIGN §4): append-only and hash-chained. Each service's database has its own.

create table audit_event (
    seq            bigint       primary key,
    occurred_at    timestamptz  not null,
    subject        varchar(200) not null,
    on_behalf_of   varchar(200),
    client_id      varchar(200),
    roles          varchar(500) not null,
    acr            varchar(50),
    action         varchar(100) not null,
    resource_type  varchar(100) not null,
    resource_id    varchar(200),
    outcome        varchar(50)  not null,
    details        jsonb        not null,
    prev_hash      varchar(64)     not null,
    hash           varchar(64)     not null unique
);

-- The end of the chain. Writers lock this row, which keeps concurrent appends in one line.
create table audit_chain_head (
    id        integer  primary key check (id = 1),
    last_seq  bigint   not null,
    last_hash varchar(64) not null
);
insert into audit_chain_head (id, last_seq, last_hash) values (1, 0, repeat('0', 64));

create function audit_event_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_event_append_only
    before update or delete on audit_event
    for each row execute function audit_event_refuse_change();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_refuse_change();
