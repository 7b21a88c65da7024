-- DPA 2018 Sch 16 para 2(3): the 6-month period for a penalty notice is extended only by agreement with the
-- organisation, so an extension records who there agreed, when, and the evidence of it. Extensions recorded
-- before this change keep these columns empty.
alter table notice add column extension_agreed_by varchar(200);
alter table notice add column extension_agreed_on date;
alter table notice add column extension_evidence  varchar(2000);
