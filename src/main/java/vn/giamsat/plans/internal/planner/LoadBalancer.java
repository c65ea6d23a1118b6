package vn.giamsat.plans.internal.planner;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Second phase: makes the balance exactly optimal and proves it.
 *
 * <p>
 * <b>Why the certificate is a proof.</b> The plan is a flow in the network source →
 * subject → allowed unit → sink, where the unit → sink arc carries the convex cost (L −
 * t)². For separable convex arc costs a flow is optimal iff its residual network has no
 * negative-cost cycle. Subject arcs cost nothing, so the only cycles that can have
 * negative cost enter the sink from some unit b (adding one subject: addCost(b)) and
 * leave it towards a unit a (removing one: −removeGain(a)), and between a and b follow a
 * path of the transfer graph ({@link TransferSearch}). So the plan is optimal iff for
 * every a and every b reachable from a: addCost(b) ≥ removeGain(a) — all in exact
 * integers ({@link BalanceObjective}).
 *
 * <p>
 * <b>How it is checked cheaply.</b> Units are visited by increasing addCost, and from
 * each unit b a backward search finds every a that can reach b. If none has removeGain(a)
 * &gt; addCost(b), b is certified, and so is every reached u with addCost(u) ≥
 * addCost(b): whatever reaches u also reaches b (or is b itself, whose removeGain is 2W
 * below its addCost), so u's condition follows from b's. A pass that visits every
 * uncertified unit without moving anything is the certificate. Each improving shift
 * lowers W²·f = Σ (W·L_j − N·w_j)², a non-negative integer, by at least one, so the loop
 * ends.
 */
final class LoadBalancer {

	private final CompiledInstance instance;

	private final AssignmentState state;

	private final BalanceObjective objective;

	private final TransferSearch search;

	private final boolean[] groupSplit;

	private final long deadlineNanos;

	/** Subjects whose move breaks no whole group: no group, or a group already split. */
	private final TransferSearch.Preference preferSplit;

	LoadBalancer(CompiledInstance instance, AssignmentState state, BalanceObjective objective, long deadlineNanos) {
		this.instance = instance;
		this.state = state;
		this.objective = objective;
		this.search = new TransferSearch(instance, state);
		this.groupSplit = splitGroups();
		this.deadlineNanos = deadlineNanos;
		this.preferSplit = s -> instance.groupOf[s] < 0 || groupSplit[instance.groupOf[s]];
	}

	/** Runs to proven optimality; {@code false} if the deadline came first. */
	boolean balance() {
		int m = instance.unitCount;
		while (true) {
			long[] cost = new long[m];
			for (int u = 0; u < m; u++) {
				cost[u] = objective.addCost(u, state.load[u]);
			}
			Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
			Arrays.sort(order, Comparator.<Integer>comparingLong(u -> cost[u]).thenComparingInt(u -> u));
			boolean[] certified = new boolean[m];
			boolean moved = false;
			for (int b : order) {
				if (certified[b]) {
					continue;
				}
				while (true) {
					if (System.nanoTime() - deadlineNanos > 0) {
						return false;
					}
					search.searchTowards(b, preferSplit);
					long costB = objective.addCost(b, state.load[b]);
					if (shiftIntoTarget(b)) {
						moved = true;
						continue;
					}
					for (int i = 0; i < search.reachedCount; i++) {
						int u = search.reached[i];
						if (objective.addCost(u, state.load[u]) >= costB) {
							certified[u] = true;
						}
					}
					break;
				}
			}
			if (!moved) {
				return true;
			}
		}
	}

	/**
	 * Shifts load into {@code target} from the reached units while each shift improves,
	 * over tree paths that share no unit (so each path's subjects are still where the
	 * search saw them). One search thus pays for many shifts. Returns whether anything
	 * moved.
	 */
	private boolean shiftIntoTarget(int target) {
		int count = search.reachedCount - 1;
		Integer[] sources = new Integer[count];
		for (int i = 0; i < count; i++) {
			sources[i] = search.reached[i + 1];
		}
		long[] gain = new long[instance.unitCount];
		int[] wholeGroupMoves = new int[instance.unitCount];
		for (int u : sources) {
			gain[u] = state.load[u] == 0 ? Long.MIN_VALUE : objective.removeGain(u, state.load[u]);
			wholeGroupMoves[u] = search.unpreferredOnPath(u, preferSplit);
		}
		// Any improving shift is a valid step (each lowers f), so paths that break the
		// fewest
		// whole groups go first; then the largest gain; then discovery order (stable
		// sort).
		Arrays.sort(sources,
				Comparator.<Integer>comparingInt(u -> wholeGroupMoves[u]).thenComparingLong(u -> -gain[u]));
		boolean moved = false;
		for (int a : sources) {
			if (gain[a] <= objective.addCost(target, state.load[target])) {
				continue;
			}
			if (search.pathUsed(a)) {
				continue;
			}
			search.shiftFrom(a, this::markMoved);
			moved = true;
		}
		return moved;
	}

	private void markMoved(int subject) {
		int g = instance.groupOf[subject];
		if (g >= 0) {
			groupSplit[g] = true;
		}
	}

	private boolean[] splitGroups() {
		int[] firstUnit = new int[instance.groupCount];
		Arrays.fill(firstUnit, -1);
		boolean[] split = new boolean[instance.groupCount];
		for (int s = 0; s < instance.subjectCount; s++) {
			int g = instance.groupOf[s];
			if (g >= 0) {
				if (firstUnit[g] < 0) {
					firstUnit[g] = state.unitOf[s];
				}
				else if (firstUnit[g] != state.unitOf[s]) {
					split[g] = true;
				}
			}
		}
		return split;
	}

}
