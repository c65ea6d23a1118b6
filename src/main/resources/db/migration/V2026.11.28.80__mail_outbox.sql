-- Outgoing e-mail is written in the same transaction as the change that causes it and delivered
-- afterwards, so that a slow or absent SMTP server never fails or slows a user's action.
create table mail_outbox (
    id            bigserial primary key,
    recipient     varchar(320) not null,
    subject       varchar(300) not null,
    body          text         not null,
    topic         varchar(80)  not null,
    created_at    timestamptz  not null,
    sent_at       timestamptz,
    attempts      int          not null default 0,
    last_error    varchar(500)
);
create index mail_outbox_pending_idx on mail_outbox (id) where sent_at is null;
create index mail_outbox_topic_idx on mail_outbox (topic);
