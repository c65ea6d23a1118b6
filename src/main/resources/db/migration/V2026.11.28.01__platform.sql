-- platform: extensions, audit log, distributed job locks, HTTP sessions, stored files
create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- Every change and sign-in; rows are hash-chained so that an edited or deleted row is detected.
create table audit_event (
    id              bigserial primary key,
    occurred_at     timestamptz not null,
    actor           varchar(100),
    action          varchar(40)  not null,
    entity_type     varchar(60),
    entity_id       varchar(100),
    before_state    text,
    after_state     text,
    remote_address  varchar(64),
    prev_hash       char(64)     not null,
    hash            char(64)     not null
);
create index audit_event_entity_idx on audit_event (entity_type, entity_id);
create index audit_event_time_idx on audit_event (occurred_at);

-- the last hash of the chain, so that deleting the newest rows is detected too
create table audit_head (
    singleton   boolean primary key default true check (singleton),
    last_id     bigint   not null,
    last_hash   char(64) not null
);

-- ShedLock: a scheduled job runs on one instance only
create table shedlock (
    name       varchar(64)  primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);

-- Spring Session JDBC: sessions survive a restart and are shared by every instance
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- uploaded files (evidence photos, attachments): in the database behind the FileStore interface
create table stored_file (
    id            uuid         primary key,
    file_name     varchar(255) not null,
    content_type  varchar(100) not null,
    size_bytes    bigint       not null,
    sha256        char(64)     not null,
    content       bytea        not null,
    created_at    timestamptz  not null,
    created_by    varchar(100)
);
