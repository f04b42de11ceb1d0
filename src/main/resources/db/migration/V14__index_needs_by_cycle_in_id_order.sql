-- Reading every need of a cycle in batches in id order (reports, exports, the coverage
-- rebuild) asks for "cycle = ? and id > ? order by id": without an index on both, each
-- batch scanned every need of the cycle again (H2 chose the cycle index and filtered),
-- so reading a cycle grew with the square of its size.
create index need_cycle_id on need (cycle_id, id);
create index analysis_need_cycle_need on analysis_need (cycle_id, need_id);
