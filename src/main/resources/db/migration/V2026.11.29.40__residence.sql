-- residence: Regulation 213 comments. A workplace party organisation runs one campaign a year;
-- each member living elsewhere gets one request to the party cell of their residential group,
-- which returns one comment. One request (and so one comment) per member per year, whatever
-- organisation asks: enforced by residence_request_one_per_year.
create table residence_campaign (
    id               bigserial    primary key,
    organisation_id  bigint       not null references organisation (id),
    year             integer      not null check (year between 2000 and 2100),
    due_date         date         not null,
    status           varchar(10)  not null check (status in ('OPEN', 'CLOSED')),
    created_by       varchar(100) not null,
    created_at       timestamptz  not null,
    closed_at        timestamptz,
    version          integer      not null default 0,
    constraint residence_campaign_one_per_year unique (organisation_id, year)
);

create table residence_request (
    id                   bigserial    primary key,
    campaign_id          bigint       not null references residence_campaign (id),
    person_id            bigint       not null references person (id),
    year                 integer      not null,
    residence_unit_id    bigint       not null references admin_unit (id),
    residence_cell_id    bigint       not null references organisation (id),
    front_committee_id   bigint       references organisation (id),
    state                varchar(10)  not null check (state in ('LISTED', 'EXEMPT', 'SENT', 'RETURNED')),
    manual_reason        varchar(500),
    exemption_category   varchar(30),
    exemption_reason     varchar(500),
    sent_at              timestamptz,
    comment              text,
    rating               varchar(20),
    returned_at          timestamptz,
    returned_by          varchar(100),
    late                 boolean      not null default false,
    version              integer      not null default 0,
    constraint residence_request_one_per_year unique (person_id, year),
    check (state <> 'EXEMPT' or (exemption_category is not null and exemption_reason is not null)),
    check (state <> 'RETURNED' or (comment is not null and rating is not null and returned_at is not null))
);
create index residence_request_campaign_idx on residence_request (campaign_id);
create index residence_request_cell_idx on residence_request (residence_cell_id, state);
create index residence_request_fwc_idx on residence_request (front_committee_id, state);
create index residence_request_returned_idx on residence_request (returned_at) where state = 'RETURNED';

-- the opinions the cell collects before writing its comment: the group's Front work committee
-- head and the group head; on_behalf = typed in by someone else for them (no group-head role)
create table residence_opinion (
    request_id   bigint       not null references residence_request (id) on delete cascade,
    author       varchar(30)  not null check (author in ('FRONT_COMMITTEE_HEAD', 'GROUP_HEAD')),
    attendance   varchar(10)  not null,
    example      varchar(10)  not null,
    conduct      varchar(10)  not null,
    movements    varchar(10)  not null,
    content      text         not null,
    entered_by   varchar(100) not null,
    on_behalf    boolean      not null,
    entered_at   timestamptz  not null,
    primary key (request_id, author)
);

-- members who should be asked about but cannot be yet (no residence unit, no party cell there,
-- already asked about by another organisation this year): shown to the clerk to fix
create table residence_problem (
    campaign_id  bigint       not null references residence_campaign (id) on delete cascade,
    person_id    bigint       not null references person (id),
    code         varchar(30)  not null,
    detail       varchar(300),
    primary key (campaign_id, person_id)
);
