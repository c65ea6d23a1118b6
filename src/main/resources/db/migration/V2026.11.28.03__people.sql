-- people: cadres and party members, their positions over time
create table person (
    id                     bigserial    primary key,
    code                   varchar(40)  not null unique,
    full_name              varchar(150) not null,
    name_folded            varchar(150) not null,
    sort_key               varchar(600) not null,
    gender                 varchar(10)  not null check (gender in ('MALE', 'FEMALE')),
    birth_year             integer      check (birth_year between 1900 and 2100),
    party_member           boolean      not null,
    position_title         varchar(255),
    workplace_id           bigint       references organisation (id),
    residence_unit_id      bigint       references admin_unit (id),
    managing_committee_id  bigint       references organisation (id),
    category               varchar(40)  not null check (category in ('HEAD_OF_AGENCY', 'KEY_CADRE', 'CADRE_PARTY_MEMBER',
                               'PARTY_CELL_SECRETARY', 'RESIDENTIAL_GROUP_HEAD', 'FRONT_WORK_COMMITTEE_HEAD', 'OTHER_PARTY_MEMBER')),
    version                integer      not null default 0
);
create index person_sort_idx on person (sort_key, id);
create index person_workplace_idx on person (workplace_id);
create index person_residence_idx on person (residence_unit_id);
create index person_committee_idx on person (managing_committee_id);
create index person_name_trgm on person using gin (name_folded gin_trgm_ops);

create table person_position (
    id               bigserial    primary key,
    person_id        bigint       not null references person (id) on delete cascade,
    title            varchar(255) not null,
    organisation_id  bigint       references organisation (id),
    valid_from       date         not null,
    valid_to         date,
    check (valid_to is null or valid_to >= valid_from)
);
create index person_position_person_idx on person_position (person_id);
