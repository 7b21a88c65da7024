-- Investigation cases (DESIGN §3, §7).

create table investigation_case (
    id                    uuid          primary key,
    reference             varchar(20)   not null unique,
    title                 varchar(200)  not null,
    summary               varchar(10000) not null,
    source                varchar(20)   not null,
    organisation_id       varchar(64),
    organisation_name     varchar(200)  not null,
    legal_entities        jsonb         not null,
    turnover_amount       numeric(17, 2),
    turnover_currency     varchar(3),
    turnover_year_end     date,
    occurred_on           date,
    discovered_on         date,
    reported_on           date,
    people_affected       bigint,
    data_categories       jsonb         not null,
    special_category_data boolean       not null,
    status                varchar(30)   not null,
    assignee              varchar(200),
    opened_at             timestamptz   not null,
    opened_by             varchar(200)  not null,
    updated_at            timestamptz   not null,
    version               bigint        not null,
    search_vector tsvector generated always as (
        to_tsvector('english', coalesce(title, '') || ' ' || coalesce(summary, ''))) stored,
    constraint investigation_case_status_known
        check (status in ('OPEN', 'INVESTIGATING', 'NOTICE_OF_INTENT_ISSUED', 'DECIDED', 'CLOSED')),
    constraint investigation_case_source_known
        check (source in ('BREACH_REPORT', 'COMPLAINT', 'REFERRAL', 'OWN_INITIATIVE'))
);

-- Keyset paging: every sort key paired with the id as tie-breaker.
create index investigation_case_opened on investigation_case (opened_at, id);
create index investigation_case_title on investigation_case (title, id);
create index investigation_case_status on investigation_case (status, opened_at, id);
create index investigation_case_assignee on investigation_case (assignee, opened_at, id);
create index investigation_case_organisation_id on investigation_case (organisation_id);
create index investigation_case_organisation_name on investigation_case (lower(organisation_name) varchar_pattern_ops);
create index investigation_case_search on investigation_case using gin (search_vector);

create table finding (
    id          uuid           primary key,
    case_id     uuid           not null references investigation_case (id),
    provision   varchar(200)   not null,
    description varchar(10000) not null,
    recorded_by varchar(200)   not null,
    recorded_at timestamptz    not null
);
create index finding_case on finding (case_id, recorded_at);

create table case_event (
    id          bigint generated always as identity primary key,
    case_id     uuid          not null references investigation_case (id),
    occurred_at timestamptz   not null,
    actor       varchar(200)  not null,
    type        varchar(30)   not null,
    description varchar(2000) not null,
    details     jsonb         not null
);
create index case_event_case on case_event (case_id, id);

-- Case numbers run from 1 each calendar year: INV-2026-000001.
create table case_reference_counter (
    year        integer primary key,
    last_number bigint  not null
);
