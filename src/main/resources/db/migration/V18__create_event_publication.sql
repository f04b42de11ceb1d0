-- Spring Modulith's event publication registry (spring-modulith-events-jdbc 2.0, schema version 2): one row
-- per event and listener that reacts to it after the commit of the change, written in the change's
-- transaction and deleted once the listener has done its work (spring.modulith.events.completion-mode=delete),
-- so the table holds only what is outstanding or failed. Column names and types are those Modulith's
-- repository reads and writes; text holds events of any size on both databases.
create table event_publication (
    id uuid not null primary key,
    listener_id varchar(512) not null,
    event_type varchar(512) not null,
    serialized_event text not null,
    publication_date timestamp with time zone not null,
    completion_date timestamp with time zone,
    status varchar(20),
    completion_attempts integer,
    last_resubmission_date timestamp with time zone
);

-- Modulith's own schemas also index serialized_event, to complete a publication by its event when it no
-- longer knows its id; PostgreSQL's B-tree cannot hold the text of a large event, and completed rows are
-- deleted, so the few rows left are read without it.
create index event_publication_by_completion_date on event_publication (completion_date);
