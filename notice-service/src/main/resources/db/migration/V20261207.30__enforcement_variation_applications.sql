-- Applications by the person given an enforcement notice for its cancellation or variation (DPA 2018 s.153(2)),
-- made only after the appeal period and on a change of circumstances (s.153(3)), and the regulator's decision on
-- each: granted as a cancellation, granted as a variation of named steps' compliance dates (the notice_variation
-- row and its document record it; changes keeps each step's date before and after), or refused with reasons (the
-- refusal may be appealed, s.162(2)). An application is decided once; a notice has at most one undecided.
create table enforcement_variation_application (
    id                uuid           primary key,
    notice_id         uuid           not null references notice (id),
    organisation_id   varchar(200)   not null,
    kind              varchar(10)    not null,
    steps             jsonb          not null,
    grounds           text           not null,
    applied_by        varchar(200)   not null,
    applied_at        timestamptz    not null,
    applied_on        date           not null,
    status            varchar(20)    not null default 'PENDING',
    decision_reasons  text,
    decided_by        varchar(200),
    decided_at        timestamptz,
    changes           jsonb,
    variation_id      uuid           references notice_variation (id),
    version           bigint         not null default 0,
    constraint enforcement_variation_application_kind_known check (kind in ('CANCEL', 'VARY')),
    constraint enforcement_variation_application_status_known
        check (status in ('PENDING', 'CANCELLED', 'VARIED', 'REFUSED')),
    constraint enforcement_variation_application_decided_has_decision
        check (status = 'PENDING' or (decided_by is not null and decided_at is not null and decision_reasons is not null)),
    constraint enforcement_variation_application_varied_has_variation
        check (status <> 'VARIED' or (variation_id is not null and changes is not null))
);
-- a notice's applications, oldest first (the regulator's list, keyset on applied_at, id)
create index enforcement_variation_application_of_notice on enforcement_variation_application (notice_id, applied_at, id);
-- at most one undecided application a notice
create unique index enforcement_variation_application_one_pending on enforcement_variation_application (notice_id)
    where status = 'PENDING';
