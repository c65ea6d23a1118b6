package vn.giamsat.plans.internal.planner;

import java.util.List;

/**
 * The plan found by {@link BalancedAssignmentSolver}, with the evidence of its quality.
 *
 * <p>
 * {@code optimal} is {@code true} only when the solver completed its optimality
 * certificate for the balance objective; then {@code lowerBound == balance}. Otherwise
 * {@code lowerBound} is the relaxation bound (ignoring forbidden sets), which is still a
 * proven lower bound, so the caller can show how far from optimal the plan may be.
 *
 * @param assignments one entry per subject, in the order of
 * {@link PlannerInstance#subjects()}
 * @param balance Σ over units of (load − target)²
 * @param lowerBound a proven lower bound of {@code balance} over all feasible plans
 * @param optimal whether {@code balance} is proven minimal
 * @param groupsKeptWhole number of groups (non-null {@code group}) whose subjects all got
 * one unit
 * @param millis wall-clock time spent in the solver
 */
public record PlannerResult(List<Assignment> assignments, double balance, double lowerBound, boolean optimal,
		int groupsKeptWhole, long millis) {

	public PlannerResult {
		assignments = List.copyOf(assignments);
	}

	/** Subject {@code subject} is supervised by unit {@code unit}. */
	public record Assignment(String subject, String unit) {
	}
}
