-- The analysis module's read model: one row per need with its coverage as the
-- calculator last computed it, kept current from the needs' and projects' events.
create table analysis_need (
    need_id bigint primary key,
    cycle_id bigint not null,
    initiative_code varchar(20) not null,
    pillar_code varchar(20) not null,
    objective_code varchar(40) not null,
    measure_code varchar(60) not null,
    partner_code varchar(10) not null,
    title varchar(300) not null,
    priority varchar(10) not null,
    status varchar(20) not null,
    restricted boolean not null,
    estimated_cost_eur numeric(18, 2),
    coverage varchar(10) not null,
    mapped_funding_eur numeric(20, 2) not null,
    funding_gap_eur numeric(20, 2),
    overlapping boolean not null,
    active_projects integer not null
);

create index analysis_need_cycle on analysis_need (cycle_id, partner_code, pillar_code);
create index analysis_need_cycle_coverage on analysis_need (cycle_id, coverage, priority);

-- Mapped funding of each need split over the funders and implementers of its projects.
create table analysis_funding (
    need_id bigint not null,
    org_role varchar(20) not null,
    organisation_id bigint not null,
    amount_eur numeric(20, 2) not null,
    primary key (need_id, org_role, organisation_id)
);

create index analysis_funding_org on analysis_funding (org_role, organisation_id);
