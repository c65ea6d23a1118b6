package vn.giamsat.cultivation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.giamsat.orgs.OrgStructure;
import vn.giamsat.orgs.OrganisationType;
import vn.giamsat.orgs.OrganisationView;
import vn.giamsat.platform.audit.AuditLog;
import vn.giamsat.platform.security.AccessScope;
import vn.giamsat.platform.security.OutOfScopeException;
import vn.giamsat.platform.security.Role;
import vn.giamsat.platform.web.NotFoundException;
import vn.giamsat.platform.web.Problem;
import vn.giamsat.platform.web.UserInputException;

/**
 * The deadlines each managing committee sets for a year (table
 * {@code cultivation_deadline}), falling back to {@link DeadlineDefaults}. A party
 * committee officer sets those of their own committee, the administrator those of any
 * committee; every change is audited.
 */
@Component
public class CultivationDeadlines {

	/**
	 * How far into the next year the last deadlines may run: year-end evaluations often
	 * finish in the first quarter.
	 */
	static final int LAST_MONTH_NEXT_YEAR = 3;

	private final JdbcClient jdbc;

	private final DeadlineDefaults defaults;

	private final OrgStructure structure;

	private final AuditLog audit;

	CultivationDeadlines(JdbcClient jdbc, DeadlineDefaults defaults, OrgStructure structure, AuditLog audit) {
		this.jdbc = jdbc;
		this.defaults = defaults;
		this.structure = structure;
		this.audit = audit;
	}

	public DeadlineSet of(long committeeId, int year) {
		return own(committeeId, year).orElseGet(() -> defaults.forYear(year));
	}

	public DeadlineSet defaults(int year) {
		return defaults.forYear(year);
	}

	/** The committees' own deadlines of the year, by committee id. */
	public Map<Long, DeadlineSet> ownOfYear(int year) {
		Map<Long, DeadlineSet> out = new HashMap<>();
		jdbc.sql("""
				select committee_id, submit_by, decide_by, post_by, assess_by, evaluate_by
				from cultivation_deadline where year = ?""").param(year).query((rs, n) -> {
			out.put(rs.getLong(1),
					new DeadlineSet(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class),
							rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
							rs.getObject(6, LocalDate.class), true));
			return null;
		}).list();
		return out;
	}

	private Optional<DeadlineSet> own(long committeeId, int year) {
		return jdbc.sql("""
				select submit_by, decide_by, post_by, assess_by, evaluate_by
				from cultivation_deadline where committee_id = ? and year = ?""")
			.params(committeeId, year)
			.query((rs, n) -> new DeadlineSet(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class),
					rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class),
					rs.getObject(5, LocalDate.class), true))
			.optional();
	}

	/** The committees whose deadlines the caller may set. */
	public List<OrganisationView> editableCommittees(AccessScope scope) {
		if (scope.is(Role.SYSTEM_ADMIN)) {
			return structure.organisationsInScope(scope, java.util.EnumSet.of(OrganisationType.PARTY_COMMITTEE));
		}
		if (scope.is(Role.PARTY_COMMITTEE_OFFICER) && scope.organisationId() != null) {
			return structure.organisation(scope.organisationId()).stream().toList();
		}
		return List.of();
	}

	public OrganisationView requireEditable(AccessScope scope, long committeeId) {
		OrganisationView committee = structure.organisation(committeeId).orElseThrow(NotFoundException::new);
		boolean allowed = scope.is(Role.SYSTEM_ADMIN) && committee.type() == OrganisationType.PARTY_COMMITTEE
				|| scope.is(Role.PARTY_COMMITTEE_OFFICER) && Long.valueOf(committeeId).equals(scope.organisationId());
		if (!allowed) {
			throw new OutOfScopeException();
		}
		return committee;
	}

	/** Saves the committee's deadlines of the year after checking them all. */
	@Transactional
	public void save(AccessScope scope, long committeeId, int year, DeadlineSet set) {
		requireEditable(scope, committeeId);
		List<Problem> problems = check(year, set);
		if (!problems.isEmpty()) {
			throw new UserInputException(problems);
		}
		DeadlineSet before = own(committeeId, year).orElse(null);
		jdbc.sql(
				"""
						insert into cultivation_deadline (committee_id, year, submit_by, decide_by, post_by, assess_by, evaluate_by)
						values (?, ?, ?, ?, ?, ?, ?)
						on conflict (committee_id, year) do update set submit_by = excluded.submit_by,
						  decide_by = excluded.decide_by, post_by = excluded.post_by, assess_by = excluded.assess_by,
						  evaluate_by = excluded.evaluate_by""")
			.params(committeeId, year, set.submitBy(), set.decideBy(), set.postBy(), set.assessBy(), set.evaluateBy())
			.update();
		audit.record("SET_DEADLINES", "CultivationDeadline", committeeId + "/" + year,
				before == null ? null : describe(before), describe(set));
	}

	/** Every problem of the five dates: missing, outside the year, out of order. */
	public static List<Problem> check(int year, DeadlineSet set) {
		List<Problem> problems = new ArrayList<>();
		if (year < 2000 || year > 2100) {
			problems.add(Problem.of("year", "cultivation.deadlines.error.year"));
			return problems;
		}
		LocalDate first = LocalDate.of(year, 1, 1);
		LocalDate last = LocalDate.of(year + 1, LAST_MONTH_NEXT_YEAR, 1).plusMonths(1).minusDays(1);
		Map<String, LocalDate> dates = new LinkedHashMap<>();
		dates.put("submitBy", set.submitBy());
		dates.put("decideBy", set.decideBy());
		dates.put("postBy", set.postBy());
		dates.put("assessBy", set.assessBy());
		dates.put("evaluateBy", set.evaluateBy());
		String previousField = null;
		LocalDate previous = null;
		for (var e : dates.entrySet()) {
			String label = "cultivation.deadlines." + e.getKey();
			LocalDate d = e.getValue();
			if (d == null) {
				problems.add(Problem.of(e.getKey(), "cultivation.deadlines.error.required",
						new DefaultMessageSourceResolvable(label)));
				continue;
			}
			if (d.isBefore(first) || d.isAfter(last)) {
				problems.add(Problem.of(e.getKey(), "cultivation.deadlines.error.outside",
						new DefaultMessageSourceResolvable(label), year, year + 1));
			}
			if (previous != null && d.isBefore(previous)) {
				problems.add(Problem.of(e.getKey(), "cultivation.deadlines.error.order",
						new DefaultMessageSourceResolvable(label),
						new DefaultMessageSourceResolvable("cultivation.deadlines." + previousField)));
			}
			previous = d;
			previousField = e.getKey();
		}
		return problems;
	}

	private static Map<String, Object> describe(DeadlineSet s) {
		return Map.of("submitBy", s.submitBy().toString(), "decideBy", s.decideBy().toString(), "postBy",
				s.postBy().toString(), "assessBy", s.assessBy().toString(), "evaluateBy", s.evaluateBy().toString());
	}

}
