-- What an IATI import last wrote or found unchanged for a project: a digest of the activity's
-- record and the project's version just after. A re-import that meets the same digest on the
-- same version knows the project unchanged without reading it (issue 17).
alter table project add column iati_fingerprint varchar(64);
alter table project add column iati_fingerprint_version bigint;
