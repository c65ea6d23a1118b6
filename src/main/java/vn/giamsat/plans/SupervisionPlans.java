package vn.giamsat.plans;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules ask of plans: which organisation is the focal unit of a person in
 * the issued plan of a year (supervision records may only be written by it).
 */
@Service
@Transactional(readOnly = true)
public class SupervisionPlans {

	private final JdbcClient jdbc;

	private final vn.giamsat.plans.internal.DemoPlanSeed demoSeed;

	SupervisionPlans(JdbcClient jdbc, vn.giamsat.plans.internal.DemoPlanSeed demoSeed) {
		this.jdbc = jdbc;
		this.demoSeed = demoSeed;
	}

	/**
	 * Demo data only: Long Biên's issued and closed 2019 plan, the history next year
	 * rotates from.
	 */
	@Transactional
	public void seedDemoHistory() {
		demoSeed.load();
	}

	/**
	 * The focal unit of the person in any plan of the year that has been issued (not a
	 * draft).
	 */
	public Optional<Long> focalUnitOf(long personId, int year) {
		return jdbc.sql("""
				select a.focal_unit_id from plan_assignment a join plan_subject s on s.id = a.subject_id
				join supervision_plan p on p.id = a.plan_id
				where s.person_id = ? and p.year = ? and p.status not in ('DRAFT', 'CONSULTING')
				order by p.id limit 1""").params(personId, year).query(Long.class).optional();
	}

}
