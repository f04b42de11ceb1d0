-- When the file of an import or export job was deleted: an upload once it was imported or its preview
-- expired, an export's file once it was kept long enough (iisg.exchange.keep-files).
alter table exchange_job add column file_deleted_at timestamp with time zone;
