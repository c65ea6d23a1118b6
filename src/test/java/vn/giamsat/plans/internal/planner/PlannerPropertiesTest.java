package vn.giamsat.plans.internal.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.giamsat.plans.internal.planner.PlannerInstance.SubjectSpec;
import vn.giamsat.plans.internal.planner.PlannerInstance.UnitSpec;

/** Random tiny instances, checked against brute force over every possible assignment. */
class PlannerPropertiesTest {

	private static final Duration LIMIT = Duration.ofSeconds(5);

	private final BalancedAssignmentSolver solver = new BalancedAssignmentSolver();

	@Property(tries = 250)
	void everyPlanSatisfiesEveryHardRuleOrNamesExactlyTheStuckSubjects(@ForAll("instances") PlannerInstance instance) {
		Set<String> stuck = Instances.subjectsWithoutAllowedUnit(instance);
		if (!stuck.isEmpty()) {
			var e = catchThrowableOfType(NoFeasiblePlanException.class, () -> solver.solve(instance, LIMIT));
			assertThat(e.subjectsWithoutAllowedUnit()).containsExactlyInAnyOrderElementsOf(stuck);
			return;
		}
		PlannerResult result = solver.solve(instance, LIMIT);
		assertThat(result.assignments()).extracting(PlannerResult.Assignment::subject)
			.containsExactlyElementsOf(instance.subjects().stream().map(SubjectSpec::id).toList());
		Set<String> unitIds = new HashSet<>();
		instance.units().forEach(u -> unitIds.add(u.id()));
		for (int s = 0; s < instance.subjects().size(); s++) {
			SubjectSpec spec = instance.subjects().get(s);
			String unit = result.assignments().get(s).unit();
			assertThat(unitIds).contains(unit);
			assertThat(spec.forbidden()).doesNotContain(unit);
			if (spec.pinnedUnit() != null) {
				assertThat(unit).isEqualTo(spec.pinnedUnit());
			}
		}
		assertThat(result.groupsKeptWhole()).isEqualTo(groupsKeptWhole(instance, result));
	}

	@Property(tries = 250)
	void balanceEqualsTheBruteForceOptimumAndIsProven(@ForAll("instances") PlannerInstance instance) {
		double optimum = Instances.bruteForceOptimum(instance);
		if (Double.isNaN(optimum)) {
			return; // infeasible: covered by the property above
		}
		PlannerResult result = solver.solve(instance, LIMIT);
		assertThat(result.optimal()).isTrue();
		assertThat(result.balance()).isCloseTo(optimum, within(1e-9));
		assertThat(result.lowerBound()).isEqualTo(result.balance());
		assertThat(Instances.balanceOf(instance, Instances.loadsOf(instance, result))).isCloseTo(result.balance(),
				within(1e-9));
	}

	@Property(tries = 200)
	void balanceEqualsTheRelaxationBoundWheneverThatBoundIsReachable(@ForAll("instances") PlannerInstance instance) {
		double optimum = Instances.bruteForceOptimum(instance);
		double relaxation = Instances.bruteForceRelaxation(instance);
		if (Double.isNaN(optimum) || Math.abs(optimum - relaxation) > 1e-9) {
			return;
		}
		PlannerResult result = solver.solve(instance, LIMIT);
		assertThat(result.balance()).isCloseTo(relaxation, within(1e-9));
		assertThat(result.lowerBound()).isEqualTo(result.balance());
	}

	@Property(tries = 100)
	void sameInputGivesTheSamePlan(@ForAll("instances") PlannerInstance instance) {
		if (!Instances.subjectsWithoutAllowedUnit(instance).isEmpty()) {
			return;
		}
		assertThat(solver.solve(instance, LIMIT).assignments()).isEqualTo(solver.solve(instance, LIMIT).assignments());
	}

	private static int groupsKeptWhole(PlannerInstance instance, PlannerResult result) {
		Map<String, Set<String>> unitsByGroup = new HashMap<>();
		for (int s = 0; s < instance.subjects().size(); s++) {
			String group = instance.subjects().get(s).group();
			if (group != null) {
				unitsByGroup.computeIfAbsent(group, g -> new HashSet<>()).add(result.assignments().get(s).unit());
			}
		}
		return (int) unitsByGroup.values().stream().filter(units -> units.size() == 1).count();
	}

	@Provide
	Arbitrary<PlannerInstance> instances() {
		Arbitrary<List<Double>> capacities = Arbitraries.of(0.5, 1.0, 1.5, 2.0, 3.0, 0.1, 2.12)
			.list()
			.ofMinSize(1)
			.ofMaxSize(4);
		return capacities.flatMap(caps -> {
			int m = caps.size();
			Arbitrary<SubjectSpec> subject = Combinators
				.combine(Arbitraries.of("G1", "G2", "G3", "none"), Arbitraries.integers().between(0, (1 << m) - 1),
						Arbitraries.integers().between(-3 * m, m - 1)) // negative: no pin
																		// (mostly)
				.as((group, mask, pin) -> {
					Set<String> forbidden = new HashSet<>();
					for (int u = 0; u < m; u++) {
						// Sparse masks: forbid a unit only when its bit is set in two
						// draws.
						if ((mask & (1 << u)) != 0 && ((mask >> 1) & (1 << u)) != 0) {
							forbidden.add("U" + u);
						}
					}
					String pinned = pin >= 0 ? "U" + pin : null;
					if (pinned != null) {
						forbidden.remove(pinned);
					}
					return new SubjectSpec("tmp", group.equals("none") ? null : group, forbidden, pinned);
				});
			int maxSubjects = m <= 2 ? 9 : m == 3 ? 8 : 7;
			return subject.list().ofMinSize(1).ofMaxSize(maxSubjects).map(specs -> {
				List<UnitSpec> units = new ArrayList<>();
				for (int u = 0; u < m; u++) {
					units.add(new UnitSpec("U" + u, caps.get(u)));
				}
				List<SubjectSpec> subjects = new ArrayList<>();
				for (int s = 0; s < specs.size(); s++) {
					SubjectSpec spec = specs.get(s);
					subjects.add(new SubjectSpec("P" + s, spec.group(), spec.forbidden(), spec.pinnedUnit()));
				}
				return new PlannerInstance(units, subjects);
			});
		});
	}

}
