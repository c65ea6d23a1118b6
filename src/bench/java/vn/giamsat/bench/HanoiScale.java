package vn.giamsat.bench;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Hà Nội-scale structure and facts, generated inside PostgreSQL: nothing crosses JDBC but the
 * statements, so 5 million records take minutes, not hours. Codes start with {@code HB-}.
 * Before 1/7/2025 records belong to the old districts' organisations, after it to the new
 * wards', as the real data would.
 */
final class HanoiScale {

	private HanoiScale() {
	}

	static boolean generate(JdbcClient jdbc, int records, int opinions, int people) {
		if (jdbc.sql("select count(*) from person where code like 'HB-P-%'").query(Long.class).single() > 0) {
			return false;
		}
		sql(jdbc, """
				insert into admin_unit (code, name, name_folded, level, parent_id, valid_from, valid_to)
				select 'HB-Q' || lpad(d::text, 2, '0'), 'Quận thử ' || d, 'quan thu ' || d, 'DISTRICT',
				  (select id from admin_unit where code = 'HN'), date '2003-01-01', date '2025-06-30'
				from generate_series(1, 30) d""");
		sql(jdbc, """
				insert into admin_unit (code, name, name_folded, level, parent_id, valid_from, valid_to)
				select q.code || '-P' || lpad(w::text, 2, '0'), 'Phường cũ ' || w, 'phuong cu ' || w, 'WARD', q.id,
				  date '2003-01-01', date '2025-06-30'
				from admin_unit q cross join generate_series(1, 20) w where q.code like 'HB-Q__'""");
		sql(jdbc, """
				insert into admin_unit (code, name, name_folded, level, parent_id, valid_from, valid_to)
				select p.code || '-T' || lpad(t::text, 2, '0'), 'Tổ ' || t, 'to ' || t, 'RESIDENTIAL_GROUP', p.id,
				  date '2003-01-01', date '2025-06-30'
				from admin_unit p cross join generate_series(1, 20) t where p.code like 'HB-Q__-P__'""");
		sql(jdbc, """
				insert into admin_unit (code, name, name_folded, level, parent_id, valid_from)
				select 'HB-X' || lpad(x::text, 3, '0'), 'Phường mới ' || x, 'phuong moi ' || x, 'WARD',
				  (select id from admin_unit where code = 'HN'), date '2025-07-01'
				from generate_series(1, 126) x""");
		sql(jdbc, """
				insert into admin_unit (code, name, name_folded, level, parent_id, valid_from)
				select x.code || '-T' || lpad(t::text, 2, '0'), 'Tổ ' || t, 'to ' || t, 'RESIDENTIAL_GROUP', x.id,
				  date '2025-07-01'
				from admin_unit x cross join generate_series(1, 60) t where x.code like 'HB-X___'""");
		// each old ward goes to one or two new wards
		sql(jdbc, """
				insert into unit_lineage (predecessor_id, successor_id, effective_date)
				select o.id, n.id, date '2025-07-01'
				from (select id, row_number() over (order by code) rn from admin_unit where code like 'HB-Q__-P__') o
				join (select id, row_number() over (order by code) rn from admin_unit where code like 'HB-X___') n
				  on n.rn = (o.rn % 126) + 1 or (o.rn % 3 = 0 and n.rn = ((o.rn + 1) % 126) + 1)""");
		organisations(jdbc);
		sql(jdbc, """
				insert into person (code, full_name, name_folded, sort_key, gender, party_member, category)
				select 'HB-P-' || i, 'Người thử ' || i, 'nguoi thu ' || i, lpad(i::text, 8, '0'),
				  case when i %% 2 = 0 then 'MALE' else 'FEMALE' end, true, 'CADRE_PARTY_MEMBER'
				from generate_series(1, %d) i""".formatted(people));
		facts(jdbc, records, opinions, people);
		sql(jdbc, "analyze");
		return true;
	}

	private static void organisations(JdbcClient jdbc) {
		String front = """
				insert into organisation (code, name, name_folded, type, unit_id, valid_from, valid_to)
				select u.code || '-%s', '%s ' || u.name, 'x', '%s', u.id, u.valid_from, u.valid_to
				from admin_unit u where u.code like '%s'""";
		for (String[] t : new String[][] { { "MTTQ", "Ủy ban MTTQ", "FRONT_COMMITTEE" },
				{ "LDLD", "Liên đoàn Lao động", "LABOUR_FEDERATION" }, { "CCB", "Hội CCB", "VETERANS_ASSOCIATION" },
				{ "PN", "Hội Phụ nữ", "WOMENS_UNION" }, { "DTN", "Đoàn TN", "YOUTH_UNION" } }) {
			sql(jdbc, front.formatted(t[0], t[1], t[2], "HB-Q__"));
			if (!t[0].equals("LDLD")) {
				sql(jdbc, front.formatted(t[0], t[1], t[2], "HB-Q__-P__"));
				sql(jdbc, front.formatted(t[0], t[1], t[2], "HB-X___"));
			}
		}
		sql(jdbc, front.formatted("BCTMT", "Ban công tác Mặt trận", "FRONT_WORK_COMMITTEE", "HB-%-T__"));
	}

	/**
	 * Records and opinions over 5 years; dates uniform, organisations drawn from the era's
	 * organisations (old before 1/7/2025, new after), people uniform.
	 */
	private static void facts(JdbcClient jdbc, int records, int opinions, int people) {
		sql(jdbc, """
				create table bench_old as
				select row_number() over (order by o.id) rn, o.id from organisation o
				join admin_unit u on u.id = o.unit_id where u.code like 'HB-Q%'""");
		sql(jdbc, """
				create table bench_new as
				select row_number() over (order by o.id) rn, o.id from organisation o
				join admin_unit u on u.id = o.unit_id where u.code like 'HB-X%'""");
		// the per-row lookups below need these, or each of 5 million rows scans the table
		sql(jdbc, "create unique index on bench_old (rn)");
		sql(jdbc, "create unique index on bench_new (rn)");
		sql(jdbc, "analyze bench_old");
		sql(jdbc, "analyze bench_new");
		long oldCount = jdbc.sql("select count(*) from bench_old").query(Long.class).single();
		long newCount = jdbc.sql("select count(*) from bench_new").query(Long.class).single();
		long firstPerson = jdbc.sql("select min(id) from person where code like 'HB-P-%'").query(Long.class).single();
		sql(jdbc, """
				insert into supervision_record (code, record_date, organisation_id, person_id, method, finding,
				  created_by, created_at)
				select 'HB-R-' || g.i, g.d,
				  case when g.d < date '2025-07-01'
				    then (select id from bench_old where rn = 1 + (g.i * 7919) %% %d)
				    else (select id from bench_new where rn = 1 + (g.i * 7919) %% %d) end,
				  %d + (g.i * 104729) %% %d, 'DAILY_OBSERVATION',
				  (array['GOOD','GOOD','NOTE','CONCERN','SIGN_OF_VIOLATION'])[1 + g.i %% 5], 'bench', now()
				from (select i, date '2021-07-01' + (i %% 1826)::int d from generate_series(1::bigint, %d) i) g"""
			.formatted(oldCount, newCount, firstPerson, people, records));
		sql(jdbc, """
				insert into supervision_record_criterion (record_id, criterion_code)
				select id, (array['QD522-01','QD522-02','QD522-03'])[1 + id %% 3] from supervision_record
				where code like 'HB-R-%%' and id %% 2 = 0""".formatted());
		sql(jdbc, """
				insert into opinion (code, opinion_date, organisation_id, kind, topic, content, created_by, created_at)
				select 'HB-O-' || g.i, g.d,
				  case when g.d < date '2025-07-01'
				    then (select id from bench_old where rn = 1 + (g.i * 7919) %% %d)
				    else (select id from bench_new where rn = 1 + (g.i * 7919) %% %d) end,
				  'SUGGESTION', 'CODE_OF_CONDUCT', 'Ý kiến thử', 'bench', now()
				from (select i, date '2021-07-01' + (i %% 1826)::int d from generate_series(1::bigint, %d) i) g"""
			.formatted(oldCount, newCount, opinions));
		// 1 to 3 people per opinion (about 1.8 on average)
		sql(jdbc, """
				insert into opinion_person (opinion_id, person_id)
				select o.id, %d + (o.id * 31 + k * 104729) %% %d from opinion o
				cross join generate_series(0, 2) k
				where o.code like 'HB-O-%%' and k <= o.id %% 3 - (case when o.id %% 5 = 0 then 1 else 0 end)
				on conflict do nothing""".formatted(firstPerson, people));
		sql(jdbc, "drop table bench_old");
		sql(jdbc, "drop table bench_new");
	}

	private static void sql(JdbcClient jdbc, String sql) {
		long t = System.nanoTime();
		int n = jdbc.sql(sql).update();
		System.out.printf("  %,d rows in %d ms: %s%n", n, (System.nanoTime() - t) / 1_000_000,
				sql.strip().lines().findFirst().orElse(""));
	}

}
