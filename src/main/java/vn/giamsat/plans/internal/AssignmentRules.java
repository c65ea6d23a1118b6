package vn.giamsat.plans.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.giamsat.plans.Exclusion;
import vn.giamsat.plans.ExclusionRule;

/**
 * Where rotation and conflicts of interest are decided: for every subject, which focal
 * units it may not get and by which rule. One method per rule, so that each can be read
 * and tested alone; the planner only ever sees the result as forbidden sets.
 */
public final class AssignmentRules {

	/** An earlier plan of the same owner: its year and who supervised whom. */
	public record PastPlan(int year, List<PlanStore.PastAssignment> assignments) {
	}

	/**
	 * Everything the rules look at. {@code offices}: person id → organisations where they
	 * hold office.
	 */
	public record Facts(List<SubjectRow> subjects, List<FocalUnitRow> units, List<PastPlan> history,
			Map<Long, Set<Long>> offices, List<PlanStore.DeclaredExclusion> declared) {
	}

	private AssignmentRules() {
	}

	/**
	 * Subject id → every exclusion that applies to it (possibly several rules for one
	 * unit).
	 */
	public static Map<Long, List<Exclusion>> exclusions(Facts facts) {
		Map<Long, List<Exclusion>> out = new HashMap<>();
		for (SubjectRow s : facts.subjects()) {
			List<Exclusion> list = new ArrayList<>();
			rotation(s, facts, list);
			ownOrganisation(s, facts, list);
			self(s, facts, list);
			declared(s, facts, list);
			out.put(s.id(), list);
		}
		return out;
	}

	/**
	 * A subject may not get a unit that supervised it in the last K plans (the history
	 * given).
	 */
	static void rotation(SubjectRow s, Facts facts, List<Exclusion> out) {
		String key = s.isPerson() ? "P" + s.personId() : "O" + s.organisationId();
		for (PastPlan past : facts.history()) {
			for (PlanStore.PastAssignment a : past.assignments()) {
				if (a.subjectKey().equals(key) && isUnit(facts, a.unitId())) {
					out.add(new Exclusion(a.unitId(), ExclusionRule.ROTATION, String.valueOf(past.year())));
				}
			}
		}
	}

	/**
	 * An organisation never supervises its own leaders or members who hold office in it.
	 */
	static void ownOrganisation(SubjectRow s, Facts facts, List<Exclusion> out) {
		if (!s.isPerson()) {
			return;
		}
		Set<Long> own = new HashSet<>(facts.offices().getOrDefault(s.personId(), Set.of()));
		if (s.workplaceId() != null) {
			own.add(s.workplaceId());
		}
		for (FocalUnitRow u : facts.units()) {
			if (own.contains(u.organisationId())) {
				out.add(new Exclusion(u.organisationId(), ExclusionRule.OWN_ORGANISATION, u.name()));
			}
		}
	}

	/** An organisation subject is never its own focal unit. */
	static void self(SubjectRow s, Facts facts, List<Exclusion> out) {
		if (s.organisationId() != null && isUnit(facts, s.organisationId())) {
			out.add(new Exclusion(s.organisationId(), ExclusionRule.SELF, s.label()));
		}
	}

	/** Conflicts declared by an officer for this pair. */
	static void declared(SubjectRow s, Facts facts, List<Exclusion> out) {
		for (PlanStore.DeclaredExclusion d : facts.declared()) {
			if (d.subjectId() == s.id() && isUnit(facts, d.organisationId())) {
				out.add(new Exclusion(d.organisationId(), ExclusionRule.DECLARED, d.reason()));
			}
		}
	}

	private static boolean isUnit(Facts facts, long organisationId) {
		return facts.units().stream().anyMatch(u -> u.organisationId() == organisationId);
	}

}
