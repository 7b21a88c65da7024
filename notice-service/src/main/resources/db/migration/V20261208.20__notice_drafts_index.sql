-- The dashboard's "drafts waiting to be issued" (GET /notices/drafts): every case's drafts, oldest first.
-- Partial, so it holds only the few notices still drafts, not every notice ever issued.
create index notice_drafts on notice (created_at, id) where status = 'DRAFT';
