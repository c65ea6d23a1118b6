package vn.giamsat.plans.internal.planner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.giamsat.plans.internal.planner.PlannerInstance.SubjectSpec;
import vn.giamsat.plans.internal.planner.PlannerInstance.UnitSpec;

/**
 * Checks a {@link PlannerInstance} and turns it into a {@link CompiledInstance}. Collects
 * every problem before failing so that a user sees all of them at once.
 */
final class InstanceCompiler {

	static final String NO_UNITS = "planner.error.noUnits";
	static final String NO_SUBJECTS = "planner.error.noSubjects";
	static final String BLANK_UNIT_ID = "planner.error.blankUnitId";
	static final String DUPLICATE_UNIT = "planner.error.duplicateUnit";
	static final String BLANK_SUBJECT_ID = "planner.error.blankSubjectId";
	static final String DUPLICATE_SUBJECT = "planner.error.duplicateSubject";
	static final String FORBIDDEN_UNKNOWN_UNIT = "planner.error.forbiddenUnknownUnit";
	static final String PIN_UNKNOWN_UNIT = "planner.error.pinUnknownUnit";
	static final String PIN_FORBIDDEN = "planner.error.pinForbidden";

	private InstanceCompiler() {
	}

	static CompiledInstance compile(PlannerInstance instance) {
		List<PlannerProblem> problems = new ArrayList<>();
		List<UnitSpec> units = instance.units();
		List<SubjectSpec> subjects = instance.subjects();
		if (units.isEmpty()) {
			problems.add(PlannerProblem.of(NO_UNITS));
		}
		if (subjects.isEmpty()) {
			problems.add(PlannerProblem.of(NO_SUBJECTS));
		}
		Map<String, Integer> unitIndex = new HashMap<>();
		String[] unitIds = new String[units.size()];
		double[] capacities = new double[units.size()];
		for (int u = 0; u < units.size(); u++) {
			UnitSpec spec = units.get(u);
			unitIds[u] = spec.id();
			capacities[u] = spec.capacity();
			if (spec.id() == null || spec.id().isBlank()) {
				problems.add(PlannerProblem.of(BLANK_UNIT_ID, String.valueOf(u + 1)));
			}
			else if (unitIndex.putIfAbsent(spec.id(), u) != null) {
				problems.add(PlannerProblem.of(DUPLICATE_UNIT, spec.id()));
			}
		}
		long[] weight = CapacityScaler.scale(unitIds, capacities, subjects.size(), problems);

		int n = subjects.size();
		String[] subjectIds = new String[n];
		int[][] forbidden = new int[n][];
		int[] pinned = new int[n];
		int[] groupOf = new int[n];
		Map<String, Integer> subjectIndex = new HashMap<>();
		Map<String, Integer> groupIndex = new HashMap<>();
		for (int s = 0; s < n; s++) {
			SubjectSpec spec = subjects.get(s);
			String id = spec.id();
			subjectIds[s] = id;
			if (id == null || id.isBlank()) {
				problems.add(PlannerProblem.of(BLANK_SUBJECT_ID, String.valueOf(s + 1)));
			}
			else if (subjectIndex.putIfAbsent(id, s) != null) {
				problems.add(PlannerProblem.of(DUPLICATE_SUBJECT, id));
			}
			forbidden[s] = forbiddenIndices(spec, unitIndex, problems);
			pinned[s] = pinIndex(spec, unitIndex, problems);
			groupOf[s] = spec.group() == null ? -1 : groupIndex.computeIfAbsent(spec.group(), g -> groupIndex.size());
		}
		if (!problems.isEmpty()) {
			throw new InvalidPlannerInputException(problems);
		}
		return new CompiledInstance(unitIds, subjectIds, weight, forbidden, pinned, groupOf, groupIndex.size());
	}

	private static int[] forbiddenIndices(SubjectSpec spec, Map<String, Integer> unitIndex,
			List<PlannerProblem> problems) {
		int[] result = new int[spec.forbidden().size()];
		int k = 0;
		boolean unknown = false;
		for (String unit : spec.forbidden()) {
			Integer u = unitIndex.get(unit);
			if (u == null) {
				unknown = true;
			}
			else {
				result[k++] = u;
			}
		}
		if (unknown) {
			// Sorted so the reported problems do not depend on the Set's iteration order.
			spec.forbidden()
				.stream()
				.filter(unit -> !unitIndex.containsKey(unit))
				.sorted()
				.forEach(unit -> problems
					.add(PlannerProblem.of(FORBIDDEN_UNKNOWN_UNIT, String.valueOf(spec.id()), unit)));
		}
		int[] sorted = Arrays.copyOf(result, k);
		Arrays.sort(sorted);
		return sorted;
	}

	private static int pinIndex(SubjectSpec spec, Map<String, Integer> unitIndex, List<PlannerProblem> problems) {
		if (spec.pinnedUnit() == null) {
			return -1;
		}
		Integer u = unitIndex.get(spec.pinnedUnit());
		if (u == null) {
			problems.add(PlannerProblem.of(PIN_UNKNOWN_UNIT, String.valueOf(spec.id()), spec.pinnedUnit()));
			return -1;
		}
		if (spec.forbidden().contains(spec.pinnedUnit())) {
			problems.add(PlannerProblem.of(PIN_FORBIDDEN, String.valueOf(spec.id()), spec.pinnedUnit()));
			return -1;
		}
		return u;
	}

}
