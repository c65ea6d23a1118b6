package vn.giamsat.plans.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.giamsat.platform.audit.AuditLog;
import vn.giamsat.platform.security.OutOfScopeException;
import vn.giamsat.platform.web.Problem;
import vn.giamsat.platform.web.UserInputException;

/**
 * The plan's launch conference and skills workshop, and the member organisations'
 * comments.
 */
@Service
public class PlanEvents {

	public enum Kind {

		LAUNCH_CONFERENCE, SKILLS_WORKSHOP;

		public String messageKey() {
			return "plan.event." + name();
		}

	}

	public record Event(long id, Kind kind, LocalDate heldOn, String place, String participants, String minutes) {
	}

	public record Comment(String organisationName, String author, String text, OffsetDateTime at) {
	}

	private final JdbcClient jdbc;

	private final PlanAccess access;

	private final AuditLog audit;

	private final Clock clock;

	PlanEvents(JdbcClient jdbc, PlanAccess access, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public void addEvent(long planId, Kind kind, LocalDate heldOn, String place, String participants, String minutes) {
		access.requireOwner(planId);
		List<Problem> problems = new ArrayList<>();
		if (kind == null) {
			problems.add(Problem.of("kind", "plan.error.eventKind"));
		}
		if (heldOn == null) {
			problems.add(Problem.of("heldOn", "field.error.dateFormat"));
		}
		if (place == null || place.isBlank()) {
			problems.add(Problem.of("place", "plan.error.placeRequired"));
		}
		if ((participants != null && participants.length() > 5000) || (minutes != null && minutes.length() > 20000)) {
			problems.add(Problem.of("minutes", "field.error.nameTooLong", 20000));
		}
		if (!problems.isEmpty()) {
			throw new UserInputException(problems);
		}
		jdbc.sql(
				"insert into plan_event (plan_id, kind, held_on, place, participants, minutes) values (?, ?, ?, ?, ?, ?)")
			.params(planId, kind.name(), heldOn, place.strip(), participants == null ? "" : participants.strip(),
					minutes == null ? "" : minutes.strip())
			.update();
		audit.record("ADD_EVENT", "SupervisionPlan", planId, null,
				Map.of("kind", kind.name(), "heldOn", heldOn.toString(), "place", place.strip()));
	}

	@Transactional(readOnly = true)
	public List<Event> events(long planId) {
		return jdbc.sql(
				"select id, kind, held_on, place, participants, minutes from plan_event where plan_id = ? order by held_on")
			.param(planId)
			.query((rs, n) -> new Event(rs.getLong(1), Kind.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class),
					rs.getString(4), rs.getString(5), rs.getString(6)))
			.list();
	}

	/**
	 * A member organisation (or the owner) comments while the plan is under consultation.
	 */
	@Transactional
	public void comment(long planId, String text) {
		PlanRow plan = access.plan(planId);
		PlanAccess.View view = access.view(plan);
		if (view == PlanAccess.View.READER) {
			throw new OutOfScopeException();
		}
		if (!plan.status().openForComments()) {
			throw new UserInputException("text", "plan.error.notConsulting");
		}
		if (text == null || text.isBlank() || text.length() > 4000) {
			throw new UserInputException("text", "plan.error.commentLength");
		}
		jdbc.sql("insert into plan_comment (plan_id, organisation_id, author, text, created_at) values (?, ?, ?, ?, ?)")
			.params(planId, access.scope().organisationId(), access.scope().username(), text.strip(),
					OffsetDateTime.now(clock))
			.update();
		audit.record("COMMENT", "SupervisionPlan", planId, null, Map.of("text", text.strip()));
	}

	@Transactional(readOnly = true)
	public List<Comment> comments(long planId) {
		return jdbc
			.sql("""
					select o.name, c.author, c.text, c.created_at from plan_comment c join organisation o on o.id = c.organisation_id
					where c.plan_id = ? order by c.created_at""")
			.param(planId)
			.query((rs, n) -> new Comment(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getObject(4, OffsetDateTime.class)))
			.list();
	}

}
