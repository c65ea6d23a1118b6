package vn.giamsat.plans.internal.planner;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Assigns every subject exactly one focal supervising unit, never a forbidden one,
 * minimising first the balance Σ_j (load_j − target_j)² (target_j = N·capacity_j ÷ Σ
 * capacity) with a proof of optimality, then keeping the subjects of each group under as
 * few units as possible.
 *
 * <p>
 * Why a dedicated exact method instead of a generic solver: the balance depends only on
 * the load vector, so the problem is a convex-cost flow whose optimality can be certified
 * by the absence of an improving transfer path (see {@link LoadBalancer}). The steps are:
 * <ol>
 * <li>compute the relaxation optimum ignoring forbidden sets
 * ({@link BalanceObjective#relaxedLoads}); its value is a lower bound for every
 * plan;</li>
 * <li>pack whole groups into those target loads ({@link GroupPacker}), with each of its
 * {@link GroupPacker.Strategy strategies};</li>
 * <li>if the loads reached are not optimal for the relaxation, shift load along transfer
 * paths until no improving path exists ({@link LoadBalancer}) — which proves
 * optimality;</li>
 * <li>with the optimal loads fixed, move subjects in load-neutral exchanges to reunite
 * split groups ({@link GroupConsolidator}).</li>
 * </ol>
 * Of the resulting plans, all proven optimal in balance, the one keeping most groups
 * whole wins. Deterministic: no randomness, ties broken by input order. Thread-safe: no
 * shared state.
 */
public final class BalancedAssignmentSolver {

	static final String TIME_LIMIT_NOT_POSITIVE = "planner.error.timeLimitNotPositive";

	/**
	 * Solves the instance within {@code limit}. If the limit expires before optimality is
	 * proven, returns the best plan found with {@code optimal = false} and the relaxation
	 * lower bound.
	 * @throws InvalidPlannerInputException if the instance is malformed
	 * @throws NoFeasiblePlanException if some subject has no allowed unit
	 */
	public PlannerResult solve(PlannerInstance instance, Duration limit) {
		long start = System.nanoTime();
		if (limit == null || limit.isNegative() || limit.isZero()) {
			throw new InvalidPlannerInputException(
					List.of(PlannerProblem.of(TIME_LIMIT_NOT_POSITIVE, String.valueOf(limit))));
		}
		long deadline = start + Math.min(limit.toNanos(), Long.MAX_VALUE / 4);
		CompiledInstance compiled = InstanceCompiler.compile(instance);
		requireFeasible(compiled);

		BalanceObjective objective = new BalanceObjective(compiled);
		int[] targetLoads = objective.relaxedLoads();
		double relaxationBound = objective.value(targetLoads);
		// Several starting packings; all end at the same proven-optimal balance, keep the
		// one with
		// the most whole groups (ties: the earlier strategy, for determinism).
		AssignmentState state = null;
		boolean optimal = false;
		for (GroupPacker.Strategy strategy : GroupPacker.Strategy.values()) {
			AssignmentState candidate = new AssignmentState(compiled);
			boolean proven = improve(compiled, objective, targetLoads, candidate, strategy, deadline);
			if (state == null || (proven && candidate.groupsKeptWhole() > state.groupsKeptWhole())) {
				state = candidate;
				optimal = proven;
			}
			if (!proven) {
				break; // out of time: keep what we have
			}
		}
		double balance = objective.value(state.load);
		List<PlannerResult.Assignment> assignments = new ArrayList<>(compiled.subjectCount);
		for (int s = 0; s < compiled.subjectCount; s++) {
			assignments.add(new PlannerResult.Assignment(compiled.subjectIds[s], compiled.unitIds[state.unitOf[s]]));
		}
		long millis = (System.nanoTime() - start) / 1_000_000;
		return new PlannerResult(assignments, balance, optimal ? balance : relaxationBound, optimal,
				state.groupsKeptWhole(), millis);
	}

	/**
	 * Packs, balances to proven optimality and consolidates groups; false if out of time.
	 */
	private static boolean improve(CompiledInstance compiled, BalanceObjective objective, int[] targetLoads,
			AssignmentState state, GroupPacker.Strategy strategy, long deadline) {
		new GroupPacker(compiled, state, targetLoads).pack(strategy);
		boolean optimal = objective.isUnconstrainedOptimum(state.load)
				|| new LoadBalancer(compiled, state, objective, deadline).balance();
		if (optimal) {
			new GroupConsolidator(compiled, state, deadline).consolidate();
		}
		return optimal;
	}

	private static void requireFeasible(CompiledInstance compiled) {
		List<String> stuck = new ArrayList<>();
		for (int s = 0; s < compiled.subjectCount; s++) {
			if (!compiled.hasAllowedUnit(s)) {
				stuck.add(compiled.subjectIds[s]);
			}
		}
		if (!stuck.isEmpty()) {
			throw new NoFeasiblePlanException(stuck);
		}
	}

}
