-- Citizens' reports (phản ánh, kiến nghị, tố cáo, khiếu nại) received by the Front: DOMAIN.md §1.6, §5.
-- The reporter's identity is only ever stored sealed (AES-GCM, key id kept beside it for rotation)
-- and the receipt code only as a peppered SHA-256 hash: a copy of the database reveals neither.

create table citizen_report (
    id                 bigserial    primary key,
    receipt_hash       bytea        not null unique,
    classification     varchar(20)  not null check (classification in ('REPORT', 'PROPOSAL', 'DENUNCIATION', 'COMPLAINT')),
    status             varchar(20)  not null check (status in ('RECEIVED', 'SCREENED', 'VERIFYING', 'FORWARDED',
                           'ANSWERED', 'CLOSED', 'ROUTED_OUT', 'ARCHIVED', 'REJECTED')),
    channel            varchar(20)  not null check (channel in ('PORTAL', 'API', 'FRONT_WORK_COMMITTEE', 'MEETING',
                           'HOTLINE', 'IMPORT')),
    unit_id            bigint       not null references admin_unit (id),
    receiving_org_id   bigint       not null references organisation (id),
    escalated          boolean      not null default false,
    subject_person_id  bigint       references person (id),
    subject_name       varchar(200),
    subject_position   varchar(200),
    content            text         not null,
    anonymous          boolean      not null,
    reporter_key_id    varchar(20),
    reporter_sealed    bytea,
    focal_org_id       bigint       references organisation (id),
    committee_org_id   bigint       references organisation (id),
    routed_to          varchar(300),
    transfer_file_id   uuid,
    duplicate_of       bigint       references citizen_report (id),
    reply_findings     text,
    reply_actions      text,
    replied_at         timestamptz,
    rating             smallint     check (rating between 1 and 5),
    reopened           boolean      not null default false,
    received_at        timestamptz  not null,
    acknowledged_at    timestamptz,
    ack_due            date         not null,
    screen_due         date         not null,
    answer_due         date,
    updated_at         timestamptz  not null,
    created_by         varchar(100),
    import_code        varchar(60)  unique,          -- `ma` of the citizen-reports import (re-import updates nothing twice)
    version            integer      not null default 0,
    check (anonymous or reporter_sealed is not null),
    check (not anonymous or classification = 'REPORT')
);
create index citizen_report_receiving_idx on citizen_report (receiving_org_id, status);
create index citizen_report_unit_idx on citizen_report (unit_id, received_at);
create index citizen_report_committee_idx on citizen_report (committee_org_id) where committee_org_id is not null;
create index citizen_report_open_idx on citizen_report (screen_due) where status in ('RECEIVED', 'SCREENED', 'VERIFYING', 'FORWARDED');

create table citizen_report_attachment (
    report_id     bigint       not null references citizen_report (id) on delete cascade,
    file_id       uuid         not null,
    file_name     varchar(200) not null,
    content_type  varchar(60)  not null,
    size_bytes    integer      not null,
    primary key (report_id, file_id)
);

-- every state change with who, when and why; internal = never shown to the reporter
create table citizen_report_event (
    id           bigserial    primary key,
    report_id    bigint       not null references citizen_report (id) on delete cascade,
    occurred_at  timestamptz  not null,
    actor        varchar(100) not null,
    from_status  varchar(20),
    to_status    varchar(20)  not null,
    reason       text,
    internal     boolean      not null default true
);
create index citizen_report_event_report_idx on citizen_report_event (report_id, id);

-- messages exchanged with the reporter through the receipt code (public by nature)
create table citizen_report_message (
    id           bigserial    primary key,
    report_id    bigint       not null references citizen_report (id) on delete cascade,
    occurred_at  timestamptz  not null,
    from_reporter boolean     not null,
    author       varchar(100),
    body         text         not null
);
create index citizen_report_message_report_idx on citizen_report_message (report_id, id);

-- every time an officer unsealed a reporter's identity, and why (shown on the report page)
create table citizen_report_reveal (
    id           bigserial    primary key,
    report_id    bigint       not null references citizen_report (id) on delete cascade,
    occurred_at  timestamptz  not null,
    username     varchar(100) not null,
    reason       varchar(500) not null
);
create index citizen_report_reveal_report_idx on citizen_report_reveal (report_id);
