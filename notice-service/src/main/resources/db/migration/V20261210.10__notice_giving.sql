-- How and when a notice is given (DPA 2018 s.141 / s.141A; Interpretation Act 1978 s.7). Periods run from the day it
-- is given, which for post or email is later than the day the decision-maker issued it (issued_on).
alter table notice
    add column giving_method    varchar(20),
    add column giving_provision varchar(40),
    add column sent_at          timestamptz,
    add column given_on         date;

alter table notice add constraint notice_giving_method_known
    check (giving_method is null or giving_method in ('BY_HAND', 'LEFT_AT_ADDRESS', 'POST', 'EMAIL'));

-- Notices issued before the method was recorded were treated as given on the day they were issued: keep that, so
-- every issued notice has a day of giving to count from; their method stays unknown (null). (The code reads a
-- missing given_on as issued_on too, Notice.dayGiven, so rows written by older code stay consistent.)
update notice set given_on = issued_on where issued_on is not null and given_on is null;
