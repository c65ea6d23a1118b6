package vn.giamsat.cultivation.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.giamsat.cultivation.CultivationStatus;
import vn.giamsat.cultivation.internal.checks.Area;

/** Plans and commitments in plain SQL; every change checks the plan's version. */
@Component
public class CultivationPlanStore {

	public record PlanRow(long id, long personId, int year, CultivationStatus status, String weaknesses, int revision,
			String returnReason, Integer specificityScore, int version) {
	}

	private final JdbcClient jdbc;

	CultivationPlanStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<PlanRow> plan(long id) {
		return jdbc.sql("""
				select id, person_id, year, status, weaknesses, revision, return_reason, specificity_score, version
				from cultivation_plan where id = ?""")
			.param(id)
			.query((rs, n) -> new PlanRow(rs.getLong(1), rs.getLong(2), rs.getInt(3),
					CultivationStatus.valueOf(rs.getString(4)), rs.getString(5), rs.getInt(6), rs.getString(7),
					(Integer) rs.getObject(8), rs.getInt(9)))
			.optional();
	}

	public Optional<Long> planOf(long personId, int year) {
		return jdbc.sql("select id from cultivation_plan where person_id = ? and year = ?")
			.params(personId, year)
			.query(Long.class)
			.optional();
	}

	public long create(long personId, int year, String weaknesses, String enteredBy) {
		return jdbc
			.sql("""
					insert into cultivation_plan (person_id, year, status, weaknesses, entered_by) values (?, ?, 'DRAFT', ?, ?)
					returning id""")
			.params(personId, year, weaknesses, enteredBy)
			.query(Long.class)
			.single();
	}

	public void touch(long id, int expectedVersion) {
		if (jdbc.sql("update cultivation_plan set version = version + 1 where id = ? and version = ?")
			.params(id, expectedVersion)
			.update() == 0) {
			throw new OptimisticLockingFailureException("cultivation plan " + id + " changed");
		}
	}

	public void replaceText(long id, String weaknesses, List<CommitmentDraft> commitments) {
		jdbc.sql("update cultivation_plan set weaknesses = ? where id = ?").params(weaknesses, id).update();
		jdbc.sql("delete from cultivation_commitment where plan_id = ?").param(id).update();
		int position = 0;
		for (CommitmentDraft c : commitments) {
			jdbc.sql("""
					insert into cultivation_commitment (plan_id, position, area, action, measure, deadline, criteria)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(id, ++position, c.area().name(), c.action().strip(),
						c.measure() == null ? "" : c.measure().strip(), c.deadline(), String.join(";", c.criteria()))
				.update();
		}
	}

	public List<CommitmentDraft> commitments(long id) {
		return jdbc.sql(
				"select area, action, measure, deadline, criteria from cultivation_commitment where plan_id = ? order by position")
			.param(id)
			.query((rs, n) -> new CommitmentDraft(Area.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
					rs.getObject(4, LocalDate.class),
					rs.getString(5).isEmpty() ? List.of() : Arrays.asList(rs.getString(5).split(";"))))
			.list();
	}

	public void setStatus(long id, CultivationStatus status) {
		jdbc.sql("update cultivation_plan set status = ? where id = ?").params(status.name(), id).update();
	}

	public void submitted(long id, int score, OffsetDateTime at) {
		jdbc.sql(
				"update cultivation_plan set status = 'SUBMITTED', submitted_at = ?, specificity_score = ? where id = ?")
			.params(at, score, id)
			.update();
	}

	public void decided(long id, CultivationStatus status, String by, String reason, OffsetDateTime at) {
		jdbc.sql(
				"""
						update cultivation_plan set status = ?, decided_by = ?, decided_at = ?, return_reason = ? where id = ?""")
			.params(status.name(), by, at, reason, id)
			.update();
	}

	/** Keeps the revision as it was decided, then starts the next one. */
	public void keepRevision(long id, int revision, String content, String decision, String reason, OffsetDateTime at) {
		jdbc.sql("""
				insert into cultivation_plan_revision (plan_id, revision, content, decision, reason, recorded_at)
				values (?, ?, ?, ?, ?, ?) on conflict (plan_id, revision) do nothing""")
			.params(id, revision, content, decision, reason, at)
			.update();
	}

	public void nextRevision(long id) {
		jdbc.sql("update cultivation_plan set revision = revision + 1, status = 'DRAFT' where id = ?")
			.param(id)
			.update();
	}

	public List<String> revisions(long id) {
		return jdbc.sql(
				"select revision || ':' || coalesce(decision, '') from cultivation_plan_revision where plan_id = ? order by revision")
			.param(id)
			.query(String.class)
			.list();
	}

	public boolean criterionActive(String code) {
		return jdbc.sql("select count(*) from criterion where code = ? and not retired")
			.param(code)
			.query(Long.class)
			.single() > 0;
	}

}
