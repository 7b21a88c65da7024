-- Everyone a case was ever assigned to, on the case's own row: notice-service's four eyes excludes them all as
-- issuers, and reading a case must not cost a second query over its timeline to say who they are.
-- Backfilled from the timeline's assignments (the current assignee is among them).
alter table investigation_case add column ever_assigned text[] not null default '{}';

update investigation_case c set ever_assigned = a.subjects
from (select case_id, array_agg(distinct details ->> 'assignee' order by details ->> 'assignee') as subjects
      from case_event where type = 'ASSIGNED' and details ->> 'assignee' is not null group by case_id) a
where a.case_id = c.id;
