package vn.giamsat.plans.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.giamsat.platform.web.Messages;

/**
 * This year's assignment against the owner's previous plan: who changed focal unit
 * (rotation), who kept it and why (a pin with its reason, or no rotation window), who is
 * new, who left the plan.
 */
@Component
public class PlanDiff {

	public enum Kind {

		CHANGED, KEPT, NEW, REMOVED;

		public String messageKey() {
			return "plan.diff." + name();
		}

	}

	public record Row(String label, String groupName, String previousUnit, String currentUnit, Kind kind, String why) {
	}

	public record Diff(PlanRow previous, List<Row> rows, long changed, long kept, long added, long removed) {
	}

	private final PlanStore store;

	private final JdbcClient jdbc;

	private final Messages messages;

	PlanDiff(PlanStore store, JdbcClient jdbc, Messages messages) {
		this.store = store;
		this.jdbc = jdbc;
		this.messages = messages;
	}

	public Optional<Diff> againstPrevious(PlanRow plan) {
		List<PlanRow> previous = store.previousPlans(plan.ownerId(), plan.year(), 1);
		if (previous.isEmpty()) {
			return Optional.empty();
		}
		PlanRow last = previous.get(0);
		Map<String, Long> before = new HashMap<>();
		store.pastAssignments(last.id()).forEach(a -> before.put(a.subjectKey(), a.unitId()));
		Map<Long, String> unitNames = unitNames(plan.id(), last.id());
		Map<Long, AssignmentRow> now = new HashMap<>();
		store.assignments(plan.id()).forEach(a -> now.put(a.subjectId(), a));
		List<Row> rows = new ArrayList<>();
		Map<String, Boolean> seen = new HashMap<>();
		for (SubjectRow s : store.subjects(plan.id())) {
			String key = s.isPerson() ? "P" + s.personId() : "O" + s.organisationId();
			seen.put(key, true);
			Long was = before.get(key);
			AssignmentRow is = now.get(s.id());
			String current = is == null ? null : unitNames.get(is.focalUnitId());
			if (was == null) {
				rows.add(new Row(s.label(), s.groupName(), null, current, Kind.NEW, messages.get("plan.diff.why.new")));
			}
			else if (is != null && is.focalUnitId() == was) {
				String why = is.pinned() ? messages.get("plan.why.pinned", is.reason())
						: messages.get("plan.diff.why.noRotation", plan.rotationWindow());
				rows.add(new Row(s.label(), s.groupName(), unitNames.get(was), current, Kind.KEPT, why));
			}
			else {
				rows.add(new Row(s.label(), s.groupName(), unitNames.get(was), current, Kind.CHANGED,
						messages.get("plan.diff.why.rotated", last.year())));
			}
		}
		for (var subject : jdbc
			.sql("""
					select s.person_id, s.organisation_id, coalesce(p.full_name, o.name), s.group_name, a.focal_unit_id
					from plan_subject s left join person p on p.id = s.person_id left join organisation o on o.id = s.organisation_id
					left join plan_assignment a on a.subject_id = s.id where s.plan_id = ?""")
			.param(last.id())
			.query((rs,
					n) -> new Object[] { rs.getObject(1) != null ? "P" + rs.getLong(1) : "O" + rs.getLong(2),
							rs.getString(3), rs.getString(4), rs.getObject(5) })
			.list()) {
			if (!seen.containsKey((String) subject[0])) {
				rows.add(new Row((String) subject[1], (String) subject[2],
						subject[3] == null ? null : unitNames.get(((Number) subject[3]).longValue()), null,
						Kind.REMOVED, messages.get("plan.diff.why.removed")));
			}
		}
		return Optional.of(new Diff(last, rows, count(rows, Kind.CHANGED), count(rows, Kind.KEPT),
				count(rows, Kind.NEW), count(rows, Kind.REMOVED)));
	}

	private static long count(List<Row> rows, Kind kind) {
		return rows.stream().filter(r -> r.kind() == kind).count();
	}

	private Map<Long, String> unitNames(long... planIds) {
		Map<Long, String> names = new HashMap<>();
		for (long id : planIds) {
			store.focalUnits(id).forEach(u -> names.put(u.organisationId(), u.name()));
		}
		return names;
	}

}
