-- orgs: administrative units (effective-dated, with parents), the 2025 lineage, organisations
create table admin_unit (
    id           bigserial    primary key,
    code         varchar(40)  not null unique,
    name         varchar(255) not null,
    name_folded  varchar(255) not null,
    level        varchar(20)  not null check (level in ('CITY', 'DISTRICT', 'WARD', 'RESIDENTIAL_GROUP')),
    parent_id    bigint       references admin_unit (id),
    valid_from   date         not null,
    valid_to     date,
    version      integer      not null default 0,
    check (valid_to is null or valid_to >= valid_from),
    check (parent_id is null or parent_id <> id)
);
create index admin_unit_parent_idx on admin_unit (parent_id);
create index admin_unit_name_trgm on admin_unit using gin (name_folded gin_trgm_ops);

-- an old unit maps to one or more new ones (many-to-many), optional share, legal reference
create table unit_lineage (
    id               bigserial    primary key,
    predecessor_id   bigint       not null references admin_unit (id),
    successor_id     bigint       not null references admin_unit (id),
    share            numeric(5, 4) check (share is null or (share > 0 and share <= 1)),
    legal_reference  varchar(255),
    effective_date   date         not null,
    unique (predecessor_id, successor_id),
    check (predecessor_id <> successor_id)
);
create index unit_lineage_successor_idx on unit_lineage (successor_id);

create table organisation (
    id           bigserial    primary key,
    code         varchar(40)  not null unique,
    name         varchar(255) not null,
    name_folded  varchar(255) not null,
    type         varchar(40)  not null check (type in ('FRONT_COMMITTEE', 'LABOUR_FEDERATION', 'VETERANS_ASSOCIATION',
                     'WOMENS_UNION', 'YOUTH_UNION', 'FARMERS_ASSOCIATION', 'FRONT_WORK_COMMITTEE',
                     'PEOPLES_INSPECTION_BOARD', 'PARTY_COMMITTEE', 'PARTY_CELL', 'PROPAGANDA_DEPARTMENT', 'AGENCY')),
    unit_id      bigint       not null references admin_unit (id),
    parent_id    bigint       references organisation (id),
    valid_from   date         not null,
    valid_to     date,
    version      integer      not null default 0,
    check (valid_to is null or valid_to >= valid_from),
    check (parent_id is null or parent_id <> id)
);
create index organisation_unit_idx on organisation (unit_id);
create index organisation_parent_idx on organisation (parent_id);
create index organisation_name_trgm on organisation using gin (name_folded gin_trgm_ops);
