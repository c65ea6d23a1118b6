-- Which organisations a unit stands for in the statistics (its subtree plus the 2025 lineage,
-- ADR 0007) takes three queries over the whole structure: about 150 ms for the city at Hà Nội
-- scale, paid on every request. StatsArea keeps the answer per unit and reuses it while this
-- counter is unchanged; any change to units, organisations or lineage bumps it.
create table stats_area_version (
    id     int    primary key check (id = 1),
    value  bigint not null
);
insert into stats_area_version values (1, 0);

create function stats_area_changed() returns trigger language plpgsql as $$
begin
    update stats_area_version set value = value + 1 where id = 1;
    return null;
end $$;

create trigger admin_unit_stats_area after insert or update or delete or truncate on admin_unit
    for each statement execute function stats_area_changed();
create trigger organisation_stats_area after insert or update or delete or truncate on organisation
    for each statement execute function stats_area_changed();
create trigger unit_lineage_stats_area after insert or update or delete or truncate on unit_lineage
    for each statement execute function stats_area_changed();
