-- A need's creation is told by its own row (created_by, created_at, and a new need is a
-- draft): the history shows it as its first step. The creation steps that were kept in
-- need_transition as well (no action, no former state) say the same twice and go; every
-- other step of the workflow stays.
delete from need_transition where action is null and from_status is null;
