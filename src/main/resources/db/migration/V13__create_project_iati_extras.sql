-- What an IATI activity says of a project beyond its core fields: its sectors, and its
-- titles and descriptions in every language, kept so that an export gives them back.
create table project_sector (
    project_id bigint not null references project (id),
    position integer not null,
    vocabulary varchar(10) not null,
    code varchar(40) not null,
    percentage numeric(7, 3),
    primary key (project_id, position)
);

create table project_narrative (
    project_id bigint not null references project (id),
    position integer not null,
    element varchar(20) not null,
    narrative_type varchar(10) not null,
    lang varchar(20) not null,
    text varchar(4000) not null,
    primary key (project_id, position)
);
