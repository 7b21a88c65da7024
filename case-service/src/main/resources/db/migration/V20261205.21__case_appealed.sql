-- A decided case whose decision is appealed to the First-tier Tribunal (DPA 2018 s.162) waits in APPEALED
-- until the appeal is determined or withdrawn, and returns to DECIDED: it cannot close meanwhile.
alter table investigation_case drop constraint investigation_case_status_known;
alter table investigation_case add constraint investigation_case_status_known
    check (status in ('OPEN', 'INVESTIGATING', 'NOTICE_OF_INTENT_ISSUED', 'DECIDED', 'APPEALED', 'CLOSED'));
