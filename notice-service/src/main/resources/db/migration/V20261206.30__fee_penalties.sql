-- Fixed penalties for an unpaid data-protection fee (issue 14; DPA 2018 s.155(1)(c), s.158; the Data Protection
-- (Charges and Information) Regulations 2018). Created in volume from a CSV of unpaid charges: one batch per
-- upload, one row per penalty. Its own aggregate: nothing here refers to the notice table.

-- One upload: who, when, the file's SHA-256 and what came of its rows. The rejected rows (row number, column,
-- reason) are kept with it, so the answer can be read again; the rows created point back to their batch.
create table fee_penalty_batch (
    id                 uuid          primary key,
    file_name          varchar(255)  not null,
    file_sha256        varchar(64)   not null,
    rows_read          integer       not null,
    rows_created       integer       not null,
    rows_rejected      integer       not null,
    errors             jsonb         not null,
    given_on           date          not null,
    uploaded_by        varchar(200)  not null,
    uploaded_at        timestamptz   not null,
    constraint fee_penalty_batch_counts check (rows_read = rows_created + rows_rejected and rows_created > 0)
);
create index fee_penalty_batch_uploaded on fee_penalty_batch (uploaded_at, id);

create table fee_penalty (
    id                         uuid           primary key,
    batch_id                   uuid           not null references fee_penalty_batch (id),
    organisation_id            varchar(100)   not null,
    organisation_name          varchar(200)   not null,
    -- the organisation's registration (or the regulator's own) reference, as in the file
    reference                  varchar(40)    not null,
    tier                       smallint       not null,
    charge_period_start        date           not null,
    -- the charge unpaid (reg 3(1) as in force at the charge period's start), for the notice's text
    charge                     numeric(9, 2)  not null,
    -- the published fixed amount for the tier; an aggravated amount (with its reason) replaces it where set
    fixed_amount               numeric(9, 2)  not null,
    aggravated_amount          numeric(9, 2),
    aggravation_reason         varchar(2000),
    -- s.158(3) as the suite reads it (the lower of the maxima at the charge period's start and the day given)
    statutory_maximum          numeric(9, 2)  not null,
    status                     varchar(30)    not null,
    notice_of_intent_given_on  date           not null,
    representations_due_on     date           not null,
    penalty_notice_deadline    date           not null,
    penalty_notice_given_on    date,
    payment_due_on             date,
    appeal_due_on              date,
    fee_paid_on                date,
    penalty_paid_on            date,
    created_at                 timestamptz    not null,
    updated_by                 varchar(200)   not null,
    updated_at                 timestamptz    not null,
    version                    bigint         not null,
    constraint fee_penalty_tier check (tier between 1 and 3),
    constraint fee_penalty_status check (status in ('NOTICE_OF_INTENT_GIVEN', 'PENALTY_NOTICE_GIVEN', 'PAID', 'WITHDRAWN')),
    constraint fee_penalty_amounts check (fixed_amount > 0 and fixed_amount <= statutory_maximum
        and (aggravated_amount is null or (aggravated_amount > fixed_amount and aggravated_amount <= statutory_maximum
            and aggravation_reason is not null))),
    constraint fee_penalty_penalty_notice check ((penalty_notice_given_on is null) = (payment_due_on is null)
        and (penalty_notice_given_on is null or penalty_notice_given_on > representations_due_on)),
    -- a charge (an organisation's charge period) is penalised once, whatever became of the penalty
    constraint fee_penalty_charge_once unique (organisation_id, charge_period_start)
);
-- the lists: by status (the work queue) and by batch, each keyset on (notice_of_intent_given_on, id)
create index fee_penalty_by_status on fee_penalty (status, notice_of_intent_given_on, id);
create index fee_penalty_by_batch on fee_penalty (batch_id, notice_of_intent_given_on, id);
create index fee_penalty_by_given on fee_penalty (notice_of_intent_given_on, id);
