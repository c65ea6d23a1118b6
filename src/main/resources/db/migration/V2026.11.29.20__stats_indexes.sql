-- stats + contract imports of supervision records and opinions.

-- A multi-person import row `ma` becomes records `ma#<personCode>`; re-import finds the row's
-- records by the part before '#' to delete those whose person left the row.
create index supervision_record_import_key_idx on supervision_record (split_part(code, '#', 1));

-- Statistics count distinct people per organisation and period: covering indexes let
-- PostgreSQL answer from the index alone (no heap visits on millions of rows).
create index supervision_record_stats_idx on supervision_record (organisation_id, record_date, person_id);
create index opinion_stats_idx on opinion (organisation_id, opinion_date, id);
