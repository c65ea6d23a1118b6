-- The findings-by-criterion chart is counted from the statistics index too (ADR 0010): one fact
-- per (record, criterion) pair with the record's organisation, day and finding. Logged here as
-- fact 'K' with criterion_code and finding set. A pair changes when a criterion is added to or
-- removed from a record, and when the record's organisation, day or finding changes.
alter table stats_change add column criterion_code varchar(20), add column finding varchar(30);

-- a criterion added to or removed from an existing record
create function stats_criterion_inserted() returns trigger language plpgsql as $$
begin
    insert into stats_change (fact, sign, fact_id, organisation_id, day, criterion_code, finding)
    select 'K', 1, r.id, r.organisation_id, r.record_date, n.criterion_code, r.finding
    from new_rows n join supervision_record r on r.id = n.record_id;
    if found then perform stats_mark_pending(); end if;
    return null;
end $$;

-- a criterion removed while its record stays; when the record itself is deleted the cascade
-- finds no record here, and stats_record_criteria_deleted has already logged the pairs
create function stats_criterion_deleted() returns trigger language plpgsql as $$
begin
    insert into stats_change (fact, sign, fact_id, organisation_id, day, criterion_code, finding)
    select 'K', -1, r.id, r.organisation_id, r.record_date, o.criterion_code, r.finding
    from old_rows o join supervision_record r on r.id = o.record_id;
    if found then perform stats_mark_pending(); end if;
    return null;
end $$;

create trigger supervision_record_criterion_stats_ins after insert on supervision_record_criterion
    referencing new table as new_rows for each statement execute function stats_criterion_inserted();
create trigger supervision_record_criterion_stats_del after delete on supervision_record_criterion
    referencing old table as old_rows for each statement execute function stats_criterion_deleted();
create trigger supervision_record_criterion_stats_trunc after truncate on supervision_record_criterion
    for each statement execute function stats_truncated();

-- a record about to be deleted: its pairs go (before the cascade removes the criteria rows)
create function stats_record_criteria_deleted() returns trigger language plpgsql as $$
begin
    insert into stats_change (fact, sign, fact_id, organisation_id, day, criterion_code, finding)
    select 'K', -1, old.id, old.organisation_id, old.record_date, c.criterion_code, old.finding
    from supervision_record_criterion c where c.record_id = old.id;
    if found then perform stats_mark_pending(); end if;
    return old;
end $$;

create trigger supervision_record_criteria_stats_del before delete on supervision_record
    for each row execute function stats_record_criteria_deleted();

-- a record whose organisation, day or finding changes: its pairs move
create function stats_record_criteria_updated() returns trigger language plpgsql as $$
begin
    insert into stats_change (fact, sign, fact_id, organisation_id, day, criterion_code, finding)
    select 'K', s.sign, o.id, s.organisation_id, s.day, c.criterion_code, s.finding
    from old_rows o join new_rows n on n.id = o.id
    join supervision_record_criterion c on c.record_id = n.id
    cross join lateral (values (-1, o.organisation_id, o.record_date, o.finding),
                               (1, n.organisation_id, n.record_date, n.finding)) s(sign, organisation_id, day, finding)
    where (o.organisation_id, o.record_date, o.finding) is distinct from (n.organisation_id, n.record_date, n.finding);
    if found then perform stats_mark_pending(); end if;
    return null;
end $$;

create trigger supervision_record_criteria_stats_upd after update on supervision_record
    referencing old table as old_rows new table as new_rows for each statement execute function stats_record_criteria_updated();
