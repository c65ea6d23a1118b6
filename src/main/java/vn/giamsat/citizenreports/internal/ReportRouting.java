package vn.giamsat.citizenreports.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.giamsat.people.PersonView;
import vn.giamsat.plans.SupervisionPlans;

/**
 * Decides the receiving Front and the routing of a report. The receiving Front is the
 * Front committee of the unit or of its nearest ancestor; if the cadre concerned heads
 * that very Front — or works in it at all, since a report is never shown to the cadre's
 * own organisation — the report goes to the next Front up, so that nobody screens a
 * report about themself or their colleague.
 */
@Component
class ReportRouting {

	private final JdbcClient jdbc;

	private final SupervisionPlans plans;

	private final Clock clock;

	ReportRouting(JdbcClient jdbc, SupervisionPlans plans, Clock clock) {
		this.jdbc = jdbc;
		this.plans = plans;
		this.clock = clock;
	}

	Routing route(long unitId, Optional<PersonView> subject) {
		long front = frontAbove(unitId, 0).orElseThrow(() -> new IllegalStateException("no Front above " + unitId));
		boolean escalated = false;
		if (subject.isPresent() && worksIn(subject.get(), front)) {
			front = frontAbove(unitId, 1).orElse(front);
			escalated = true;
		}
		Long focal = subject.flatMap(p -> plans.focalUnitOf(p.id(), LocalDate.now(clock).getYear())).orElse(null);
		Long committee = subject.map(PersonView::managingCommitteeId).orElse(null);
		return new Routing(front, escalated, focal, committee);
	}

	/** The head of the receiving body (Regulation 124) and every colleague of theirs. */
	static boolean worksIn(PersonView p, long organisationId) {
		return p.workplaceId() != null && p.workplaceId() == organisationId;
	}

	/**
	 * The n-th Front committee on the way up from the unit (0 = the closest), only Fronts
	 * valid today.
	 */
	Optional<Long> frontAbove(long unitId, int n) {
		return jdbc.sql("""
				with recursive up (id, parent_id, depth) as (
				  select id, parent_id, 0 from admin_unit where id = ?
				  union all select u.id, u.parent_id, up.depth + 1 from admin_unit u join up on u.id = up.parent_id)
				select o.id from up join organisation o on o.unit_id = up.id and o.type = 'FRONT_COMMITTEE'
				where o.valid_to is null or o.valid_to >= ?
				order by up.depth, o.id limit 1 offset ?""")
			.params(unitId, LocalDate.now(clock), n)
			.query(Long.class)
			.optional();
	}

}
