-- People search matches "name contains q OR code equals q (ignoring case)". Without an index on
-- lower(code) the OR cannot combine the trigram index with anything, so every search (and its
-- count) read the whole person table: 80-100 ms at 100,000 people, 15-20 ms with this index
-- (docs/BENCHMARKS.md, Issue 2).
create index person_code_lower_idx on person (lower(code));
