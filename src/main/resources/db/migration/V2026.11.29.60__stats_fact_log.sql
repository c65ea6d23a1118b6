-- The statistics count from an in-memory index of the facts (ADR 0010). To stay exactly equal to
-- the tables, every change to supervision_record, opinion and opinion_person is written by the
-- triggers below into stats_change, and each writing transaction gets, at its commit, the next
-- number of a single counter (stats_epoch). Epochs are handed out under the counter's row lock,
-- so they follow commit order: a reader that sees epoch E knows every change of epochs <= E is
-- committed and visible, and can apply exactly those. The lock is taken only at commit (a
-- deferred constraint trigger), so a long import does not block other writers while it runs.

create table stats_epoch (
    id            int    primary key check (id = 1),
    value         bigint not null,
    pruned_below  bigint not null   -- changes of epochs below this were deleted by StatsChangePruning
);
insert into stats_epoch values (1, 0, 0);

-- fact: R record (person_id set), O opinion, P (opinion, person) pair (fact_id = opinion id),
-- X reset (a TRUNCATE: the index is rebuilt)
create table stats_change (
    id               bigserial primary key,
    txid             xid8     not null default pg_current_xact_id(),
    fact             char(1)  not null,
    sign             smallint not null,
    fact_id          bigint,
    organisation_id  bigint,
    day              date,
    person_id        bigint
);
create index stats_change_txid_idx on stats_change (txid);

create table stats_commit (
    txid          xid8        primary key,
    epoch         bigint      not null unique,
    committed_at  timestamptz not null default now()
);

-- one row per writing transaction until its commit
create table stats_pending (
    txid  xid8 primary key
);

create function stats_assign_epoch() returns trigger language plpgsql as $$
declare
    e bigint;
begin
    update stats_epoch set value = value + 1 where id = 1 returning value into e;
    insert into stats_commit (txid, epoch) values (new.txid, e);
    delete from stats_pending where txid = new.txid;
    return null;
end $$;

create constraint trigger stats_pending_commit after insert on stats_pending
    deferrable initially deferred for each row execute function stats_assign_epoch();

create function stats_mark_pending() returns void language sql as $$
    insert into stats_pending values (pg_current_xact_id()) on conflict do nothing;
$$;

-- supervision records
create function stats_record_inserted() returns trigger language plpgsql as $$
begin
    insert into stats_change (fact, sign, fact_id, organisation_id, day, person_id)
    select 'R', 1, id, organisation_id, record_date, person_id from new_rows;
    if found then perform stats_mark_pending(); end if;
    return null;
end $$;

create function stats_record_deleted() returns trigger language plpgsql as $$
begin
    insert into stats_change (fact, sign, fact_id, organisation_id, day, person_id)
    select 'R', -1, id, organisation_id, record_date, person_id from old_rows;
    if found then perform stats_mark_pending(); end if;
    return null;
end $$;

create function stats_record_updated() returns trigger language plpgsql as $$
begin
    insert into stats_change (fact, sign, fact_id, organisation_id, day, person_id)
    select c.fact, c.sign, c.fact_id, c.organisation_id, c.day, c.person_id
    from old_rows o join new_rows n on n.id = o.id
    cross join lateral (values ('R', -1, o.id, o.organisation_id, o.record_date, o.person_id),
                               ('R', 1, n.id, n.organisation_id, n.record_date, n.person_id))
        c(fact, sign, fact_id, organisation_id, day, person_id)
    where (o.organisation_id, o.record_date, o.person_id) is distinct from (n.organisation_id, n.record_date, n.person_id);
    if found then perform stats_mark_pending(); end if;
    return null;
end $$;

create trigger supervision_record_stats_ins after insert on supervision_record
    referencing new table as new_rows for each statement execute function stats_record_inserted();
create trigger supervision_record_stats_del after delete on supervision_record
    referencing old table as old_rows for each statement execute function stats_record_deleted();
create trigger supervision_record_stats_upd after update on supervision_record
    referencing old table as old_rows new table as new_rows for each statement execute function stats_record_updated();

-- opinions
create function stats_opinion_inserted() returns trigger language plpgsql as $$
begin
    insert into stats_change (fact, sign, fact_id, organisation_id, day)
    select 'O', 1, id, organisation_id, opinion_date from new_rows;
    if found then perform stats_mark_pending(); end if;
    return null;
end $$;

create function stats_opinion_deleted() returns trigger language plpgsql as $$
begin
    insert into stats_change (fact, sign, fact_id, organisation_id, day)
    select 'O', -1, id, organisation_id, opinion_date from old_rows;
    if found then perform stats_mark_pending(); end if;
    return null;
end $$;

create function stats_opinion_updated() returns trigger language plpgsql as $$
begin
    insert into stats_change (fact, sign, fact_id, organisation_id, day)
    select c.fact, c.sign, c.fact_id, c.organisation_id, c.day
    from old_rows o join new_rows n on n.id = o.id
    cross join lateral (values ('O', -1, o.id, o.organisation_id, o.opinion_date),
                               ('O', 1, n.id, n.organisation_id, n.opinion_date))
        c(fact, sign, fact_id, organisation_id, day)
    where (o.organisation_id, o.opinion_date) is distinct from (n.organisation_id, n.opinion_date);
    if found then perform stats_mark_pending(); end if;
    return null;
end $$;

create trigger opinion_stats_ins after insert on opinion
    referencing new table as new_rows for each statement execute function stats_opinion_inserted();
create trigger opinion_stats_del after delete on opinion
    referencing old table as old_rows for each statement execute function stats_opinion_deleted();
create trigger opinion_stats_upd after update on opinion
    referencing old table as old_rows new table as new_rows for each statement execute function stats_opinion_updated();

-- (opinion, person) pairs: only how many an opinion has matters to the counts
create function stats_pair_inserted() returns trigger language plpgsql as $$
begin
    insert into stats_change (fact, sign, fact_id, person_id)
    select 'P', 1, opinion_id, person_id from new_rows;
    if found then perform stats_mark_pending(); end if;
    return null;
end $$;

create function stats_pair_deleted() returns trigger language plpgsql as $$
begin
    insert into stats_change (fact, sign, fact_id, person_id)
    select 'P', -1, opinion_id, person_id from old_rows;
    if found then perform stats_mark_pending(); end if;
    return null;
end $$;

create function stats_pair_updated() returns trigger language plpgsql as $$
begin
    insert into stats_change (fact, sign, fact_id, person_id)
    select 'P', -1, o.opinion_id, o.person_id from old_rows o
    where not exists (select 1 from new_rows n where n.opinion_id = o.opinion_id and n.person_id = o.person_id)
    union all
    select 'P', 1, n.opinion_id, n.person_id from new_rows n
    where not exists (select 1 from old_rows o where o.opinion_id = n.opinion_id and o.person_id = n.person_id);
    if found then perform stats_mark_pending(); end if;
    return null;
end $$;

create trigger opinion_person_stats_ins after insert on opinion_person
    referencing new table as new_rows for each statement execute function stats_pair_inserted();
create trigger opinion_person_stats_del after delete on opinion_person
    referencing old table as old_rows for each statement execute function stats_pair_deleted();
create trigger opinion_person_stats_upd after update on opinion_person
    referencing old table as old_rows new table as new_rows for each statement execute function stats_pair_updated();

-- a TRUNCATE of any of the three tables: the index starts again from the tables
create function stats_truncated() returns trigger language plpgsql as $$
begin
    insert into stats_change (fact, sign) values ('X', 0);
    perform stats_mark_pending();
    return null;
end $$;

create trigger supervision_record_stats_trunc after truncate on supervision_record
    for each statement execute function stats_truncated();
create trigger opinion_stats_trunc after truncate on opinion
    for each statement execute function stats_truncated();
create trigger opinion_person_stats_trunc after truncate on opinion_person
    for each statement execute function stats_truncated();
