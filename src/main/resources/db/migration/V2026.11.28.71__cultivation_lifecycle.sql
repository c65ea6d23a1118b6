-- cultivation, after approval: publication, physical posting with evidence, supervision,
-- self-assessment, party-cell evaluation, deadlines

alter table cultivation_plan
    add column published_at       timestamptz,   -- shown on the public portal from then on
    add column withdrawn_at       timestamptz,   -- publication withdrawn (plan replaced or withdrawn)
    add column withdrawn_reason   varchar(500),
    add column supervised_from    timestamptz,   -- passed to the focal supervising unit
    add column self_assessed_at   timestamptz,
    add column self_assessment    varchar(2000), -- the cadre's overall self-assessment
    add column evaluated_at       timestamptz,
    add column evaluated_by       varchar(100),
    add column evaluation_rating  varchar(30) check (evaluation_rating in
        ('EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED')),
    add column evaluation_comment varchar(2000);

-- the public pages read published plans by residence group and by workplace
create index cultivation_plan_published_idx on cultivation_plan (year, status) where published_at is not null;

-- year-end self-assessment, per commitment
create table cultivation_assessment (
    commitment_id  bigint        primary key references cultivation_commitment (id) on delete cascade,
    result         varchar(10)   not null check (result in ('DONE', 'PARTLY', 'NOT_DONE')),
    evidence       varchar(2000) not null default '',
    assessed_at    timestamptz   not null
);

-- a notice board posting: the sheet of a residential group or an agency put up on a date, with a photo
create table cultivation_posting (
    id               bigserial    primary key,
    year             integer      not null,
    place            varchar(20)  not null check (place in ('RESIDENCE', 'WORKPLACE')),
    unit_id          bigint       references admin_unit (id),     -- RESIDENCE: the residential group
    organisation_id  bigint       references organisation (id),   -- WORKPLACE: the agency
    posted_on        date         not null,
    photo_id         uuid         references stored_file (id),
    note             varchar(500) not null default '',
    recorded_by      varchar(100) not null,
    recorded_at      timestamptz  not null,
    check ((place = 'RESIDENCE' and unit_id is not null) or (place = 'WORKPLACE' and organisation_id is not null))
);
create index cultivation_posting_unit_idx on cultivation_posting (unit_id, year);
create index cultivation_posting_org_idx on cultivation_posting (organisation_id, year);

-- which plans (at which revision) a posting showed; withdrawn when the plan is replaced
create table cultivation_posting_plan (
    posting_id    bigint      not null references cultivation_posting (id) on delete cascade,
    plan_id       bigint      not null references cultivation_plan (id) on delete cascade,
    revision      integer     not null,
    withdrawn_at  timestamptz,
    primary key (posting_id, plan_id)
);
create index cultivation_posting_plan_plan_idx on cultivation_posting_plan (plan_id);

-- deadlines per managing committee and year; absent rows fall back to the configured defaults
create table cultivation_deadline (
    committee_id  bigint   not null references organisation (id),
    year          integer  not null,
    submit_by     date     not null,
    decide_by     date     not null,
    post_by       date     not null,
    assess_by     date     not null,
    evaluate_by   date     not null,
    primary key (committee_id, year)
);
