-- A fixed penalty's penalty notice is a penalty notice: published on the register unless a decision-maker
-- withholds it with the reason (the rule of every final decision, DESIGN §2). The notice of intent is never
-- published. Existing rows are published, as a new penalty notice is.
alter table fee_penalty add column publish boolean not null default true;
alter table fee_penalty add column withheld_reason varchar(2000);
alter table fee_penalty add constraint fee_penalty_withheld_reason check (publish or withheld_reason is not null);
-- The register's half for fixed penalties, newest first in its keyset order.
create index fee_penalty_register on fee_penalty (penalty_notice_given_on desc, id desc)
    where penalty_notice_given_on is not null and publish;
