package vn.giamsat.plans.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Gathers what the rules need for a plan, with an optional rotation window for what-if
 * runs.
 */
@Component
public class PlanFacts {

	private final PlanStore store;

	PlanFacts(PlanStore store) {
		this.store = store;
	}

	public AssignmentRules.Facts of(PlanRow plan, List<FocalUnitRow> units, int rotationWindow) {
		List<SubjectRow> subjects = store.subjects(plan.id());
		List<AssignmentRules.PastPlan> history = new ArrayList<>();
		if (rotationWindow > 0) {
			for (PlanRow past : store.previousPlans(plan.ownerId(), plan.year(), rotationWindow)) {
				history.add(new AssignmentRules.PastPlan(past.year(), store.pastAssignments(past.id())));
			}
		}
		Map<Long, Set<Long>> offices = new HashMap<>();
		for (long[] pair : store.openPositions(plan.id())) {
			offices.computeIfAbsent(pair[0], k -> new HashSet<>()).add(pair[1]);
		}
		return new AssignmentRules.Facts(subjects, units, history, offices, store.declaredExclusions(plan.id()));
	}

	/**
	 * How many earlier plans the owner has: a window larger than this only looks at what
	 * exists.
	 */
	public int historySize(PlanRow plan) {
		return store.previousPlans(plan.ownerId(), plan.year(), 1000).size();
	}

}
