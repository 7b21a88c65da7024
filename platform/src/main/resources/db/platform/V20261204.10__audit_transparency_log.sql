-- The audit trail becomes a transparency log (issue 12). Requests only INSERT an entry (no shared row
-- lock); the service's one sequencer links committed entries into the hash chain and the Merkle tree and
-- signs checkpoints. Every table here is append-only: triggers refuse UPDATE, DELETE and TRUNCATE.

create function audit_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % is not allowed', tg_table_name, tg_op
        using errcode = 'insufficient_privilege';
end
$$;

-- What a request appends, in its own transaction. txid orders nothing; it lets the sequencer prove that
-- it has seen every committed entry (see AuditSequencer): all entries of a transaction share its xid.
create table audit_entry (
    id             bigint       generated always as identity primary key,
    txid           xid8         not null default pg_current_xact_id(),
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
    -- details and their salt may one day be erased (personal data); the leaf commits to details_hash only
    details        jsonb,
    details_salt   varchar(32),
    details_hash   varchar(64)  not null
);
create index audit_entry_txid on audit_entry (txid);

-- The chain: gap-free seq from 1, in the order the sequencer linked the entries. scan_floor is the xid
-- below which every committed entry was already linked when this link was written (the resume point).
create table audit_link (
    seq            bigint       primary key check (seq >= 1),
    entry_id       bigint       not null unique references audit_entry (id),
    previous_hash  varchar(64)  not null,
    hash           varchar(64)  not null unique,
    scan_floor     xid8         not null,
    linked_at      timestamptz  not null
);

-- The Merkle tree's perfect subtrees (RFC 9162): node (level, idx) covers leaves [idx·2^level, (idx+1)·2^level).
create table audit_merkle_node (
    level  smallint    not null check (level between 0 and 63),
    idx    bigint      not null check (idx >= 0),
    hash   varchar(64) not null,
    primary key (level, idx)
);

-- Signed tree heads. The signing key lives in configuration (a Secret), never in the database.
create table audit_checkpoint (
    tree_size   bigint       primary key check (tree_size >= 0),
    root_hash   varchar(64)  not null,
    signed_at   timestamptz  not null,
    key_id      varchar(16)  not null,
    signature   varchar(200) not null
);

-- The chain written so far moves over: the old table is kept (renamed, still append-only) and its rows are
-- copied in seq order, so the sequencer links them first and in their old order. Their details are hashed
-- here as DetailsHash does (SHA-256 of salt || CanonicalJson of the details).
alter table audit_event rename to audit_event_v1;
alter table audit_chain_head rename to audit_chain_head_v1;
create trigger audit_chain_head_v1_append_only before update or delete on audit_chain_head_v1
    for each row execute function audit_refuse_change();
create trigger audit_chain_head_v1_no_truncate before truncate on audit_chain_head_v1
    for each statement execute function audit_refuse_change();

-- CanonicalJson's string: escapes only '"', '\' and control characters (as \u00xx).
create function audit_v1_json_string(s text) returns text language plpgsql immutable as $$
declare
    out text := '"';
    c text;
begin
    for i in 1..coalesce(length(s), 0) loop
        c := substr(s, i, 1);
        if c = '"' then out := out || '\"';
        elsif c = '\' then out := out || '\\';
        elsif ascii(c) < 32 then out := out || '\u' || lpad(to_hex(ascii(c)), 4, '0');
        else out := out || c;
        end if;
    end loop;
    return out || '"';
end
$$;

create temporary table audit_v1_copy on commit drop as
    select e.*, decode(replace(gen_random_uuid()::text, '-', ''), 'hex') as salt,
           coalesce((select '{' || string_agg(audit_v1_json_string(d.key) || ':' || audit_v1_json_string(d.value),
                                              ',' order by d.key collate "C") || '}'
                     from jsonb_each_text(e.details) d), '{}') as canonical
    from audit_event_v1 e;

insert into audit_entry (occurred_at, subject, on_behalf_of, client_id, roles, acr, action, resource_type,
                         resource_id, outcome, details, details_salt, details_hash)
    select occurred_at, subject, on_behalf_of, client_id, roles, acr, action, resource_type, resource_id, outcome,
           details, encode(salt, 'hex'), encode(sha256(salt || convert_to(canonical, 'UTF8')), 'hex')
    from audit_v1_copy order by seq;

drop function audit_v1_json_string(text);

-- Readers that only want "the entries" (tests, operators) keep their old name: every committed entry,
-- with its place in the chain once linked (seq null while pending).
create view audit_event as
    select l.seq, e.id as entry_id, e.occurred_at, e.subject, e.on_behalf_of, e.client_id, e.roles, e.acr, e.action,
           e.resource_type, e.resource_id, e.outcome, e.details, e.details_hash, l.previous_hash as prev_hash, l.hash
    from audit_entry e left join audit_link l on l.entry_id = e.id;

create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function audit_refuse_change();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_refuse_change();
create trigger audit_link_append_only before update or delete on audit_link
    for each row execute function audit_refuse_change();
create trigger audit_link_no_truncate before truncate on audit_link
    for each statement execute function audit_refuse_change();
create trigger audit_merkle_node_append_only before update or delete on audit_merkle_node
    for each row execute function audit_refuse_change();
create trigger audit_merkle_node_no_truncate before truncate on audit_merkle_node
    for each statement execute function audit_refuse_change();
create trigger audit_checkpoint_append_only before update or delete on audit_checkpoint
    for each row execute function audit_refuse_change();
create trigger audit_checkpoint_no_truncate before truncate on audit_checkpoint
    for each statement execute function audit_refuse_change();
