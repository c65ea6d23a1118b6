package vn.giamsat.plans.internal.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.giamsat.plans.internal.planner.Instances.instance;
import static vn.giamsat.plans.internal.planner.Instances.pinned;
import static vn.giamsat.plans.internal.planner.Instances.subject;
import static vn.giamsat.plans.internal.planner.Instances.unit;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidPlannerInputTest {

	private final BalancedAssignmentSolver solver = new BalancedAssignmentSolver();

	private List<PlannerProblem> problemsOf(PlannerInstance instance) {
		return problemsOf(instance, Duration.ofSeconds(5));
	}

	private List<PlannerProblem> problemsOf(PlannerInstance instance, Duration limit) {
		return catchThrowableOfType(InvalidPlannerInputException.class, () -> solver.solve(instance, limit)).problems();
	}

	@Test
	void rejectsEmptySubjectList() {
		assertThat(problemsOf(instance(List.of(unit("A", 1)), List.of())))
			.containsExactly(PlannerProblem.of("planner.error.noSubjects"));
	}

	@Test
	void rejectsEmptyUnitList() {
		assertThat(problemsOf(instance(List.of(), List.of(subject("P1", null)))))
			.containsExactly(PlannerProblem.of("planner.error.noUnits"));
	}

	@Test
	void rejectsZeroAndNegativeAndNanCapacity() {
		assertThat(problemsOf(instance(List.of(unit("A", 0), unit("B", -1.5), unit("C", Double.NaN), unit("D", 1)),
				List.of(subject("P1", null)))))
			.containsExactly(PlannerProblem.of("planner.error.capacityNotPositive", "A", "0.0"),
					PlannerProblem.of("planner.error.capacityNotPositive", "B", "-1.5"),
					PlannerProblem.of("planner.error.capacityNotPositive", "C", "NaN"));
	}

	@Test
	void rejectsInfiniteCapacity() {
		assertThat(problemsOf(instance(List.of(unit("A", Double.POSITIVE_INFINITY)), List.of(subject("P1", null)))))
			.containsExactly(PlannerProblem.of("planner.error.capacityNotFinite", "A", "Infinity"));
	}

	@Test
	void rejectsCapacityThatVanishesAtNineDecimals() {
		assertThat(problemsOf(instance(List.of(unit("A", 1e-12), unit("B", 1)), List.of(subject("P1", null)))))
			.containsExactly(PlannerProblem.of("planner.error.capacityTooSmall", "A", "1.0E-12"));
	}

	@Test
	void rejectsCapacitiesTooFarApartForExactArithmetic() {
		assertThat(problemsOf(instance(List.of(unit("A", 1e12), unit("B", 0.000000001)), List.of(subject("P1", null)))))
			.containsExactly(PlannerProblem.of("planner.error.capacitiesOutOfRange"));
	}

	@Test
	void rejectsDuplicateSubjectIds() {
		assertThat(problemsOf(instance(List.of(unit("A", 1)), List.of(subject("P1", null), subject("P1", null)))))
			.containsExactly(PlannerProblem.of("planner.error.duplicateSubject", "P1"));
	}

	@Test
	void rejectsDuplicateUnitIds() {
		assertThat(problemsOf(instance(List.of(unit("A", 1), unit("A", 2)), List.of(subject("P1", null)))))
			.containsExactly(PlannerProblem.of("planner.error.duplicateUnit", "A"));
	}

	@Test
	void rejectsBlankIds() {
		assertThat(problemsOf(instance(List.of(unit(" ", 1), unit("A", 1)), List.of(subject(null, null)))))
			.containsExactly(PlannerProblem.of("planner.error.blankUnitId", "1"),
					PlannerProblem.of("planner.error.blankSubjectId", "1"));
	}

	@Test
	void rejectsForbiddenNamingUnknownUnits() {
		assertThat(problemsOf(instance(List.of(unit("A", 1)), List.of(subject("P1", null, "Y", "X"))))).containsExactly(
				PlannerProblem.of("planner.error.forbiddenUnknownUnit", "P1", "X"),
				PlannerProblem.of("planner.error.forbiddenUnknownUnit", "P1", "Y"));
	}

	@Test
	void rejectsPinNamingUnknownUnit() {
		assertThat(problemsOf(instance(List.of(unit("A", 1)), List.of(pinned("P1", null, "Z")))))
			.containsExactly(PlannerProblem.of("planner.error.pinUnknownUnit", "P1", "Z"));
	}

	@Test
	void rejectsPinOnForbiddenUnit() {
		var spec = new PlannerInstance.SubjectSpec("P1", null, java.util.Set.of("A"), "A");
		assertThat(problemsOf(instance(List.of(unit("A", 1), unit("B", 1)), List.of(spec))))
			.containsExactly(PlannerProblem.of("planner.error.pinForbidden", "P1", "A"));
	}

	@Test
	void rejectsNonPositiveTimeLimit() {
		var valid = instance(List.of(unit("A", 1)), List.of(subject("P1", null)));
		assertThat(problemsOf(valid, Duration.ZERO))
			.containsExactly(PlannerProblem.of("planner.error.timeLimitNotPositive", "PT0S"));
	}

	@Test
	void reportsEveryProblemAtOnce() {
		assertThat(problemsOf(
				instance(List.of(unit("A", 0), unit("A", 1)), List.of(subject("P1", null, "Q"), subject("P1", null)))))
			.extracting(PlannerProblem::code)
			.containsExactlyInAnyOrder("planner.error.capacityNotPositive", "planner.error.duplicateUnit",
					"planner.error.forbiddenUnknownUnit", "planner.error.duplicateSubject");
	}

}
