-- IATI activities find their projects by identifier, ignoring case: the identifier in lower case, in a
-- column of its own with a unique index, instead of lower(iati_identifier) compared row by row (a scan of
-- every project for each activity of a file). It also keeps two projects from holding one identifier in
-- different cases, which the rules already refuse.
alter table project add column iati_key varchar(150);
update project set iati_key = lower(iati_identifier) where iati_identifier is not null;
alter table project drop constraint project_iati_identifier_unique;
create unique index project_iati_key on project (iati_key);
