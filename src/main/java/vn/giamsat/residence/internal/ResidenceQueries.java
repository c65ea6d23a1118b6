package vn.giamsat.residence.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.giamsat.residence.RequestState;

/** Counts and groupings the pages and the start page show. */
@Component
public class ResidenceQueries {

	private final JdbcClient jdbc;

	ResidenceQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Requests waiting at a cell or committee: [waiting, of which overdue]. */
	public long[] waiting(String column, long organisationId, LocalDate today) {
		return jdbc.sql("select count(*), count(*) filter (where c.due_date < ?) from residence_request r "
				+ "join residence_campaign c on c.id = r.campaign_id where r.state = 'SENT' and c.status = 'OPEN' and r."
				+ column + " = ?")
			.params(today, organisationId)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
	}

	/** Overdue requests of a workplace organisation's open campaigns. */
	public long overdueOfOrganisation(long organisationId, LocalDate today) {
		return jdbc.sql("""
				select count(*) from residence_request r join residence_campaign c on c.id = r.campaign_id
				where c.organisation_id = ? and c.status = 'OPEN' and r.state = 'SENT' and c.due_date < ?""")
			.params(organisationId, today)
			.query(Long.class)
			.single();
	}

	public long returnedIn(Collection<Long> unitIds, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select count(*) from residence_request where state = 'RETURNED' and residence_unit_id = any(?)
				and (returned_at at time zone 'Asia/Ho_Chi_Minh')::date between ? and ?""")
			.params(unitIds.toArray(Long[]::new), from, to)
			.query(Long.class)
			.single();
	}

	/** Overdue requests grouped by a label (cell or workplace organisation), sorted. */
	public static Map<String, List<RequestRow>> overdueBy(List<RequestRow> rows, LocalDate today,
			java.util.function.Function<RequestRow, String> label) {
		return rows.stream()
			.filter(r -> r.overdue(today))
			.collect(Collectors.groupingBy(label, TreeMap::new, Collectors.toList()));
	}

	/** How many requests are in each state, every state present. */
	public static Map<RequestState, Long> countByState(List<RequestRow> rows) {
		Map<RequestState, Long> counts = new java.util.EnumMap<>(RequestState.class);
		for (RequestState s : RequestState.values()) {
			counts.put(s, 0L);
		}
		rows.forEach(r -> counts.merge(r.state(), 1L, Long::sum));
		return counts;
	}

}
