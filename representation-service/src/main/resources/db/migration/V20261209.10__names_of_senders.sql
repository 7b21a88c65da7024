-- Who sent a representation or asked for more time or a hearing, by name as their token gave it at the time, beside
-- the subject that stays the record of who acted: the organisation's people see a colleague's name, not an id.
-- Rows from before are left without one (the portal then says "someone else at your organisation").
alter table representation add column submitted_by_name varchar(200);
alter table extension_request add column requested_by_name varchar(200);
alter table hearing_request add column requested_by_name varchar(200);
