-- Variation of a penalty notice by the regulator (DPA 2018 Sch 16 para 7) or by the tribunal substituting its
-- decision (s.163(3)): notice.amount and notice.payment_due_on become the current values; every earlier one is
-- kept here. The issued notice_document never changes: each variation has a document of its own.
create table notice_variation (
    id                        uuid            primary key,
    notice_id                 uuid            not null references notice (id),
    source                    varchar(20)     not null,
    appeal_id                 uuid            references appeal (id),
    amount_before             numeric(17, 2),
    amount_after              numeric(17, 2),
    payment_days_before       integer,
    payment_days_after        integer,
    payment_due_on_before     date,
    payment_due_on_after      date,
    terms                     text,
    reasons                   text            not null,
    document_sha256           varchar(64)     not null,
    varied_by                 varchar(200)    not null,
    varied_at                 timestamptz     not null,
    constraint notice_variation_source_known check (source in ('REGULATOR', 'TRIBUNAL'))
);
create index notice_variation_of_notice on notice_variation (notice_id, varied_at, id);

create table notice_variation_document (
    variation_id  uuid         primary key references notice_variation (id),
    content       bytea        not null,
    sha256        varchar(64)  not null,
    created_at    timestamptz  not null
);

create function notice_variation_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'a variation and its document never change: % is not allowed', tg_op;
end $$;
create trigger notice_variation_immutable before update or delete on notice_variation
    for each row execute function notice_variation_refuse_change();
create trigger notice_variation_document_immutable before update or delete on notice_variation_document
    for each row execute function notice_variation_refuse_change();

-- Cancellation (Sch 16 para 8, or the tribunal allowing an appeal, s.163(3)).
alter table notice add column cancelled_reasons text;
alter table notice add column cancelled_source varchar(20);
alter table notice add column cancelled_by varchar(200);
alter table notice add column cancelled_at timestamptz;
alter table notice add column cancelled_on date;
