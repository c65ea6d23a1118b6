-- cultivation: personal self-cultivation plans (one per person and year) and their commitments
create table cultivation_plan (
    id                 bigserial    primary key,
    person_id          bigint       not null references person (id),
    year               integer      not null check (year between 2000 and 2100),
    status             varchar(20)  not null check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED', 'POSTED',
                           'UNDER_SUPERVISION', 'SELF_ASSESSED', 'EVALUATED', 'WITHDRAWN')),
    weaknesses         text         not null default '',
    revision           integer      not null default 1,
    entered_by         varchar(100) not null,
    submitted_at       timestamptz,
    decided_at         timestamptz,
    decided_by         varchar(100),
    return_reason      varchar(2000),
    specificity_score  integer,
    version            integer      not null default 0,
    unique (person_id, year)
);

create table cultivation_commitment (
    id          bigserial     primary key,
    plan_id     bigint        not null references cultivation_plan (id) on delete cascade,
    position    integer       not null,
    area        varchar(20)   not null check (area in ('POLITICAL_STUDY', 'ETHICS_LIFESTYLE', 'WORK', 'RESIDENCE')),
    action      varchar(2000) not null,
    measure     varchar(2000) not null default '',
    deadline    date,
    criteria    varchar(500)  not null default '',
    unique (plan_id, position)
);

-- a returned plan keeps its history: each revision as it was submitted, with the decision on it
create table cultivation_plan_revision (
    plan_id       bigint        not null references cultivation_plan (id) on delete cascade,
    revision      integer       not null,
    content       text          not null,
    decision      varchar(20),
    reason        varchar(2000),
    recorded_at   timestamptz   not null,
    primary key (plan_id, revision)
);
