package vn.giamsat.stats.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.giamsat.orgs.AdminLevel;
import vn.giamsat.orgs.OrganisationType;
import vn.giamsat.stats.StatsReport;

/**
 * The counting rules of DOMAIN.md §3: a record counts once (one lượt), people supervised
 * are distinct per cell, an opinion counts once however many people it concerns, people
 * commented are (person, opinion) pairs. Cadres assigned are the distinct people assigned
 * to the organisations in issued plans of the period's years. Records and opinions are
 * counted from the in-memory {@link FactIndex} (ADR 0010); the same rules are kept here
 * in SQL, one grouping-sets query per fact, as the reference the index must equal.
 */
@Component
class CountQueries {

	static final String RECORDS = """
			select u.level, o.type, count(*), count(distinct r.person_id), grouping(u.level), grouping(o.type)
			from supervision_record r join organisation o on o.id = r.organisation_id
			join admin_unit u on u.id = o.unit_id
			where r.organisation_id = any(?) and r.record_date between ? and ?
			group by grouping sets ((u.level, o.type), (u.level), ())""";

	static final String OPINIONS = """
			select u.level, o.type, count(*),
			  coalesce(sum((select count(*) from opinion_person x where x.opinion_id = p.id)), 0),
			  grouping(u.level), grouping(o.type)
			from opinion p join organisation o on o.id = p.organisation_id
			join admin_unit u on u.id = o.unit_id
			where p.organisation_id = any(?) and p.opinion_date between ? and ?
			group by grouping sets ((u.level, o.type), (u.level), ())""";

	static final String ASSIGNED = """
			select u.level, o.type, count(distinct s.person_id), 0, grouping(u.level), grouping(o.type)
			from plan_assignment a join plan_subject s on s.id = a.subject_id
			join supervision_plan pl on pl.id = a.plan_id
			join organisation o on o.id = a.focal_unit_id join admin_unit u on u.id = o.unit_id
			where a.focal_unit_id = any(?) and s.person_id is not null and pl.year between ? and ?
			  and pl.status not in ('DRAFT', 'CONSULTING')
			group by grouping sets ((u.level, o.type), (u.level), ())""";

	private final JdbcClient jdbc;

	private final FactIndex index;

	CountQueries(JdbcClient jdbc, FactIndex index) {
		this.jdbc = jdbc;
		this.index = index;
	}

	/** Cell key: level|type, level|*, *|* → two numbers. */
	private Map<String, long[]> cells(String sql, Long[] orgIds, Object from, Object to) {
		Map<String, long[]> cells = new HashMap<>();
		jdbc.sql(sql).params(orgIds, from, to).query(rs -> {
			String level = rs.getInt(5) == 1 ? "*" : rs.getString(1);
			String type = rs.getInt(6) == 1 ? "*" : rs.getString(2);
			cells.put(level + "|" + type, new long[] { rs.getLong(3), rs.getLong(4) });
		});
		return cells;
	}

	/**
	 * The report counted from the in-memory index (ADR 0010): what the API and pages use.
	 */
	StatsReport report(String unitCode, Map<Long, String> cellOfOrganisation, LocalDate from, LocalDate to) {
		FactSnapshot.Counts counts = index.current().count(cellOfOrganisation, from, to);
		return assemble(unitCode, counts.records(), counts.opinions(), cellOfOrganisation.keySet().toArray(Long[]::new),
				from, to);
	}

	/**
	 * The same report counted by SQL straight from the tables: the reference the index is
	 * compared against in tests ({@code StatsIndexExactnessTest}).
	 */
	StatsReport reportFromTables(String unitCode, Long[] orgIds, LocalDate from, LocalDate to) {
		return assemble(unitCode, cells(RECORDS, orgIds, from, to), cells(OPINIONS, orgIds, from, to), orgIds, from,
				to);
	}

	private StatsReport assemble(String unitCode, Map<String, long[]> records, Map<String, long[]> opinions,
			Long[] orgIds, LocalDate from, LocalDate to) {
		Map<String, long[]> assigned = cells(ASSIGNED, orgIds, from.getYear(), to.getYear());
		long[] zero = { 0, 0 };
		List<StatsReport.LevelRow> levels = new ArrayList<>();
		List<StatsReport.TypeRow> types = new ArrayList<>();
		for (AdminLevel level : AdminLevel.values()) {
			String l = level.name();
			long[] r = records.getOrDefault(l + "|*", zero);
			long[] o = opinions.getOrDefault(l + "|*", zero);
			long a = assigned.getOrDefault(l + "|*", zero)[0];
			// the contract's three levels always; the city level only when it has data
			if (level != AdminLevel.CITY || r[0] + o[0] + a > 0) {
				levels.add(new StatsReport.LevelRow(level.code(), r[0], r[1], o[0], o[1], a));
			}
			if (r[0] + o[0] + a == 0) {
				continue;
			}
			for (OrganisationType type : typesAt(l, List.of(records, opinions, assigned))) {
				String key = l + "|" + type.name();
				long[] tr = records.getOrDefault(key, zero);
				long[] to2 = opinions.getOrDefault(key, zero);
				types.add(new StatsReport.TypeRow(type.code(), level.code(), tr[0], tr[1], to2[0], to2[1],
						assigned.getOrDefault(key, zero)[0]));
			}
		}
		long[] rt = records.getOrDefault("*|*", zero);
		long[] ot = opinions.getOrDefault("*|*", zero);
		return new StatsReport(from, to, unitCode, rt[0], ot[0], rt[1], ot[1], assigned.getOrDefault("*|*", zero)[0],
				levels, types, 0);
	}

	/**
	 * The Front and its member organisations (the article's rows) at a level with data,
	 * plus any other type with data there; in the enum's order.
	 */
	private static List<OrganisationType> typesAt(String level, List<Map<String, long[]>> maps) {
		TreeSet<OrganisationType> types = new TreeSet<>(Comparator.naturalOrder());
		if (level.equals(AdminLevel.RESIDENTIAL_GROUP.name())) {
			types.add(OrganisationType.FRONT_WORK_COMMITTEE);
		}
		else if (!level.equals(AdminLevel.CITY.name())) {
			types.add(OrganisationType.FRONT_COMMITTEE);
			Arrays.stream(OrganisationType.values())
				.filter(OrganisationType::isMemberOrganisation)
				.filter(t -> t != OrganisationType.FARMERS_ASSOCIATION)
				.forEach(types::add);
		}
		for (Map<String, long[]> m : maps) {
			m.keySet()
				.stream()
				.filter(k -> k.startsWith(level + "|") && !k.endsWith("|*"))
				.forEach(k -> types.add(OrganisationType.valueOf(k.substring(level.length() + 1))));
		}
		return List.copyOf(types);
	}

}
