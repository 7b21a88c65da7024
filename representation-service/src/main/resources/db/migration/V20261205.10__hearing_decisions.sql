-- Oral hearings (DPA 2018 Sch 16 para 3(5), para 4): the regulator's decision on each request, and the
-- record of a hearing granted and held. Requests made before this migration are undecided (REQUESTED).
alter table hearing_request
    add column status             varchar(20)   not null default 'REQUESTED'
        check (status in ('REQUESTED', 'GRANTED', 'REFUSED', 'HELD')),
    add column granted            boolean,
    -- the London wall-clock time the organisation was told, kept as given (no zone arithmetic on it)
    add column held_at            timestamp,
    add column place              varchar(500),
    add column video_link         varchar(500),
    -- attendees one per line, as entered
    add column decision_attendees varchar(5000),
    add column decision_reason    varchar(5000),
    add column decided_by         varchar(200),
    add column decided_at         timestamptz,
    add column held_on            date,
    add column record_attendees   varchar(5000),
    add column record_note        varchar(10000),
    add column recorded_by        varchar(200),
    add column recorded_at        timestamptz,
    add column version            bigint        not null default 0,
    add constraint hearing_request_granted_has_time check (granted is not true or held_at is not null),
    add constraint hearing_request_granted_has_venue check (granted is not true or place is not null
        or video_link is not null);

-- the dashboard's undecided list, oldest first (keyset on requested_at, id)
create index hearing_request_undecided on hearing_request (requested_at, id) where status = 'REQUESTED';
-- notice-service's counts before a penalty notice
create index hearing_request_notice_status on hearing_request (notice_id, status);
create index extension_request_notice_status on extension_request (notice_id, status);

-- The documents of a hearing held: bytes as PostgreSQL large objects, exactly as representation evidence.
create table hearing_document (
    id                 uuid          primary key,
    hearing_request_id uuid          not null references hearing_request (id),
    position           integer       not null,
    file_name          varchar(120)  not null,
    content_type       varchar(100)  not null,
    size_bytes         bigint        not null,
    sha256             varchar(64)   not null,
    content_oid        oid           not null,
    created_at         timestamptz   not null
);
create index hearing_document_request on hearing_document (hearing_request_id, position);
