-- identity: accounts bound to an organisation (scope = that organisation's unit subtree)
create table user_account (
    id               bigserial    primary key,
    username         varchar(60)  not null unique,
    display_name     varchar(150) not null,
    password_hash    varchar(200) not null,
    role             varchar(40)  not null check (role in ('SYSTEM_ADMIN', 'FRONT_OFFICER', 'MEMBER_ORG_OFFICER',
                         'FRONT_WORK_COMMITTEE', 'PROPAGANDA_OFFICER', 'PARTY_COMMITTEE_OFFICER', 'PARTY_CELL_OFFICER',
                         'CADRE', 'LEADER')),
    organisation_id  bigint       references organisation (id),
    person_id        bigint       references person (id),
    email            varchar(200),
    enabled          boolean      not null default true,
    demo             boolean      not null default false,
    valid_from       date         not null,
    valid_to         date,
    created_at       timestamptz  not null,
    password_changed_at timestamptz,
    version          integer      not null default 0,
    check (valid_to is null or valid_to >= valid_from),
    check (role = 'SYSTEM_ADMIN' or organisation_id is not null),
    check (role <> 'CADRE' or person_id is not null)
);

-- failed sign-ins per user name and address; shared by all instances
create table login_attempt (
    attempt_key    varchar(200) primary key,
    failures       integer      not null,
    first_failure  timestamptz  not null,
    locked_until   timestamptz
);
