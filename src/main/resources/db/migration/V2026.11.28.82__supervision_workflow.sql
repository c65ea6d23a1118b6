-- supervision: what the core tables (V…81) do not hold: codes for page entries, attachments,
-- the cadre's answers to released opinions, delegations with their deadlines, recommendations
-- with their follow-up. Enum columns hold Java enum names.

-- page entries get GS-yyyy-nnnnnn / YK-… / DGS-… / KN-… codes from one sequence; imports bring their own
create sequence supervision_code_seq;

create table supervision_attachment (
    id           bigserial    primary key,
    record_id    bigint       not null references supervision_record (id) on delete cascade,
    file_id      uuid         not null references stored_file (id),
    file_name    varchar(255) not null,
    content_type varchar(100) not null,
    size_bytes   bigint       not null
);
create index supervision_attachment_record_idx on supervision_attachment (record_id);

-- one answer per (opinion, person): the cadre accepts and says what they will correct, or explains
create table opinion_answer (
    opinion_id   bigint       not null,
    person_id    bigint       not null,
    kind         varchar(20)  not null check (kind in ('ACCEPTED', 'EXPLAINED')),
    text         text         not null,
    answered_at  timestamptz  not null,
    answered_by  varchar(100) not null,
    primary key (opinion_id, person_id),
    foreign key (opinion_id, person_id) references opinion_person (opinion_id, person_id) on delete cascade
);

create table supervision_delegation (
    id                     bigserial    primary key,
    code                   varchar(60)  not null unique,
    owner_id               bigint       not null references organisation (id),  -- the Front organisation that founds it
    plan_id                bigint       references supervision_plan (id),
    title                  varchar(300) not null,
    content                text         not null default '',
    decision_number        varchar(60),
    decision_date          date,
    session_date           date         not null,
    session_place          varchar(300) not null default '',
    notice_sent_on         date,
    documents_received_on  date,
    report_submitted_on    date,
    minutes                text         not null default '',
    findings               text         not null default '',
    created_by             varchar(100) not null,
    created_at             timestamptz  not null,
    version                int          not null default 0
);
create index supervision_delegation_owner_idx on supervision_delegation (owner_id, session_date);

create table delegation_member (
    delegation_id  bigint       not null references supervision_delegation (id) on delete cascade,
    position       int          not null,
    full_name      varchar(150) not null,
    role_title     varchar(150) not null,
    primary key (delegation_id, position)
);

create table delegation_subject (
    delegation_id  bigint not null references supervision_delegation (id) on delete cascade,
    person_id      bigint not null references person (id),
    primary key (delegation_id, person_id)
);

create table recommendation (
    id                    bigserial    primary key,
    code                  varchar(60)  not null unique,
    source                varchar(20)  not null check (source in ('DELEGATION', 'DOCUMENT_REVIEW', 'REGULAR', 'CITIZEN_REPORT')),
    delegation_id         bigint       references supervision_delegation (id),
    source_reference      varchar(100),                                        -- record code or citizen report receipt
    issuer_id             bigint       not null references organisation (id),  -- the Front organisation that recommends
    person_id             bigint       references person (id),                 -- the supervised, if a person
    addressee_id          bigint       not null references organisation (id),
    addressee_email       varchar(200),
    copy_to_id            bigint       references organisation (id),           -- the Front one level up
    content               text         not null,
    issued_on             date         not null,
    due_on                date         not null,
    status                varchar(20)  not null check (status in ('OPEN', 'ANSWERED', 'RECONSIDERATION', 'CLOSED')),
    response              varchar(20)  check (response in ('ACCEPTED', 'PARTLY', 'REJECTED')),
    response_text         text,
    responded_at          timestamptz,
    responded_by          varchar(100),
    reconsideration_text  text,
    reconsideration_at    timestamptz,
    created_by            varchar(100) not null,
    created_at            timestamptz  not null,
    version               int          not null default 0
);
create index recommendation_issuer_idx on recommendation (issuer_id, due_on);
create index recommendation_addressee_idx on recommendation (addressee_id, due_on);

create table recommendation_action (
    id                 bigserial    primary key,
    recommendation_id  bigint       not null references recommendation (id) on delete cascade,
    kind               varchar(20)  not null check (kind in ('REMIND', 'ESCALATE', 'DIALOGUE')),
    note               text         not null default '',
    at                 timestamptz  not null,
    by_user            varchar(100) not null
);
