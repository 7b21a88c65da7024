-- What happens to an issued notice after it is given (issue 13): it may be cancelled (Sch 16 para 8,
-- or on appeal under s.163), and while an appeal against it is pending recovery is barred.
alter table notice drop constraint notice_status_known;
alter table notice add constraint notice_status_known check (status in ('DRAFT', 'ISSUED', 'WITHDRAWN', 'CANCELLED'));

-- An issued document never goes away: a cancelled notice keeps it.
alter table notice drop constraint notice_issued_has_document;
alter table notice add constraint notice_issued_has_document
    check (status not in ('ISSUED', 'CANCELLED') or (issued_on is not null and document_sha256 is not null));

-- Kept by the appeal records: true while an appeal (or an onward appeal) against the notice is pending.
alter table notice add column appeal_pending boolean not null default false;

-- A settlement whose waived appeal was lodged all the same: the discount is lost from this day.
alter table notice add column settlement_lost_on date;
