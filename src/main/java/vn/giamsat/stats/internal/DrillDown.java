package vn.giamsat.stats.internal;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.giamsat.orgs.AdminLevel;
import vn.giamsat.orgs.OrganisationType;
import vn.giamsat.stats.StatsFilter;

/**
 * The rows behind one figure: the same conditions as {@link CountQueries} (area, period,
 * optional level and organisation type), so that a list's length always equals the figure
 * that links to it.
 */
@Component
public class DrillDown {

	/** What a figure counts. */
	public enum Kind {

		RECORDS, PEOPLE, OPINIONS, PAIRS, ASSIGNED

	}

	/** One page of rows as display strings, with the total the figure shows. */
	public record Page(Kind kind, List<List<String>> rows, long total, int page, int size) {

		public boolean hasNext() {
			return (long) (page + 1) * size < total;
		}
	}

	private static final String CELL = """
			join organisation o on o.id = %s.organisation_id join admin_unit u on u.id = o.unit_id
			where %s.organisation_id = any(?) and %s between ? and ?
			  and (?::text is null or u.level = ?::text) and (?::text is null or o.type = ?::text)""";

	/**
	 * The people of a "people supervised" figure, a page at a time: ids from the
	 * in-memory index (ADR 0010; grouping millions of records by person took 10 s for the
	 * whole city), names and per-person figures from the tables for the page's people
	 * only.
	 */
	private static final String PEOPLE_PAGE = """
			select p.code, p.full_name,
			  (select count(*) from supervision_record r where r.person_id = p.id
			     and r.organisation_id = any(?) and r.record_date between ? and ?)::text,
			  (select to_char(max(r.record_date), 'DD/MM/YYYY') from supervision_record r where r.person_id = p.id
			     and r.organisation_id = any(?) and r.record_date between ? and ?)
			from person p where p.id = any(?) order by p.sort_key, p.code""";

	private final JdbcClient jdbc;

	private final FactIndex index;

	DrillDown(JdbcClient jdbc, FactIndex index) {
		this.jdbc = jdbc;
		this.index = index;
	}

	/** One page of the list behind a figure of the area's report. */
	public Page page(Kind kind, StatsArea.Area area, StatsFilter f, int page, int size) {
		if (kind != Kind.PEOPLE && kind != Kind.RECORDS) {
			return pageFromTables(kind, area.organisationIds(), f, page, size);
		}
		String level = levelName(f);
		String type = typeName(f);
		Map<Long, String> cells = new java.util.HashMap<>(area.cellOfOrganisation());
		cells.values()
			.removeIf(cell -> (level != null && !cell.startsWith(level + "|"))
					|| (type != null && !cell.endsWith("|" + type)));
		if (kind == Kind.RECORDS) {
			// counting them in SQL took seconds for the whole city; the index has the
			// figure
			long[] total = index.current().count(cells, f.from(), f.to()).records().get("*|*");
			return rowsFromTables(kind, area.organisationIds(), f, page, size, total == null ? 0 : total[0]);
		}
		List<Long> cellOrgs = List.copyOf(cells.keySet());
		int[] people = index.current().people(cellOrgs, f.from(), f.to());
		Long[] orgs = cellOrgs.toArray(Long[]::new);
		Long[] ids = java.util.Arrays.stream(people).mapToObj(Long::valueOf).toArray(Long[]::new);
		List<List<String>> rows = jdbc.sql(PEOPLE_PAGE + " limit " + size + " offset " + (long) page * size)
			.params(orgs, f.from(), f.to(), orgs, f.from(), f.to(), ids)
			.query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
		return new Page(kind, rows, people.length, page, size);
	}

	/**
	 * The same page counted and listed by SQL from the tables: what opinions, their
	 * people and assignments use, and the reference the records and people lists are
	 * compared with in tests.
	 */
	Page pageFromTables(Kind kind, Long[] orgIds, StatsFilter f, int page, int size) {
		long total = jdbc.sql(sql(kind)[0]).params(params(kind, orgIds, f)).query(Long.class).single();
		return rowsFromTables(kind, orgIds, f, page, size, total);
	}

	/**
	 * The parameters of both queries of a kind: organisations, period, level and type.
	 */
	private static Object[] params(Kind kind, Long[] orgIds, StatsFilter f) {
		String level = levelName(f);
		String type = typeName(f);
		Object from = kind == Kind.ASSIGNED ? f.from().getYear() : f.from();
		Object to = kind == Kind.ASSIGNED ? f.to().getYear() : f.to();
		return new Object[] { orgIds, from, to, level, level, type, type };
	}

	private Page rowsFromTables(Kind kind, Long[] orgIds, StatsFilter f, int page, int size, long total) {
		String[] sql = sql(kind);
		Object[] params = params(kind, orgIds, f);
		List<List<String>> rows = jdbc.sql(sql[1] + " limit " + size + " offset " + (long) page * size)
			.params(params)
			.query((rs, n) -> {
				int columns = rs.getMetaData().getColumnCount();
				List<String> row = new java.util.ArrayList<>(columns);
				for (int i = 1; i <= columns; i++) {
					row.add(rs.getString(i) == null ? "" : rs.getString(i));
				}
				return row;
			})
			.list();
		return new Page(kind, rows, total, page, size);
	}

	/**
	 * The filter's level as the enum name the tables hold ("-" for an unknown code: no
	 * rows).
	 */
	private static String levelName(StatsFilter f) {
		return f.level() == null ? null : AdminLevel.fromCode(f.level()).map(Enum::name).orElse("-");
	}

	private static String typeName(StatsFilter f) {
		return f.type() == null ? null : OrganisationType.fromCode(f.type()).map(Enum::name).orElse("-");
	}

	private static String[] sql(Kind kind) {
		return switch (kind) {
			case RECORDS -> {
				String where = CELL.formatted("r", "r", "r.record_date");
				yield new String[] { "select count(*) from supervision_record r " + where, """
						select r.code, to_char(r.record_date, 'DD/MM/YYYY'), o.name, p.code || ' – ' || p.full_name,
						  r.method, r.finding
						from supervision_record r join person p on p.id = r.person_id %s
						order by r.record_date, r.code""".formatted(where) };
			}
			case PEOPLE -> {
				String where = CELL.formatted("r", "r", "r.record_date");
				yield new String[] { "select count(distinct r.person_id) from supervision_record r " + where, """
						select p.code, p.full_name, count(*)::text, to_char(max(r.record_date), 'DD/MM/YYYY')
						from supervision_record r join person p on p.id = r.person_id %s
						group by p.id, p.code, p.full_name, p.sort_key order by p.sort_key, p.code"""
					.formatted(where) };
			}
			case OPINIONS -> {
				String where = CELL.formatted("x", "x", "x.opinion_date");
				yield new String[] { "select count(*) from opinion x " + where, """
						select x.code, to_char(x.opinion_date, 'DD/MM/YYYY'), o.name, x.kind, x.topic,
						  (select count(*) from opinion_person op where op.opinion_id = x.id)::text
						from opinion x %s order by x.opinion_date, x.code""".formatted(where) };
			}
			case PAIRS -> {
				String where = CELL.formatted("x", "x", "x.opinion_date");
				yield new String[] {
						"select count(*) from opinion x join opinion_person op on op.opinion_id = x.id " + where,
						"""
								select x.code, to_char(x.opinion_date, 'DD/MM/YYYY'), o.name, p.code || ' – ' || p.full_name,
								  x.kind
								from opinion x join opinion_person op on op.opinion_id = x.id
								join person p on p.id = op.person_id %s
								order by x.opinion_date, x.code, p.sort_key"""
							.formatted(where) };
			}
			case ASSIGNED -> {
				String where = """
						join supervision_plan pl on pl.id = a.plan_id join plan_subject s on s.id = a.subject_id
						join person p on p.id = s.person_id
						join organisation o on o.id = a.focal_unit_id join admin_unit u on u.id = o.unit_id
						where a.focal_unit_id = any(?) and pl.year between ? and ?
						  and pl.status not in ('DRAFT', 'CONSULTING')
						  and (?::text is null or u.level = ?::text) and (?::text is null or o.type = ?::text)""";
				yield new String[] { "select count(distinct s.person_id) from plan_assignment a " + where, """
						select distinct on (p.sort_key, p.id) p.code, p.full_name, o.name, pl.year::text
						from plan_assignment a %s order by p.sort_key, p.id, pl.year desc""".formatted(where) };
			}
		};
	}

}
