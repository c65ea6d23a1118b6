package vn.giamsat.plans.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.giamsat.orgs.OrganisationType;
import vn.giamsat.plans.PlanStatus;

/**
 * Reads and writes plans with plain SQL; optimistic locking on the plan row guards every
 * change.
 */
@Component
public class PlanStore {

	private static final String PLAN = """
			select p.*, o.name as owner_name, o.unit_id as owner_unit_id from supervision_plan p
			join organisation o on o.id = p.owner_id""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	PlanStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	public Optional<PlanRow> plan(long id) {
		return jdbc.sql(PLAN + " where p.id = ?").param(id).query(PlanStore::planRow).optional();
	}

	public List<PlanRow> plansOf(List<Long> ownerIds) {
		return jdbc.sql(PLAN + " where p.owner_id = any(?) order by p.year desc, o.name")
			.param(ownerIds.toArray(Long[]::new))
			.query(PlanStore::planRow)
			.list();
	}

	public List<PlanRow> allPlans() {
		return jdbc.sql(PLAN + " order by p.year desc, o.name").query(PlanStore::planRow).list();
	}

	/**
	 * The owner's plans before this year, newest first: the history rotation looks at.
	 */
	public List<PlanRow> previousPlans(long ownerId, int year, int limit) {
		return jdbc.sql(PLAN + " where p.owner_id = ? and p.year < ? order by p.year desc limit ?")
			.params(ownerId, year, limit)
			.query(PlanStore::planRow)
			.list();
	}

	public long create(long ownerId, int year, String title, String legalBases, String contentItems,
			int rotationWindow) {
		return jdbc
			.sql("""
					insert into supervision_plan (owner_id, year, title, legal_bases, content_items, status, rotation_window)
					values (?, ?, ?, ?, ?, 'DRAFT', ?) returning id""")
			.params(ownerId, year, title, legalBases, contentItems, rotationWindow)
			.query(Long.class)
			.single();
	}

	/**
	 * Bumps the version or fails when someone else changed the plan since
	 * {@code expectedVersion}.
	 */
	public void touch(long planId, int expectedVersion) {
		int n = jdbc.sql("update supervision_plan set version = version + 1 where id = ? and version = ?")
			.params(planId, expectedVersion)
			.update();
		if (n == 0) {
			throw new OptimisticLockingFailureException("plan " + planId + " changed");
		}
	}

	public void updateGeneral(long planId, String number, LocalDate issuedOn, String title, String legalBases,
			String contentItems, int rotationWindow) {
		jdbc.sql("""
				update supervision_plan set number = ?, issued_on = ?, title = ?, legal_bases = ?, content_items = ?,
				  rotation_window = ? where id = ?""")
			.params(number, issuedOn, title, legalBases, contentItems, rotationWindow, planId)
			.update();
	}

	public List<String> criteria(long planId) {
		return jdbc.sql("select criterion_code from plan_criterion where plan_id = ? order by criterion_code")
			.param(planId)
			.query(String.class)
			.list();
	}

	/**
	 * The plan's criteria, replaced as a whole; codes that are unknown or retired are
	 * ignored by the caller.
	 */
	public void setCriteria(long planId, List<String> codes) {
		jdbc.sql("delete from plan_criterion where plan_id = ?").param(planId).update();
		for (String code : codes) {
			jdbc.sql("insert into plan_criterion (plan_id, criterion_code) values (?, ?)")
				.params(planId, code)
				.update();
		}
	}

	public record CriterionOption(String code, String text, boolean retired) {
	}

	public List<CriterionOption> criterionOptions() {
		return jdbc.sql("select code, text_vi, retired from criterion order by code")
			.query((rs, n) -> new CriterionOption(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
			.list();
	}

	public void setStatus(long planId, PlanStatus status, int revision) {
		jdbc.sql("update supervision_plan set status = ?, revision = ? where id = ?")
			.params(status.name(), revision, planId)
			.update();
	}

	public void setResult(long planId, double balance, double lowerBound, boolean optimal, int groupsKeptWhole,
			OffsetDateTime at) {
		jdbc.sql(
				"""
						update supervision_plan set balance = ?, lower_bound = ?, optimal = ?, groups_kept_whole = ?, solved_at = ?
						where id = ?""")
			.params(balance, lowerBound, optimal, groupsKeptWhole, at, planId)
			.update();
	}

	public List<FocalUnitRow> focalUnits(long planId) {
		return jdbc.sql("""
				select f.organisation_id, o.code, o.name, o.type, f.capacity from plan_focal_unit f
				join organisation o on o.id = f.organisation_id where f.plan_id = ? order by o.type, o.name""")
			.param(planId)
			.query((rs, n) -> new FocalUnitRow(rs.getLong(1), rs.getString(2), rs.getString(3),
					OrganisationType.valueOf(rs.getString(4)), rs.getBigDecimal(5)))
			.list();
	}

	public void setFocalUnit(long planId, long organisationId, BigDecimal capacity) {
		jdbc.sql("""
				insert into plan_focal_unit (plan_id, organisation_id, capacity) values (?, ?, ?)
				on conflict (plan_id, organisation_id) do update set capacity = excluded.capacity""")
			.params(planId, organisationId, capacity)
			.update();
	}

	public void removeFocalUnit(long planId, long organisationId) {
		jdbc.sql("delete from plan_assignment where plan_id = ? and focal_unit_id = ?")
			.params(planId, organisationId)
			.update();
		jdbc.sql("delete from plan_focal_unit where plan_id = ? and organisation_id = ?")
			.params(planId, organisationId)
			.update();
	}

	public List<SubjectRow> subjects(long planId) {
		return jdbc.sql("""
				select s.id, s.person_id, s.organisation_id, coalesce(pe.code, so.code) as code,
				       coalesce(pe.full_name, so.name) as label, pe.position_title, s.group_key, s.group_name,
				       pe.workplace_id
				from plan_subject s left join person pe on pe.id = s.person_id
				left join organisation so on so.id = s.organisation_id
				where s.plan_id = ? order by s.group_name nulls last, pe.sort_key, so.name_folded, s.id""")
			.param(planId)
			.query(PlanStore::subjectRow)
			.list();
	}

	public int addPersonSubjects(long planId, List<Long> personIds) {
		return jdbc.sql("""
				insert into plan_subject (plan_id, person_id, group_key, group_name)
				select ?, p.id, coalesce(w.code, g.code), coalesce(w.name, g.name) from person p
				left join organisation w on w.id = p.workplace_id
				left join admin_unit g on g.id = p.residence_unit_id
				where p.id = any(?) on conflict do nothing""").params(planId, personIds.toArray(Long[]::new)).update();
	}

	public int addOrganisationSubjects(long planId, List<Long> organisationIds) {
		return jdbc.sql("""
				insert into plan_subject (plan_id, organisation_id, group_key, group_name)
				select ?, o.id, u.code, u.name from organisation o join admin_unit u on u.id = o.unit_id
				where o.id = any(?) on conflict do nothing""")
			.params(planId, organisationIds.toArray(Long[]::new))
			.update();
	}

	public void removeSubject(long planId, long subjectId) {
		jdbc.sql("delete from plan_subject where plan_id = ? and id = ?").params(planId, subjectId).update();
	}

	public List<AssignmentRow> assignments(long planId) {
		return jdbc.sql("select subject_id, focal_unit_id, pinned, reason from plan_assignment where plan_id = ?")
			.param(planId)
			.query((rs, n) -> new AssignmentRow(rs.getLong(1), rs.getLong(2), rs.getBoolean(3), rs.getString(4)))
			.list();
	}

	/** Replaces every assignment of the plan in one batch (pins included, as given). */
	public void replaceAssignments(long planId, List<AssignmentRow> rows) {
		jdbc.sql("delete from plan_assignment where plan_id = ?").param(planId).update();
		List<Object[]> batch = new ArrayList<>(rows.size());
		for (AssignmentRow r : rows) {
			batch.add(new Object[] { r.subjectId(), planId, r.focalUnitId(), r.pinned(), r.reason() });
		}
		template.batchUpdate(
				"insert into plan_assignment (subject_id, plan_id, focal_unit_id, pinned, reason) values (?, ?, ?, ?, ?)",
				batch);
	}

	public void pin(long planId, long subjectId, long unitId, String reason) {
		jdbc.sql(
				"""
						insert into plan_assignment (subject_id, plan_id, focal_unit_id, pinned, reason) values (?, ?, ?, true, ?)
						on conflict (subject_id) do update set focal_unit_id = excluded.focal_unit_id, pinned = true,
						  reason = excluded.reason""")
			.params(subjectId, planId, unitId, reason)
			.update();
	}

	public void unpin(long planId, long subjectId) {
		jdbc.sql("update plan_assignment set pinned = false, reason = null where plan_id = ? and subject_id = ?")
			.params(planId, subjectId)
			.update();
	}

	public List<DeclaredExclusion> declaredExclusions(long planId) {
		return jdbc.sql("""
				select e.subject_id, e.organisation_id, e.reason from plan_exclusion e
				join plan_subject s on s.id = e.subject_id where s.plan_id = ?""")
			.param(planId)
			.query((rs, n) -> new DeclaredExclusion(rs.getLong(1), rs.getLong(2), rs.getString(3)))
			.list();
	}

	public void declareExclusion(long subjectId, long organisationId, String reason) {
		jdbc.sql("""
				insert into plan_exclusion (subject_id, organisation_id, reason) values (?, ?, ?)
				on conflict (subject_id, organisation_id) do update set reason = excluded.reason""")
			.params(subjectId, organisationId, reason)
			.update();
	}

	public record DeclaredExclusion(long subjectId, long organisationId, String reason) {
	}

	/**
	 * Assignments of an earlier plan keyed by who the subject is (person or
	 * organisation).
	 */
	public List<PastAssignment> pastAssignments(long planId) {
		return jdbc.sql("""
				select s.person_id, s.organisation_id, a.focal_unit_id from plan_assignment a
				join plan_subject s on s.id = a.subject_id where a.plan_id = ?""")
			.param(planId)
			.query((rs, n) -> new PastAssignment((Long) rs.getObject(1), (Long) rs.getObject(2), rs.getLong(3)))
			.list();
	}

	public record PastAssignment(Long personId, Long organisationId, long unitId) {

		public String subjectKey() {
			return personId != null ? "P" + personId : "O" + organisationId;
		}
	}

	/**
	 * Organisations where each person holds an open position (offices held in an
	 * organisation).
	 */
	public List<long[]> openPositions(long planId) {
		return jdbc.sql("""
				select pp.person_id, pp.organisation_id from person_position pp
				join plan_subject s on s.person_id = pp.person_id
				where s.plan_id = ? and pp.valid_to is null and pp.organisation_id is not null""")
			.param(planId)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list();
	}

	static PlanRow planRow(ResultSet rs, int n) throws SQLException {
		return new PlanRow(rs.getLong("id"), rs.getLong("owner_id"), rs.getString("owner_name"),
				rs.getLong("owner_unit_id"), rs.getInt("year"), rs.getString("number"),
				rs.getObject("issued_on", LocalDate.class), rs.getString("title"), rs.getString("legal_bases"),
				rs.getString("content_items"), PlanStatus.valueOf(rs.getString("status")), rs.getInt("rotation_window"),
				rs.getInt("revision"), (Double) rs.getObject("balance"), (Double) rs.getObject("lower_bound"),
				(Boolean) rs.getObject("optimal"), (Integer) rs.getObject("groups_kept_whole"),
				rs.getObject("solved_at", OffsetDateTime.class), rs.getInt("version"));
	}

	static SubjectRow subjectRow(ResultSet rs, int n) throws SQLException {
		return new SubjectRow(rs.getLong("id"), (Long) rs.getObject("person_id"),
				(Long) rs.getObject("organisation_id"), rs.getString("code"), rs.getString("label"),
				rs.getString("position_title"), rs.getString("group_key"), rs.getString("group_name"),
				(Long) rs.getObject("workplace_id"));
	}

}
