package vn.giamsat.plans.internal.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;
import static vn.giamsat.plans.internal.planner.Instances.instance;
import static vn.giamsat.plans.internal.planner.Instances.pinned;
import static vn.giamsat.plans.internal.planner.Instances.subject;
import static vn.giamsat.plans.internal.planner.Instances.unit;
import static vn.giamsat.plans.internal.planner.Instances.unitBySubject;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.giamsat.plans.internal.planner.PlannerInstance.SubjectSpec;

class BalancedAssignmentSolverTest {

	private static final Duration LIMIT = Duration.ofSeconds(5);

	private final BalancedAssignmentSolver solver = new BalancedAssignmentSolver();

	@Test
	void neverAssignsAForbiddenUnit() {
		var instance = instance(List.of(unit("A", 1), unit("B", 1), unit("C", 1)),
				List.of(subject("P1", null, "A", "B"), subject("P2", null, "C"), subject("P3", null, "A"),
						subject("P4", null, "B", "C"), subject("P5", null, "A", "C")));
		Map<String, String> plan = unitBySubject(solver.solve(instance, LIMIT));
		assertThat(plan).containsEntry("P1", "C").containsEntry("P4", "A").containsEntry("P5", "B");
		assertThat(plan.get("P2")).isNotEqualTo("C");
		assertThat(plan.get("P3")).isNotEqualTo("A");
	}

	@Test
	void givesPinnedSubjectsTheirPinnedUnitEvenAgainstBalance() {
		var subjects = new ArrayList<SubjectSpec>();
		for (int i = 0; i < 4; i++) {
			subjects.add(pinned("P" + i, null, "A"));
		}
		subjects.add(subject("Q", null));
		PlannerResult result = solver.solve(instance(List.of(unit("A", 1), unit("B", 1)), subjects), LIMIT);
		Map<String, String> plan = unitBySubject(result);
		assertThat(plan).containsEntry("P0", "A")
			.containsEntry("P1", "A")
			.containsEntry("P2", "A")
			.containsEntry("P3", "A")
			.containsEntry("Q", "B");
		// loads (4, 1) against targets (2.5, 2.5): the pins make 4.5 the optimum
		assertThat(result.balance()).isCloseTo(4.5, within(1e-12));
		assertThat(result.optimal()).isTrue();
	}

	@Test
	void namesEverySubjectWithoutAllowedUnitWhenNoPlanExists() {
		var instance = instance(List.of(unit("A", 1), unit("B", 1)),
				List.of(subject("P1", null, "A", "B"), subject("P2", null, "A"), subject("P3", null, "B", "A")));
		var e = catchThrowableOfType(NoFeasiblePlanException.class, () -> solver.solve(instance, LIMIT));
		assertThat(e.subjectsWithoutAllowedUnit()).containsExactly("P1", "P3");
		assertThat(e.problems()).containsExactly(PlannerProblem.of("planner.error.noAllowedUnit", "P1"),
				PlannerProblem.of("planner.error.noAllowedUnit", "P3"));
	}

	@Test
	void reachesTheRelaxationBoundOnATightInstance() {
		var subjects = new ArrayList<SubjectSpec>();
		for (int i = 0; i < 10; i++) {
			subjects.add(subject("P" + i, "G" + (i / 3), i % 2 == 0 ? "A" : "C"));
		}
		var instance = instance(List.of(unit("A", 2.12), unit("B", 0.61), unit("C", 1.19)), subjects);
		PlannerResult result = solver.solve(instance, LIMIT);
		assertThat(result.optimal()).isTrue();
		assertThat(result.balance()).isEqualTo(result.lowerBound());
		assertThat(result.balance()).isCloseTo(Instances.bruteForceRelaxation(instance), within(1e-9));
	}

	@Test
	void readsCapacitiesAsDecimalsSoExactTargetsGiveZeroBalance() {
		// 0.1 and 0.2 are not exact binary fractions; targets must still be exactly 1 and
		// 2.
		var instance = instance(List.of(unit("A", 0.1), unit("B", 0.2)),
				List.of(subject("P1", null), subject("P2", null), subject("P3", null)));
		PlannerResult result = solver.solve(instance, LIMIT);
		assertThat(result.balance()).isZero();
		assertThat(result.lowerBound()).isZero();
	}

	@Test
	void provesOptimalityWhenForbiddenSetsMakeTheRelaxationBoundUnreachable() {
		// Four subjects can only go to A; the relaxation (2, 2, 2) is out of reach.
		var instance = instance(List.of(unit("A", 1), unit("B", 1), unit("C", 1)),
				List.of(subject("P1", "G1", "B", "C"), subject("P2", "G1", "B", "C"), subject("P3", "G2", "B", "C"),
						subject("P4", "G2", "B", "C"), subject("P5", "G2", "A"), subject("P6", null, "A", "B")));
		PlannerResult result = solver.solve(instance, LIMIT);
		double bruteForce = Instances.bruteForceOptimum(instance);
		assertThat(bruteForce).isGreaterThan(Instances.bruteForceRelaxation(instance));
		assertThat(result.optimal()).isTrue();
		assertThat(result.balance()).isCloseTo(bruteForce, within(1e-9));
		assertThat(result.lowerBound()).isEqualTo(result.balance());
	}

	@Test
	void shiftsLoadAlongAChainWhenNoDirectMoveHelps() {
		// A holds two subjects that may only go to B; B's subject may go to C. Only A→B→C
		// helps.
		var instance = instance(List.of(unit("A", 1), unit("B", 1), unit("C", 1)),
				List.of(subject("P1", null, "C"), subject("P2", null, "C"), subject("P3", null, "A")));
		CompiledInstance compiled = InstanceCompiler.compile(instance);
		AssignmentState state = new AssignmentState(compiled);
		state.assign(0, 0);
		state.assign(1, 0);
		state.assign(2, 1);
		BalanceObjective objective = new BalanceObjective(compiled);
		boolean proven = new LoadBalancer(compiled, state, objective, System.nanoTime() + 1_000_000_000L).balance();
		assertThat(proven).isTrue();
		assertThat(state.load).containsExactly(1, 1, 1);
		assertThat(state.unitOf[2]).isEqualTo(2);
	}

	@Test
	void keepsGroupsWholeWhenTheOptimalLoadsAllowIt() {
		// Targets (6, 3, 3): groups of 4+2, 3 and 3 fit exactly; a plain round robin
		// would split them.
		var subjects = new ArrayList<SubjectSpec>();
		String[] groups = { "BIG", "BIG", "BIG", "BIG", "X", "X", "X", "Y", "Y", "Y", "S", "S" };
		for (int i = 0; i < groups.length; i++) {
			subjects.add(subject("P" + i, groups[i], groups[i].equals("X") ? "A" : "C"));
		}
		var instance = instance(List.of(unit("A", 2), unit("B", 1), unit("C", 1)), subjects);
		PlannerResult result = solver.solve(instance, LIMIT);
		assertThat(result.balance()).isZero();
		assertThat(result.groupsKeptWhole()).isEqualTo(4);
		Map<String, String> plan = unitBySubject(result);
		assertThat(plan.get("P0")).isEqualTo(plan.get("P3"));
		assertThat(plan.get("P4")).isEqualTo(plan.get("P6")).isNotEqualTo("A");
	}

	@Test
	void returnsTheSamePlanForTheSameInput() {
		var subjects = new ArrayList<SubjectSpec>();
		for (int i = 0; i < 60; i++) {
			subjects.add(subject("P" + i, "G" + (i / 7), "U" + (i % 5)));
		}
		var units = List.of(unit("U0", 1), unit("U1", 2), unit("U2", 1.5), unit("U3", 1), unit("U4", 3));
		var instance = instance(units, subjects);
		assertThat(solver.solve(instance, LIMIT).assignments()).isEqualTo(solver.solve(instance, LIMIT).assignments());
	}

	@Test
	void returnsAPlanWithoutProofWhenTheTimeLimitRunsOutFirst() {
		var instance = instance(List.of(unit("A", 1), unit("B", 1), unit("C", 1)),
				List.of(subject("P1", null, "C"), subject("P2", null, "C"), subject("P3", null, "C"),
						subject("P4", null, "A", "B"), subject("P5", null, "C")));
		CompiledInstance compiled = InstanceCompiler.compile(instance);
		AssignmentState state = new AssignmentState(compiled);
		for (int s = 0; s < 5; s++) {
			state.assign(s, s == 3 ? 2 : 0);
		}
		var balancer = new LoadBalancer(compiled, state, new BalanceObjective(compiled), System.nanoTime() - 1);
		assertThat(balancer.balance()).isFalse();

		PlannerResult result = solver.solve(instance, Duration.ofNanos(1));
		assertThat(result.assignments()).hasSize(5);
		assertThat(result.lowerBound()).isLessThanOrEqualTo(result.balance());
		if (!result.optimal()) {
			assertThat(result.lowerBound()).isCloseTo(Instances.bruteForceRelaxation(instance), within(1e-9));
		}
	}

}
