package vn.giamsat.stats.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The series behind the two charts of the statistics page. */
@Component
public class ChartQueries {

	private final JdbcClient jdbc;

	private final FactIndex index;

	ChartQueries(JdbcClient jdbc, FactIndex index) {
		this.jdbc = jdbc;
		this.index = index;
	}

	/**
	 * Organisation type (enum name) → first day of month → records, counted from the
	 * in-memory index (ADR 0010).
	 */
	public Map<String, Map<LocalDate, Long>> recordsPerMonth(StatsArea.Area area, LocalDate from, LocalDate to) {
		return index.current().recordsPerMonth(area.cellOfOrganisation(), from, to);
	}

	/**
	 * The same series by SQL from the tables: the reference the index is compared with in
	 * tests.
	 */
	Map<String, Map<LocalDate, Long>> recordsPerMonthFromTables(Long[] orgIds, LocalDate from, LocalDate to) {
		Map<String, Map<LocalDate, Long>> series = new TreeMap<>();
		jdbc.sql("""
				select o.type, date_trunc('month', r.record_date)::date, count(*)
				from supervision_record r join organisation o on o.id = r.organisation_id
				where r.organisation_id = any(?) and r.record_date between ? and ?
				group by 1, 2""").params(orgIds, from, to).query(rs -> {
			series.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
				.put(rs.getObject(2, LocalDate.class), rs.getLong(3));
		});
		return series;
	}

	/**
	 * Criterion code → finding (enum name) → records, the 12 criteria with most records
	 * (ties by code), counted from the in-memory index (ADR 0010): reading the tables
	 * took seconds for the whole city.
	 */
	public Map<String, Map<String, Long>> findingsByCriterion(StatsArea.Area area, LocalDate from, LocalDate to) {
		return index.current().findingsByCriterion(area.cellOfOrganisation().keySet(), from, to, 12);
	}

	/**
	 * The same chart by SQL from the tables, one pass with the ranking done here: the
	 * reference the index is compared with in tests.
	 */
	Map<String, Map<String, Long>> findingsByCriterionFromTables(Long[] orgIds, LocalDate from, LocalDate to) {
		Map<String, Map<String, Long>> all = new TreeMap<>();
		jdbc.sql("""
				select c.criterion_code, r.finding, count(*) from supervision_record r
				join supervision_record_criterion c on c.record_id = r.id
				where r.organisation_id = any(?) and r.record_date between ? and ?
				group by 1, 2""").params(orgIds, from, to).query(rs -> {
			all.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getLong(3));
		});
		Map<String, Map<String, Long>> bars = new LinkedHashMap<>();
		all.entrySet()
			.stream()
			.sorted(Comparator.comparingLong((Map.Entry<String, Map<String, Long>> e) -> -total(e.getValue()))
				.thenComparing(Map.Entry::getKey))
			.limit(12)
			.forEach(e -> bars.put(e.getKey(), e.getValue()));
		return bars;
	}

	private static long total(Map<String, Long> counts) {
		return counts.values().stream().mapToLong(Long::longValue).sum();
	}

}
