-- Failing to comply with a notice (DPA 2018 s.155(1)(b)). On an information or assessment notice: the caseworker's
-- record that it was not complied with, written once. On a notice of intent or penalty notice for such a failure: the
-- notice not complied with, as it was given (reference and day of giving, printed on the notice).
alter table notice add column non_compliance_failure text;
alter table notice add column non_compliance_period_ended_on date;
alter table notice add column non_compliance_note text;
alter table notice add column non_compliance_appeal_ended_on date;
alter table notice add column non_compliance_recorded_by varchar(200);
alter table notice add column non_compliance_recorded_at timestamptz;
alter table notice add constraint notice_non_compliance_of_type
    check (non_compliance_recorded_at is null or type in ('INFORMATION_NOTICE', 'ASSESSMENT_NOTICE'));
alter table notice add constraint notice_non_compliance_whole
    check ((non_compliance_recorded_at is null) = (non_compliance_recorded_by is null)
       and (non_compliance_recorded_at is null) = (non_compliance_failure is null)
       and (non_compliance_recorded_at is null) = (non_compliance_period_ended_on is null));
alter table notice add constraint notice_non_compliance_after_issue
    check (non_compliance_recorded_at is null or status <> 'DRAFT');

alter table notice add column failed_notice_id uuid references notice (id);
alter table notice add column failed_notice_reference varchar(40);
alter table notice add column failed_notice_type varchar(30);
alter table notice add column failed_notice_given_on date;
alter table notice add constraint notice_failed_notice_of_type
    check (failed_notice_id is null or type in ('NOTICE_OF_INTENT', 'PENALTY_NOTICE'));
alter table notice add constraint notice_failed_notice_whole
    check ((failed_notice_id is null) = (failed_notice_reference is null)
       and (failed_notice_id is null) = (failed_notice_type is null)
       and (failed_notice_id is null) = (failed_notice_given_on is null));
alter table notice add constraint notice_failed_notice_type_known
    check (failed_notice_type is null or failed_notice_type in ('INFORMATION_NOTICE', 'ASSESSMENT_NOTICE',
        'ENFORCEMENT_NOTICE'));
-- the penalties resting on a notice (a foreign key is not indexed by itself)
create index notice_failed_notice on notice (failed_notice_id) where failed_notice_id is not null;
