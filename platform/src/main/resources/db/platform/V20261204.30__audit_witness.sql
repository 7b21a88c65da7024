-- The witness (issue 12 item 4): what this service observed of the other services' signed checkpoints.
-- INSERT-only like every audit_* table: the last checkpoint witnessed of a peer is its WITNESSED row
-- with the largest tree size; a failed check is a row of its own and stays (it is never cleared by a
-- later good checkpoint). Each row has its audit entry in audit_event, written in the same transaction.
create table audit_witness_observation (
    id              bigserial     primary key,
    peer_log        varchar(100)  not null,
    outcome         varchar(30)   not null
        check (outcome in ('WITNESSED', 'ROLLED_BACK', 'INCONSISTENT', 'BAD_SIGNATURE')),
    tree_size       bigint        not null check (tree_size >= 0),
    root_hash       varchar(64)   not null,
    checkpoint_time timestamptz   not null,
    key_id          varchar(64),
    signature       varchar(200)  not null,
    reason          varchar(300),
    observed_at     timestamptz   not null
);
-- the last checkpoint witnessed per peer; the failures per peer
create index audit_witness_observation_peer_outcome on audit_witness_observation (peer_log, outcome, tree_size desc);
-- the latest observation per peer (is a failure a repeat of the last one?)
create index audit_witness_observation_peer_latest on audit_witness_observation (peer_log, id desc);

-- Append-only like the log itself: the application role has only SELECT and INSERT (contract of issue 12),
-- and the owner is refused too unless it disables the trigger first (the log's own audit_refuse_change).
create trigger audit_witness_observation_append_only
    before update or delete on audit_witness_observation
    for each row execute function audit_refuse_change();

create trigger audit_witness_observation_no_truncate
    before truncate on audit_witness_observation
    for each statement execute function audit_refuse_change();
