-- Information notices (DPA 2018 s.142-145) and assessment notices (s.146-147): investigatory notices that leave the
-- case where it is. Their terms are kept as JSON on the notice; required_by is the day compliance is required.
alter table notice drop constraint notice_type_known;
alter table notice add constraint notice_type_known check (type in ('NOTICE_OF_INTENT', 'PENALTY_NOTICE', 'REPRIMAND',
    'WARNING', 'ENFORCEMENT_NOTICE', 'NO_FURTHER_ACTION', 'INFORMATION_NOTICE', 'ASSESSMENT_NOTICE'));

alter table notice add column information_terms jsonb;
alter table notice add column assessment_terms jsonb;
alter table notice add column required_by date;
alter table notice add constraint notice_information_terms_of_type
    check (information_terms is null or type = 'INFORMATION_NOTICE');
alter table notice add constraint notice_assessment_terms_of_type
    check (assessment_terms is null or type = 'ASSESSMENT_NOTICE');
alter table notice add constraint notice_required_by_of_type
    check (required_by is null or type in ('INFORMATION_NOTICE', 'ASSESSMENT_NOTICE'));

-- The organisation's claim that a restriction of s.143 applies to what an information notice asks (legal
-- professional privilege, self-incrimination, ...), with the regulator's view on it, recorded once.
create table restriction_claim (
    id             uuid           primary key,
    notice_id      uuid           not null references notice (id),
    ground         varchar(40)    not null,
    statement      text           not null,
    claimed_by     varchar(200)   not null,
    claimed_at     timestamptz    not null,
    view_accepted  boolean,
    view_note      text,
    viewed_by      varchar(200),
    viewed_at      timestamptz,
    version        bigint         not null default 0,
    constraint restriction_claim_ground_known check (ground in ('SPECIAL_PURPOSES', 'PARLIAMENTARY_PRIVILEGE',
        'LEGAL_ADVICE_PRIVILEGE', 'LITIGATION_PRIVILEGE', 'SELF_INCRIMINATION')),
    constraint restriction_claim_view_whole check ((view_accepted is null) = (viewed_at is null)
        and (viewed_at is null) = (viewed_by is null))
);
create index restriction_claim_of_notice on restriction_claim (notice_id, claimed_at, id);

-- Information orders (s.145): the regulator's application to the court, and the order made, as recorded steps.
create table information_order (
    id               uuid           primary key,
    notice_id        uuid           not null references notice (id),
    stage            varchar(20)    not null,
    court            varchar(200)   not null,
    stage_on         date           not null,
    court_reference  varchar(100),
    note             text,
    recorded_by      varchar(200)   not null,
    recorded_at      timestamptz    not null,
    constraint information_order_stage_known check (stage in ('APPLIED', 'MADE', 'REFUSED'))
);
create index information_order_of_notice on information_order (notice_id, stage_on, recorded_at, id);
