package vn.giamsat.plans;

import java.util.List;
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
	 * Demo data only: an issued plan of the year, in progress, assigning the same
	 * district cadres, so that the supervision pages of the current year have subjects.
	 */
	@Transactional
	public void seedDemoYear(int year) {
		demoSeed.loadInProgress(year);
	}

	/**
	 * The person's assignment in the first issued plan of the year: which plan, which
	 * Front organisation owns it (its Standing Committee may also record), which focal
	 * unit.
	 */
	public Optional<Assignment> assignmentOf(long personId, int year) {
		return jdbc
			.sql("""
					select p.id, p.owner_id, a.focal_unit_id from plan_assignment a join plan_subject s on s.id = a.subject_id
					join supervision_plan p on p.id = a.plan_id
					where s.person_id = ? and p.year = ? and p.status not in ('DRAFT', 'CONSULTING')
					order by p.id limit 1""")
			.params(personId, year)
			.query((rs, n) -> new Assignment(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.optional();
	}

	/**
	 * People assigned in the issued plans of the year to the organisation as focal unit,
	 * or, for the owning Front organisation, every person of its plans.
	 */
	public List<Long> subjectsOf(long organisationId, int year) {
		return jdbc.sql("""
				select distinct s.person_id from plan_assignment a join plan_subject s on s.id = a.subject_id
				join supervision_plan p on p.id = a.plan_id
				where s.person_id is not null and p.year = ? and p.status not in ('DRAFT', 'CONSULTING')
				and (a.focal_unit_id = ? or p.owner_id = ?)""")
			.params(year, organisationId, organisationId)
			.query(Long.class)
			.list();
	}

	/** Where a person stands in a year's plan, for the modules that act on it. */
	public record Assignment(long planId, long ownerId, long focalUnitId) {
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

	/**
	 * Who supervises whom in the issued plans of the year, for the public portal: only
	 * the names and units (DOMAIN.md §5), for people who work or live in the given units.
	 */
	public java.util.List<PublicAssignment> publicAssignments(java.util.Set<Long> unitIds, int year, int limit) {
		return jdbc.sql("""
				select pe.full_name, pe.position_title, w.name, f.name
				from plan_assignment a join plan_subject s on s.id = a.subject_id
				join supervision_plan p on p.id = a.plan_id join person pe on pe.id = s.person_id
				join organisation f on f.id = a.focal_unit_id left join organisation w on w.id = pe.workplace_id
				where p.year = ? and p.status not in ('DRAFT', 'CONSULTING')
				and (w.unit_id = any(?) or pe.residence_unit_id = any(?))
				order by f.name, pe.sort_key limit ?""")
			.params(year, unitIds.toArray(Long[]::new), unitIds.toArray(Long[]::new), limit)
			.query((rs, n) -> new PublicAssignment(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	/** A public line of the plan: the supervised person and their focal unit. */
	public record PublicAssignment(String personName, String position, String workplace, String focalUnit) {
	}

}
