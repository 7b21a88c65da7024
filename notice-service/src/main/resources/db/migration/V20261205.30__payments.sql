-- Payment and recovery of penalties (issue 13). A penalty notice's account is computed from the notice (its
-- current amount, dates, status and appeal flag), the payments received, the instalment plan agreed and the
-- referral for recovery; nothing here copies the amount due, so a variation or cancellation shows at once.

-- The rate of simple interest on late payment a penalty notice may state (printed on the notice).
alter table notice add column late_payment_interest_percent numeric(5, 2);
alter table notice add constraint notice_interest_rate_range
    check (late_payment_interest_percent is null or (late_payment_interest_percent > 0 and late_payment_interest_percent <= 100));

create table payment (
    id           uuid           primary key,
    notice_id    uuid           not null references notice (id),
    amount       numeric(17, 2) not null,
    received_on  date           not null,
    -- the bank's reference of the transfer: one transfer is one payment, whichever notice it was recorded on
    reference    varchar(100)   not null,
    recorded_by  varchar(200)   not null,
    recorded_at  timestamptz    not null,
    constraint payment_positive check (amount > 0),
    constraint payment_reference_once unique (reference)
);
-- an account's payments, in the order they were received
create index payment_notice on payment (notice_id, received_on, id);

-- An agreement to take the balance by instalments. A later plan replaces the current one, which is kept
-- (superseded_at set) as history.
create table instalment_plan (
    id            uuid           primary key,
    notice_id     uuid           not null references notice (id),
    instalments   jsonb          not null,
    balance       numeric(17, 2) not null,
    -- what had been paid when it was agreed: payments beyond this pay its instalments
    paid_before   numeric(17, 2) not null,
    agreed_on     date           not null,
    reason        varchar(2000)  not null,
    agreed_by     varchar(200)   not null,
    agreed_at     timestamptz    not null,
    superseded_at timestamptz
);
create unique index instalment_plan_current on instalment_plan (notice_id) where superseded_at is null;
create index instalment_plan_history on instalment_plan (notice_id, agreed_at);

-- A penalty referred for recovery as a civil debt (DPA 2018 Sch 16 para 9): once per notice.
create table recovery_referral (
    notice_id   uuid          primary key references notice (id),
    referred_on date          not null,
    note        varchar(2000) not null,
    referred_by varchar(200)  not null,
    referred_at timestamptz   not null
);

-- The dashboard's accounts: penalty notices given (and those cancelled, which may owe a refund), keyset on
-- (issued_on, id). The list's filters start from this index and the payments' (notice_id) one.
create index notice_penalty_accounts on notice (issued_on, id)
    where type = 'PENALTY_NOTICE' and status in ('ISSUED', 'CANCELLED');
