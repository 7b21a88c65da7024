-- The portal's list of every notice given to one organisation (GET /portal/issued-notices, service/PortalNotices),
-- newest first and keyset-paged on (day given, id) descending in each of the two tables it merges. Without these,
-- each page read every notice of every organisation and sorted them.
-- (The query's "status <> DRAFT" is a bound parameter, which a partial index's predicate could not be proved
-- from; "issued_on is not null" is written in the query itself.)
create index notice_given_to_organisation on notice (organisation_id, issued_on desc, id desc)
    where issued_on is not null;
create index fee_penalty_given_to_organisation on fee_penalty
    (organisation_id, (coalesce(penalty_notice_given_on, notice_of_intent_given_on)) desc, id desc);
