-- Supervision records and opinions: the facts the statistics count (DOMAIN.md §3).
-- Written by the supervision module, read by the stats module. Enum columns hold the Java enum
-- names (English); the contract's Vietnamese codes are mapped at the edges (imports, API).

-- one lượt giám sát: one supervising organisation observing one person on one day
create table supervision_record (
    id               bigserial primary key,
    code             varchar(60)  not null unique,       -- `ma` of imports; generated for page entries
    record_date      date         not null,
    organisation_id  bigint       not null references organisation (id),  -- the supervising (focal) organisation
    person_id        bigint       not null references person (id),
    method           varchar(30)  not null,   -- DAILY_OBSERVATION, DIRECT_EXCHANGE, COMMITMENT_CHECK, DOCUMENT_REVIEW,
                                              -- DELEGATION, ACTIVITY, PEOPLES_INSPECTION, CITIZEN_REPORT
    finding          varchar(30)  not null,   -- GOOD, NOTE, CONCERN, SIGN_OF_VIOLATION
    note             text,
    plan_id          bigint references supervision_plan (id),
    created_by       varchar(100) not null,
    created_at       timestamptz  not null,
    version          int          not null default 0
);
create index supervision_record_org_date_idx on supervision_record (organisation_id, record_date);
create index supervision_record_person_idx on supervision_record (person_id, record_date);
create index supervision_record_date_idx on supervision_record (record_date);

create table supervision_record_criterion (
    record_id       bigint      not null references supervision_record (id) on delete cascade,
    criterion_code  varchar(20) not null references criterion (code),
    primary key (record_id, criterion_code)
);

-- one ý kiến: may concern several people (opinion_person); counts once as an opinion
create table opinion (
    id               bigserial primary key,
    code             varchar(60)  not null unique,
    opinion_date     date         not null,
    organisation_id  bigint       not null references organisation (id),
    kind             varchar(20)  not null,   -- COMMENDATION, SUGGESTION, CRITICISM
    topic            varchar(30)  not null,   -- CULTIVATION_PLAN, WORKING_METHODS, CODE_OF_CONDUCT, INTERNAL_RULES, OTHER
    content          text         not null,
    released_at      timestamptz,             -- visible to the people concerned only once released
    released_by      varchar(100),
    created_by       varchar(100) not null,
    created_at       timestamptz  not null,
    version          int          not null default 0
);
create index opinion_org_date_idx on opinion (organisation_id, opinion_date);
create index opinion_date_idx on opinion (opinion_date);

-- (person, opinion) pairs = "people commented"; commitment_id optionally links the opinion to a
-- commitment of that person's self-cultivation plan
create table opinion_person (
    opinion_id      bigint not null references opinion (id) on delete cascade,
    person_id       bigint not null references person (id),
    commitment_id   bigint references cultivation_commitment (id),
    primary key (opinion_id, person_id)
);
create index opinion_person_person_idx on opinion_person (person_id);
