-- An organisation's cases in the list's default order (issue 12, "What still limits search" in
-- docs/benchmarks.md): at 1 M cases an organisation with 2,000 of them was found through
-- investigation_case_organisation_id and every match fetched and sorted for each page. With this index
-- the exact-id part of the filter reads its page in order (CaseSearchRepository.search).
create index investigation_case_organisation_opened on investigation_case (organisation_id, opened_at, id);
