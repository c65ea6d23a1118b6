-- One counter for "the structure changed", owned by orgs: bumped by any change to units,
-- organisations or lineage. OrgStructure reuses a unit's subtree (every account's scope, on
-- every request: 20,000 ids for a city-level account at Hà Nội scale) and the statistics reuse
-- a unit's area while it is unchanged. Replaces the statistics' own counter of V2026.11.29.61.
drop trigger admin_unit_stats_area on admin_unit;
drop trigger organisation_stats_area on organisation;
drop trigger unit_lineage_stats_area on unit_lineage;
drop function stats_area_changed();
drop table stats_area_version;

create table org_structure_version (
    id     int    primary key check (id = 1),
    value  bigint not null
);
insert into org_structure_version values (1, 0);

create function org_structure_changed() returns trigger language plpgsql as $$
begin
    update org_structure_version set value = value + 1 where id = 1;
    return null;
end $$;

create trigger admin_unit_structure_version after insert or update or delete or truncate on admin_unit
    for each statement execute function org_structure_changed();
create trigger organisation_structure_version after insert or update or delete or truncate on organisation
    for each statement execute function org_structure_changed();
create trigger unit_lineage_structure_version after insert or update or delete or truncate on unit_lineage
    for each statement execute function org_structure_changed();
