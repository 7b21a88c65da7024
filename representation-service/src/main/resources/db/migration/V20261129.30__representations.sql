-- The organisations' portal (DESIGN §2, §4, §7).

-- A notice of intent's window for representations; due_on moves when an extension is granted.
create table representation_window (
    notice_id         uuid         primary key,
    notice_reference  varchar(20),
    case_id           uuid         not null,
    organisation_id   varchar(64)  not null,
    original_due_on   date         not null,
    due_on            date         not null,
    status            varchar(20)  not null check (status in ('OPEN', 'CLOSED')),
    opened_by         varchar(200) not null,
    opened_at         timestamptz  not null,
    closed_at         timestamptz,
    updated_at        timestamptz  not null,
    version           bigint       not null
);
create index representation_window_organisation on representation_window (organisation_id, opened_at, notice_id);

create table representation (
    id                 uuid           primary key,
    notice_id          uuid           not null references representation_window (notice_id),
    organisation_id    varchar(64)    not null,
    statement          text           not null,
    submitted_by       varchar(200)   not null,
    submitted_at       timestamptz    not null,
    considered_by      varchar(200),
    considered_at      timestamptz,
    consideration_note varchar(10000),
    version            bigint         not null
);
create index representation_notice on representation (notice_id, submitted_at, id);
-- the per-organisation submission rate
create index representation_organisation_time on representation (organisation_id, submitted_at);

-- Evidence: each file's bytes are a PostgreSQL large object, written in the submission's transaction,
-- so a failed upload leaves nothing behind and backups hold the evidence with its record.
create table evidence_file (
    id                uuid          primary key,
    representation_id uuid          not null references representation (id),
    position          integer       not null,
    file_name         varchar(120)  not null,
    content_type      varchar(100)  not null,
    size_bytes        bigint        not null,
    sha256            varchar(64)   not null,
    content_oid       oid           not null,
    created_at        timestamptz   not null
);
create index evidence_file_representation on evidence_file (representation_id, position);

create table extension_request (
    id               uuid           primary key,
    notice_id        uuid           not null references representation_window (notice_id),
    organisation_id  varchar(64)    not null,
    requested_until  date           not null,
    reason           varchar(5000)  not null,
    requested_by     varchar(200)   not null,
    requested_at     timestamptz    not null,
    status           varchar(20)    not null check (status in ('PENDING', 'GRANTED', 'REFUSED')),
    granted_until    date,
    decision_reason  varchar(5000),
    decided_by       varchar(200),
    decided_at       timestamptz,
    version          bigint         not null
);
create index extension_request_notice on extension_request (notice_id, requested_at, id);

create table hearing_request (
    id               uuid           primary key,
    notice_id        uuid           not null references representation_window (notice_id),
    organisation_id  varchar(64)    not null,
    reason           varchar(5000)  not null,
    requested_by     varchar(200)   not null,
    requested_at     timestamptz    not null
);
create index hearing_request_notice on hearing_request (notice_id, requested_at, id);
