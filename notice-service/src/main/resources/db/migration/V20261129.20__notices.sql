-- Notices of intent and final decisions (DESIGN §2, §3, §7).

create table notice (
    id                          uuid           primary key,
    reference                   varchar(20)    not null unique,
    type                        varchar(30)    not null,
    status                      varchar(20)    not null,
    case_id                     uuid           not null,
    case_reference              varchar(20)    not null,
    organisation_id             varchar(64),
    organisation_name           varchar(200)   not null,
    recipients                  jsonb          not null,
    reasons                     varchar(20000),
    nature_of_data              varchar(2000),
    public_summary              varchar(2000),
    calculation_input           jsonb,
    calculation                 jsonb,
    amount                      numeric(17, 2),
    notional_fine               numeric(17, 2),
    representation_days         integer,
    payment_days                integer,
    notice_of_intent_id         uuid           references notice (id),
    settlement_stage            varchar(40),
    settlement_discount_percent numeric(5, 2),
    settlement_appeal_waived    boolean,
    settlement_recorded_by      varchar(200),
    settlement_recorded_at      timestamptz,
    extension_agreed_until      date,
    extension_reason            varchar(2000),
    extension_recorded_by       varchar(200),
    extension_recorded_at       timestamptz,
    publish                     boolean        not null,
    withheld_reason             varchar(2000),
    issued_on                   date,
    representations_due_on      date,
    payment_due_on              date,
    appeal_due_on               date,
    issued_by                   varchar(200),
    issued_at                   timestamptz,
    issue_key                   varchar(200),
    representations_received    integer,
    pending_issue_key           varchar(200),
    pending_issue_by            varchar(200),
    pending_issue_at            timestamptz,
    pending_issue_on            date,
    pending_issue_attempts      integer,
    pending_issue_error         varchar(2000),
    document_sha256             varchar(64),
    withdrawn_by                varchar(200),
    withdrawn_at                timestamptz,
    withdrawal_reason           varchar(2000),
    created_by                  varchar(200)   not null,
    created_at                  timestamptz    not null,
    updated_at                  timestamptz    not null,
    version                     bigint         not null,
    constraint notice_type_known check (type in ('NOTICE_OF_INTENT', 'PENALTY_NOTICE', 'REPRIMAND', 'WARNING',
        'ENFORCEMENT_NOTICE', 'NO_FURTHER_ACTION')),
    constraint notice_status_known check (status in ('DRAFT', 'ISSUED', 'WITHDRAWN')),
    constraint notice_issued_has_document check (status <> 'ISSUED' or (issued_on is not null and document_sha256 is not null))
);

create index notice_case on notice (case_id, created_at, id);
-- the public register: issued, published final decisions, newest first
create index notice_register on notice (issued_on desc, id desc)
    where status = 'ISSUED' and publish and type in ('PENALTY_NOTICE', 'ENFORCEMENT_NOTICE', 'REPRIMAND');
-- the reconciliation job's work list
create index notice_pending_issue on notice (pending_issue_at) where pending_issue_key is not null;

-- The issued document, kept apart so reading a notice does not load its PDF. Never changes after issue.
create table notice_document (
    notice_id  uuid         primary key references notice (id),
    content    bytea        not null,
    sha256     varchar(64)  not null,
    created_at timestamptz  not null
);

create function notice_document_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'an issued notice document never changes: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end
$$;

create trigger notice_document_immutable
    before update or delete on notice_document
    for each row execute function notice_document_refuse_change();

-- Numbers run from 1 each year and type: NOI-2024-000001, PN-2025-000001.
create table notice_reference_counter (
    prefix      varchar(5) not null,
    year        integer    not null,
    last_number bigint     not null,
    primary key (prefix, year)
);
