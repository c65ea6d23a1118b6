package vn.giamsat.plans.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.giamsat.plans.PlanStatus;
import vn.giamsat.platform.audit.AuditLog;
import vn.giamsat.platform.web.Messages;
import vn.giamsat.platform.web.Problem;
import vn.giamsat.platform.web.UserInputException;

/**
 * Moves a plan through its life. Issuing needs every subject assigned, a number and a
 * date; amending needs a reason and keeps the assignments as they were in a new revision.
 */
@Service
public class PlanLifecycle {

	private final PlanStore store;

	private final PlanAccess access;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Messages messages;

	private final Clock clock;

	PlanLifecycle(PlanStore store, PlanAccess access, JdbcClient jdbc, AuditLog audit, Messages messages, Clock clock) {
		this.store = store;
		this.access = access;
		this.jdbc = jdbc;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	@Transactional
	public void move(long planId, int version, PlanStatus target, String note) {
		PlanRow plan = access.requireOwner(planId);
		if (!plan.status().next().contains(target)) {
			throw new UserInputException("status", "plan.error.transition", messages.get(plan.status().messageKey()),
					messages.get(target.messageKey()));
		}
		store.touch(planId, version);
		int revision = plan.revision();
		if (target == PlanStatus.ISSUED || (plan.status() == PlanStatus.AMENDED && target == PlanStatus.IN_PROGRESS)) {
			requireComplete(plan);
		}
		if (target == PlanStatus.AMENDED) {
			if (note == null || note.isBlank()) {
				throw new UserInputException("note", "plan.error.amendReason");
			}
			revision++;
			jdbc.sql("""
					insert into plan_revision (plan_id, revision, reason, created_at, created_by, assignments)
					values (?, ?, ?, ?, ?, ?)""")
				.params(planId, revision, note.strip(), OffsetDateTime.now(clock), access.scope().username(),
						snapshot(planId))
				.update();
		}
		store.setStatus(planId, target, revision);
		jdbc.sql(
				"insert into plan_transition (plan_id, from_status, to_status, at, by_user, note) values (?, ?, ?, ?, ?, ?)")
			.params(planId, plan.status().name(), target.name(), OffsetDateTime.now(clock), access.scope().username(),
					note == null || note.isBlank() ? null : note.strip())
			.update();
		audit.record("TRANSITION", "SupervisionPlan", planId, Map.of("status", plan.status().name()),
				Map.of("status", target.name(), "revision", revision));
	}

	private void requireComplete(PlanRow plan) {
		List<SubjectRow> subjects = store.subjects(plan.id());
		int assigned = store.assignments(plan.id()).size();
		if (subjects.isEmpty()) {
			throw new UserInputException("subjects", "plan.error.noSubjects");
		}
		if (assigned < subjects.size()) {
			throw new UserInputException("subjects", "plan.error.unassigned", subjects.size() - assigned);
		}
		if (plan.number() == null || plan.issuedOn() == null) {
			throw new UserInputException(List.of(Problem.of("number", "plan.error.numberAndDate")));
		}
	}

	private String snapshot(long planId) {
		return store.assignments(planId)
			.stream()
			.map(a -> a.subjectId() + ":" + a.focalUnitId())
			.collect(Collectors.joining(","));
	}

	public record Transition(PlanStatus from, PlanStatus to, OffsetDateTime at, String by, String note) {
	}

	@Transactional(readOnly = true)
	public List<Transition> history(long planId) {
		return jdbc
			.sql("select from_status, to_status, at, by_user, note from plan_transition where plan_id = ? order by id")
			.param(planId)
			.query((rs, n) -> new Transition(PlanStatus.valueOf(rs.getString(1)), PlanStatus.valueOf(rs.getString(2)),
					rs.getObject(3, OffsetDateTime.class), rs.getString(4), rs.getString(5)))
			.list();
	}

}
