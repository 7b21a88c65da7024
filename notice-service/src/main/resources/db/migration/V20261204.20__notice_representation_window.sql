-- A notice of intent's representation window is opened only after the notice is fixed as ISSUED, so
-- the organisation never sees a notice whose issue is still in progress. This column records that
-- representation-service confirmed the window open; while it is null on an issued notice of intent,
-- the reconciliation job opens it (an idempotent PUT).
alter table notice add column representation_window_opened_at timestamptz;

alter table notice add constraint notice_window_only_for_notice_of_intent
    check (representation_window_opened_at is null or type = 'NOTICE_OF_INTENT');

-- Notices of intent issued before this change had their window opened before they were fixed as ISSUED.
update notice set representation_window_opened_at = issued_at
    where type = 'NOTICE_OF_INTENT' and issued_at is not null;

-- the reconciliation job's second work list: issued notices of intent without a confirmed window
create index notice_window_to_open on notice (issued_at)
    where type = 'NOTICE_OF_INTENT' and status = 'ISSUED' and representation_window_opened_at is null;
