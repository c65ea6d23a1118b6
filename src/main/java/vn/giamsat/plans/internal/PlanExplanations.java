package vn.giamsat.plans.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.giamsat.plans.Exclusion;
import vn.giamsat.platform.web.Messages;

/**
 * For every subject: which units were allowed, which were excluded and by which rule, and
 * why the chosen unit: an officer's pin, the only unit left, or the planner's balance and
 * grouping.
 */
@Component
public class PlanExplanations {

	private final PlanStore store;

	private final PlanFacts facts;

	private final Messages messages;

	PlanExplanations(PlanStore store, PlanFacts facts, Messages messages) {
		this.store = store;
		this.facts = facts;
		this.messages = messages;
	}

	public record Explained(List<AssignmentView> rows, List<UnitLoad> loads) {
	}

	public Explained explain(PlanRow plan, Long onlyUnit) {
		List<FocalUnitRow> units = store.focalUnits(plan.id());
		AssignmentRules.Facts f = facts.of(plan, units, plan.rotationWindow());
		Map<Long, List<Exclusion>> exclusions = AssignmentRules.exclusions(f);
		Map<Long, AssignmentRow> assigned = store.assignments(plan.id())
			.stream()
			.collect(Collectors.toMap(AssignmentRow::subjectId, a -> a));
		Map<Long, String> names = new HashMap<>();
		units.forEach(u -> names.put(u.organisationId(), u.name()));
		List<UnitLoad> loads = loads(units, assigned, f.subjects().size());
		Map<Long, UnitLoad> loadByUnit = loads.stream().collect(Collectors.toMap(UnitLoad::organisationId, l -> l));
		Map<String, List<Long>> groups = new HashMap<>();
		f.subjects()
			.forEach(s -> groups.computeIfAbsent(String.valueOf(s.groupKey()), k -> new ArrayList<>()).add(s.id()));
		List<AssignmentView> rows = new ArrayList<>();
		for (SubjectRow s : f.subjects()) {
			AssignmentRow a = assigned.get(s.id());
			if (onlyUnit != null && (a == null || a.focalUnitId() != onlyUnit)) {
				continue;
			}
			List<Exclusion> ex = exclusions.get(s.id());
			Set<Long> removed = ex.stream().map(Exclusion::unitId).collect(Collectors.toSet());
			List<String> allowed = units.stream()
				.filter(u -> !removed.contains(u.organisationId()))
				.map(FocalUnitRow::name)
				.toList();
			List<String> excluded = ex.stream()
				.map(e -> names.get(e.unitId()) + ": " + messages.get(e.rule().messageKey(), e.detail()))
				.toList();
			rows.add(new AssignmentView(s.id(), s.code(), s.label(), s.position(), s.groupName(),
					a == null ? null : a.focalUnitId(), a == null ? null : names.get(a.focalUnitId()),
					a != null && a.pinned(), a == null ? null : a.reason(), allowed, excluded,
					why(s, a, allowed.size(), loadByUnit, groups, assigned)));
		}
		return new Explained(rows, loads);
	}

	private List<String> why(SubjectRow s, AssignmentRow a, int allowedCount, Map<Long, UnitLoad> loads,
			Map<String, List<Long>> groups, Map<Long, AssignmentRow> assigned) {
		List<String> why = new ArrayList<>();
		if (a == null) {
			why.add(messages.get("plan.why.unassigned"));
			return why;
		}
		if (a.pinned()) {
			why.add(messages.get("plan.why.pinned", a.reason()));
			return why;
		}
		if (allowedCount == 1) {
			why.add(messages.get("plan.why.onlyAllowed"));
		}
		UnitLoad load = loads.get(a.focalUnitId());
		if (load != null) {
			why.add(messages.get("plan.why.balance", load.name(), load.load(), String.format("%.2f", load.target())));
		}
		List<Long> group = groups.getOrDefault(String.valueOf(s.groupKey()), List.of());
		if (group.size() > 1) {
			long together = group.stream()
				.filter(id -> assigned.containsKey(id) && assigned.get(id).focalUnitId() == a.focalUnitId())
				.count();
			why.add(messages.get("plan.why.group", together, group.size(), s.groupName()));
		}
		return why;
	}

	public static List<UnitLoad> loads(List<FocalUnitRow> units, Map<Long, AssignmentRow> assigned, int subjects) {
		double total = units.stream().mapToDouble(u -> u.capacity().doubleValue()).sum();
		Map<Long, Integer> count = new HashMap<>();
		assigned.values().forEach(a -> count.merge(a.focalUnitId(), 1, Integer::sum));
		return units.stream()
			.map(u -> new UnitLoad(u.organisationId(), u.name(), u.capacity(),
					count.getOrDefault(u.organisationId(), 0),
					total == 0 ? 0 : subjects * u.capacity().doubleValue() / total))
			.toList();
	}

}
