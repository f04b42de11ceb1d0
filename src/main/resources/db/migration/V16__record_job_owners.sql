-- The node (one start of the platform's process) that works on an import or export job, and when it last
-- said so: another node fails a queued or running job only once this heartbeat is older than
-- iisg.exchange.stale-after. Jobs of older versions have neither and count as stale.
alter table exchange_job add column node varchar(300);
alter table exchange_job add column heartbeat_at timestamp with time zone;

-- A job has an error only when it failed. A worker that finished a job which another starting node had
-- just failed left its preview or its result beside the restart's message: what an import's worker
-- finished is what happened (its preview, or its records stored), while that export's file was deleted.
update exchange_job set error_message = null
    where status <> 'FAILED' and error_message is not null
    and kind not in ('needs-csv', 'projects-csv', 'links-csv', 'projects-iati');
update exchange_job set status = 'FAILED' where status <> 'FAILED' and error_message is not null;
alter table exchange_job add constraint exchange_job_error_only_when_failed
    check (error_message is null or status = 'FAILED');
