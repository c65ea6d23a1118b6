package vn.giamsat.cultivation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.giamsat.cultivation.CultivationStatus;
import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.shared.text.VietnameseText;

/**
 * The plans of a year for everyone in the caller's scope, people without a plan included,
 * and the completeness counts by managing committee and by workplace unit. Counting rules
 * (shown on the page): received = submitted once (every status but draft, returned plans
 * included); approved = approved or any later stage; returned = currently returned to the
 * writer; posted = published on the portal and not withdrawn.
 */
@Component
public class PlanOverviewQueries {

	/** The status filter value for people with no plan or only a draft. */
	public static final String NOT_SUBMITTED = "NOT_SUBMITTED";

	static final String RECEIVED = "c.status <> 'DRAFT'";

	static final String APPROVED = "c.status in ('APPROVED', 'POSTED', 'UNDER_SUPERVISION', 'SELF_ASSESSED', 'EVALUATED', 'WITHDRAWN')";

	static final String RETURNED = "c.status = 'RETURNED'";

	static final String POSTED = "c.published_at is not null and c.withdrawn_at is null";

	static final String FROM = """
			from person p
			left join organisation w on w.id = p.workplace_id
			left join admin_unit u on u.id = w.unit_id
			left join organisation m on m.id = p.managing_committee_id
			left join cultivation_plan c on c.person_id = p.id and c.year = ?
			""";

	/**
	 * @param status a {@link CultivationStatus} name, {@link #NOT_SUBMITTED} or null for
	 * all
	 * @param unitIds a unit's subtree: people working or living there; null for all
	 */
	public record Filter(int year, String status, Long committee, Long[] unitIds, String query, int page, int size) {
	}

	public record Row(long personId, String code, String fullName, String position, String workplace, String unitName,
			String committee, Long planId, CultivationStatus status, OffsetDateTime submittedAt,
			OffsetDateTime decidedAt, OffsetDateTime publishedAt, boolean posted) {

		/** Message key of the plan's state, "no plan" included. */
		public String stateKey() {
			return status == null ? "cultivation.overview.noPlan" : status.messageKey();
		}

	}

	public record Page(List<Row> rows, long total, int page, int size) {

		public int pages() {
			return (int) Math.max(1, (total + size - 1) / size);
		}

	}

	/**
	 * One line of the completeness counts; {@code groupId} null for people without a
	 * committee or unit, and for the totals line.
	 */
	public record Counts(Long groupId, String name, long expected, long received, long approved, long returned,
			long posted) {

		public long notSubmitted() {
			return expected - received;
		}

	}

	private record Where(String sql, List<Object> params) {
	}

	private final JdbcClient jdbc;

	private final PeopleInScope scopes;

	PlanOverviewQueries(JdbcClient jdbc, PeopleInScope scopes) {
		this.jdbc = jdbc;
		this.scopes = scopes;
	}

	public Page page(AccessScope scope, Filter f) {
		Where w = where(scope, f);
		long total = jdbc.sql("select count(*) " + FROM + w.sql).params(w.params).query(Long.class).single();
		List<Object> params = new ArrayList<>(w.params);
		params.add(f.size());
		params.add((long) f.page() * f.size());
		List<Row> rows = jdbc.sql(select() + w.sql + " order by p.sort_key, p.id limit ? offset ?")
			.params(params)
			.query(PlanOverviewQueries::row)
			.list();
		return new Page(rows, total, f.page(), f.size());
	}

	/** Every matching row in order, for the export; close the stream. */
	public Stream<Row> stream(AccessScope scope, Filter f) {
		Where w = where(scope, f);
		return jdbc.sql(select() + w.sql + " order by p.sort_key, p.id")
			.params(w.params)
			.query(PlanOverviewQueries::row)
			.stream();
	}

	public List<Counts> byCommittee(AccessScope scope, Filter f) {
		return counts(scope, f, "m.id", "m.name");
	}

	public List<Counts> byUnit(AccessScope scope, Filter f) {
		return counts(scope, f, "u.id", "u.name");
	}

	/** The totals over everyone matching (the status filter is ignored for counts). */
	public Counts totals(AccessScope scope, Filter f) {
		Where w = where(scope, withoutStatus(f));
		return jdbc.sql("select null, null, " + countColumns() + " " + FROM + w.sql)
			.params(w.params)
			.query(PlanOverviewQueries::counts)
			.single();
	}

	private List<Counts> counts(AccessScope scope, Filter f, String id, String name) {
		Where w = where(scope, withoutStatus(f));
		return jdbc
			.sql("select " + id + ", " + name + ", " + countColumns() + " " + FROM + w.sql + " group by " + id + ", "
					+ name + " order by " + name + " nulls last")
			.params(w.params)
			.query(PlanOverviewQueries::counts)
			.list();
	}

	private static Filter withoutStatus(Filter f) {
		return new Filter(f.year(), null, f.committee(), f.unitIds(), f.query(), f.page(), f.size());
	}

	private static String countColumns() {
		return "count(*), count(*) filter (where " + RECEIVED + "), count(*) filter (where " + APPROVED
				+ "), count(*) filter (where " + RETURNED + "), count(*) filter (where " + POSTED + ")";
	}

	private static String select() {
		return """
				select p.id, p.code, p.full_name, p.position_title, w.name, u.name, m.name, c.id, c.status,
				       c.submitted_at, c.decided_at, c.published_at, (%s) as posted
				""".formatted(POSTED) + FROM;
	}

	private Where where(AccessScope scope, Filter f) {
		List<Object> params = new ArrayList<>();
		params.add(f.year());
		PeopleInScope.Condition c = scopes.condition(scope);
		StringBuilder sql = new StringBuilder(" where ").append(c.sql());
		params.addAll(c.params());
		if (f.query() != null && !f.query().isBlank()) {
			sql.append(" and (p.name_folded like ? or lower(p.code) = ?)");
			params.add("%" + VietnameseText.fold(f.query()) + "%");
			params.add(f.query().strip().toLowerCase(java.util.Locale.ROOT));
		}
		if (f.committee() != null) {
			sql.append(" and p.managing_committee_id = ?");
			params.add(f.committee());
		}
		if (f.unitIds() != null) {
			sql.append(" and (w.unit_id = any(?) or p.residence_unit_id = any(?))");
			params.add(f.unitIds());
			params.add(f.unitIds());
		}
		if (NOT_SUBMITTED.equals(f.status())) {
			sql.append(" and (c.id is null or c.status = 'DRAFT')");
		}
		else if (f.status() != null) {
			sql.append(" and c.status = ?");
			params.add(f.status());
		}
		return new Where(sql.toString(), params);
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		String status = rs.getString(9);
		return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getString(7), (Long) rs.getObject(8),
				status == null ? null : CultivationStatus.valueOf(status), rs.getObject(10, OffsetDateTime.class),
				rs.getObject(11, OffsetDateTime.class), rs.getObject(12, OffsetDateTime.class), rs.getBoolean(13));
	}

	private static Counts counts(ResultSet rs, int n) throws SQLException {
		return new Counts((Long) rs.getObject(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
				rs.getLong(6), rs.getLong(7));
	}

}
