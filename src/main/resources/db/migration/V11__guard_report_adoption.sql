-- At most one draft of a report is adopted (and then published): an adopted or published draft
-- holds its report's scope key here, which is unique per kind and initiative; every other draft
-- holds null, and nulls do not clash.
alter table report_draft add column adopted_scope varchar(40);

alter table report_draft add constraint report_draft_adopted_unique unique (kind, initiative_code, adopted_scope);
