package vn.giamsat.plans.internal.planner;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.giamsat.plans.internal.planner.PlannerInstance.SubjectSpec;
import vn.giamsat.plans.internal.planner.PlannerInstance.UnitSpec;

/** Builders and independent checks (brute force) shared by the planner tests. */
final class Instances {

	private Instances() {
	}

	static UnitSpec unit(String id, double capacity) {
		return new UnitSpec(id, capacity);
	}

	static SubjectSpec subject(String id, String group, String... forbidden) {
		return new SubjectSpec(id, group, Set.of(forbidden));
	}

	static SubjectSpec pinned(String id, String group, String pin) {
		return new SubjectSpec(id, group, Set.of(), pin);
	}

	static PlannerInstance instance(List<UnitSpec> units, List<SubjectSpec> subjects) {
		return new PlannerInstance(units, subjects);
	}

	static Map<String, String> unitBySubject(PlannerResult result) {
		Map<String, String> map = new HashMap<>();
		result.assignments().forEach(a -> map.put(a.subject(), a.unit()));
		return map;
	}

	/** Σ (L_j − t_j)² in doubles, straight from the definition. */
	static double balanceOf(PlannerInstance instance, int[] loads) {
		double total = instance.units().stream().mapToDouble(UnitSpec::capacity).sum();
		int n = instance.subjects().size();
		double sum = 0;
		for (int u = 0; u < loads.length; u++) {
			double d = loads[u] - n * instance.units().get(u).capacity() / total;
			sum += d * d;
		}
		return sum;
	}

	static int[] loadsOf(PlannerInstance instance, PlannerResult result) {
		Map<String, String> units = unitBySubject(result);
		int[] loads = new int[instance.units().size()];
		for (int u = 0; u < loads.length; u++) {
			String id = instance.units().get(u).id();
			loads[u] = (int) units.values().stream().filter(id::equals).count();
		}
		return loads;
	}

	/**
	 * Minimum balance over every assignment respecting forbidden sets and pins; NaN if
	 * none.
	 */
	static double bruteForceOptimum(PlannerInstance instance) {
		int n = instance.subjects().size();
		int m = instance.units().size();
		double[] best = { Double.NaN };
		enumerate(instance, new int[m], 0, n, m, best);
		return best[0];
	}

	private static void enumerate(PlannerInstance instance, int[] loads, int s, int n, int m, double[] best) {
		if (s == n) {
			double value = balanceOf(instance, loads);
			if (Double.isNaN(best[0]) || value < best[0]) {
				best[0] = value;
			}
			return;
		}
		SubjectSpec spec = instance.subjects().get(s);
		for (int u = 0; u < m; u++) {
			String id = instance.units().get(u).id();
			if (spec.forbidden().contains(id) || (spec.pinnedUnit() != null && !spec.pinnedUnit().equals(id))) {
				continue;
			}
			loads[u]++;
			enumerate(instance, loads, s + 1, n, m, best);
			loads[u]--;
		}
	}

	/**
	 * Minimum balance over all load vectors with Σ = N, ignoring forbidden sets and pins.
	 */
	static double bruteForceRelaxation(PlannerInstance instance) {
		int m = instance.units().size();
		double[] best = { Double.NaN };
		relax(instance, new int[m], 0, instance.subjects().size(), best);
		return best[0];
	}

	private static void relax(PlannerInstance instance, int[] loads, int u, int left, double[] best) {
		if (u == loads.length - 1) {
			loads[u] = left;
			double value = balanceOf(instance, loads);
			if (Double.isNaN(best[0]) || value < best[0]) {
				best[0] = value;
			}
			return;
		}
		for (int l = 0; l <= left; l++) {
			loads[u] = l;
			relax(instance, loads, u + 1, left - l, best);
		}
	}

	/** Subjects whose every unit is forbidden (and that are not pinned). */
	static Set<String> subjectsWithoutAllowedUnit(PlannerInstance instance) {
		Set<String> stuck = new HashSet<>();
		for (SubjectSpec s : instance.subjects()) {
			if (s.pinnedUnit() == null && instance.units().stream().allMatch(u -> s.forbidden().contains(u.id()))) {
				stuck.add(s.id());
			}
		}
		return stuck;
	}

}
