-- Enforcement notices (DPA 2018 s.149-150): the failures the notice rests on, whether it is stated urgent (with
-- reasons, s.150(8)), its steps each with a compliance date and the caseworker's finding, and the organisation's
-- progress reports with evidence files (kept as appeal documents are: type, size and SHA-256, never changed).
alter table notice add column enforcement_failures text;
alter table notice add column enforcement_urgent boolean not null default false;
alter table notice add column enforcement_urgency_reasons text;
-- a draft may be urgent before its reasons are written (a missing part); a given notice states them
alter table notice add constraint notice_urgency_has_reasons
    check (status = 'DRAFT' or not enforcement_urgent or enforcement_urgency_reasons is not null);

create table enforcement_step (
    id               uuid           primary key,
    notice_id        uuid           not null references notice (id),
    position         integer        not null,
    text             text           not null,
    compliance_date  date           not null,
    status           varchar(20)    not null default 'PENDING',
    decided_by       varchar(200),
    decided_at       timestamptz,
    note             text,
    version          bigint         not null default 0,
    constraint enforcement_step_position_positive check (position > 0),
    constraint enforcement_step_status_known check (status in ('PENDING', 'COMPLIED', 'NOT_COMPLIED')),
    constraint enforcement_step_decided_has_decider
        check (status = 'PENDING' or (decided_by is not null and decided_at is not null))
);
-- a notice's steps in order (the notice's list), one step per position
create unique index enforcement_step_of_notice on enforcement_step (notice_id, position);
-- the dashboard's compliance dates: pending steps by date
create index enforcement_step_pending_by_date on enforcement_step (compliance_date, id) where status = 'PENDING';

create table enforcement_progress (
    id           uuid           primary key,
    step_id      uuid           not null references enforcement_step (id),
    notice_id    uuid           not null references notice (id),
    text         text           not null,
    reported_by  varchar(200)   not null,
    reported_at  timestamptz    not null
);
create index enforcement_progress_of_step on enforcement_progress (step_id, reported_at, id);
create index enforcement_progress_of_notice on enforcement_progress (notice_id, reported_at, id);

create table enforcement_evidence (
    id            uuid           primary key,
    progress_id   uuid           not null references enforcement_progress (id),
    file_name     varchar(255)   not null,
    content_type  varchar(100)   not null,
    size          bigint         not null,
    sha256        varchar(64)    not null,
    content       bytea          not null,
    uploaded_by   varchar(200)   not null,
    uploaded_at   timestamptz    not null
);
create index enforcement_evidence_of_progress on enforcement_evidence (progress_id, uploaded_at, id);
