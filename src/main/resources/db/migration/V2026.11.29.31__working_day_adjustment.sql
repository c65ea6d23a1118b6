-- The government moves days each year (compensatory days off, make-up working Saturdays, the
-- exact Tết span): administrators record them here; the fixed rules live in WorkingDays.
create table working_day_adjustment (
    day         date         primary key,
    kind        varchar(10)  not null check (kind in ('OFF', 'WORK')),
    note        varchar(300) not null,
    created_by  varchar(100) not null,
    created_at  timestamptz  not null
);
