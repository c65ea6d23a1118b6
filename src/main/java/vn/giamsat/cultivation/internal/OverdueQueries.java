package vn.giamsat.cultivation.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.giamsat.cultivation.CultivationStatus;
import vn.giamsat.platform.security.AccessScope;

/**
 * Overdue lists per managing committee: for each person in scope, the step their plan of
 * the year waits for ({@link OverdueStage}) and, when that step's deadline (the
 * committee's own, else the default) has passed on {@code asOf}, the days overdue. A day
 * counts as overdue from the day after the deadline.
 */
@Component
public class OverdueQueries {

	public record Overdue(long personId, String fullName, String position, Long committeeId, String committee,
			Long planId, OverdueStage stage, LocalDate deadline, long daysOverdue) {
	}

	/** Overdue counts of one committee (or the totals, {@code committeeId} null). */
	public record CommitteeCounts(Long committeeId, String name, long people, Map<OverdueStage, Long> byStage) {

		public long count(OverdueStage stage) {
			return byStage.getOrDefault(stage, 0L);
		}

		public long total() {
			return byStage.values().stream().mapToLong(Long::longValue).sum();
		}

	}

	public record Report(List<Overdue> rows, List<CommitteeCounts> committees, CommitteeCounts totals) {

		public List<Overdue> rows(OverdueStage stage) {
			return stage == null ? rows : rows.stream().filter(r -> r.stage() == stage).toList();
		}

	}

	private record Candidate(long personId, String fullName, String position, Long committeeId, String committee,
			Long planId, OverdueStage stage) {
	}

	private final JdbcClient jdbc;

	private final PeopleInScope scopes;

	private final CultivationDeadlines deadlines;

	OverdueQueries(JdbcClient jdbc, PeopleInScope scopes, CultivationDeadlines deadlines) {
		this.jdbc = jdbc;
		this.scopes = scopes;
		this.deadlines = deadlines;
	}

	public Report report(AccessScope scope, int year, Long committee, LocalDate asOf) {
		PeopleInScope.Condition c = scopes.condition(scope);
		List<Object> params = new ArrayList<>();
		params.add(year);
		params.addAll(c.params());
		String filter = "";
		if (committee != null) {
			filter = " and p.managing_committee_id = ?";
			params.add(committee);
		}
		List<Candidate> candidates = jdbc.sql("""
				select p.id, p.full_name, p.position_title, p.managing_committee_id, m.name, c.id, c.status,
				       c.published_at is not null, c.self_assessed_at is not null
				from person p
				left join organisation m on m.id = p.managing_committee_id
				left join cultivation_plan c on c.person_id = p.id and c.year = ?
				where """ + " " + c.sql() + filter + " order by m.name nulls last, p.sort_key, p.id")
			.params(params)
			.query((rs, n) -> new Candidate(rs.getLong(1), rs.getString(2), rs.getString(3), (Long) rs.getObject(4),
					rs.getString(5), (Long) rs.getObject(6),
					OverdueStage.of(rs.getString(7) == null ? null : CultivationStatus.valueOf(rs.getString(7)),
							rs.getBoolean(8), rs.getBoolean(9))))
			.list();
		Map<Long, DeadlineSet> own = deadlines.ownOfYear(year);
		DeadlineSet defaults = deadlines.defaults(year);
		List<Overdue> rows = new ArrayList<>();
		Map<Long, long[]> perCommittee = new LinkedHashMap<>();
		Map<Long, String> names = new LinkedHashMap<>();
		for (Candidate k : candidates) {
			names.putIfAbsent(k.committeeId(), k.committee());
			long[] counts = perCommittee.computeIfAbsent(k.committeeId(),
					id -> new long[OverdueStage.values().length + 1]);
			counts[0]++;
			if (k.stage() == null) {
				continue;
			}
			DeadlineSet set = k.committeeId() == null ? defaults : own.getOrDefault(k.committeeId(), defaults);
			LocalDate deadline = set.of(k.stage());
			if (asOf.isAfter(deadline)) {
				rows.add(new Overdue(k.personId(), k.fullName(), k.position(), k.committeeId(), k.committee(),
						k.planId(), k.stage(), deadline, ChronoUnit.DAYS.between(deadline, asOf)));
				counts[k.stage().ordinal() + 1]++;
			}
		}
		rows.sort(Comparator.comparing((Overdue o) -> o.committee() == null ? "\uffff" : o.committee())
			.thenComparing(Overdue::stage));
		List<CommitteeCounts> committees = new ArrayList<>();
		long[] total = new long[OverdueStage.values().length + 1];
		perCommittee.forEach((id, counts) -> {
			committees.add(counts(id, names.get(id), counts));
			for (int i = 0; i < counts.length; i++) {
				total[i] += counts[i];
			}
		});
		return new Report(rows, committees, counts(null, null, total));
	}

	/** How many people in scope are overdue at any step of the year. */
	public long count(AccessScope scope, int year, LocalDate asOf) {
		return report(scope, year, null, asOf).rows().size();
	}

	private static CommitteeCounts counts(Long id, String name, long[] counts) {
		Map<OverdueStage, Long> byStage = new EnumMap<>(OverdueStage.class);
		for (OverdueStage s : OverdueStage.values()) {
			byStage.put(s, counts[s.ordinal() + 1]);
		}
		return new CommitteeCounts(id, Objects.toString(name, null), counts[0], byStage);
	}

}
