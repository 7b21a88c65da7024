-- Appeals to the First-tier Tribunal against a final decision (DPA 2018 s.162), their outcome (s.163) and any
-- onward appeal. While one is pending, notice.appeal_pending is true.
create table appeal (
    id                    uuid          primary key,
    notice_id             uuid          not null references notice (id),
    lodged_on             date          not null,
    appeal_due_on         date          not null,
    working_day_due_on    date          not null,
    late_appeal_admitted  boolean       not null,
    late_appeal_reason    varchar(2000),
    tribunal_reference    varchar(100)  not null,
    grounds               text          not null,
    status                varchar(20)   not null,
    settlement_lost       boolean       not null default false,
    outcome_decided_on    date,
    outcome_note          text,
    outcome_amount        numeric(17, 2),
    outcome_payment_days  integer,
    outcome_terms         text,
    outcome_decided_by    varchar(200),
    outcome_decided_at    timestamptz,
    onward_lodged_on      date,
    onward_court          varchar(30),
    onward_reference      varchar(100),
    onward_note           text,
    onward_recorded_by    varchar(200),
    onward_recorded_at    timestamptz,
    onward_decided_on     date,
    onward_outcome_note   text,
    onward_decided_by     varchar(200),
    onward_decided_at     timestamptz,
    recorded_by           varchar(200)  not null,
    recorded_at           timestamptz   not null,
    version               bigint        not null default 0,
    constraint appeal_status_known check (status in ('PENDING', 'DISMISSED', 'ALLOWED', 'VARIED', 'WITHDRAWN')),
    constraint appeal_late_has_reason check (not late_appeal_admitted or late_appeal_reason is not null),
    constraint appeal_decided_has_outcome check (status = 'PENDING' or outcome_decided_on is not null)
);

-- One pending appeal per notice: the database refuses a second even from two requests at once.
create unique index appeal_one_pending on appeal (notice_id) where status = 'PENDING';
create index appeal_of_notice on appeal (notice_id, recorded_at, id);
create index appeal_by_status on appeal (status, recorded_at, id);

-- Documents of an appeal (the notice of appeal, the tribunal's decision): written once, never changed.
create table appeal_document (
    id            uuid          primary key,
    appeal_id     uuid          not null references appeal (id),
    file_name     varchar(255)  not null,
    content_type  varchar(100)  not null,
    size          bigint        not null,
    sha256        varchar(64)   not null,
    content       bytea         not null,
    uploaded_by   varchar(200)  not null,
    uploaded_at   timestamptz   not null
);
create index appeal_document_of_appeal on appeal_document (appeal_id, uploaded_at, id);
