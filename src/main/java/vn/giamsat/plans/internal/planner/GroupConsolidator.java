package vn.giamsat.plans.internal.planner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Last phase: reunites split groups without touching the load vector, so the
 * proven-optimal balance stays exactly as it is.
 *
 * <p>
 * A split group G is moved into one unit X that every member may take: each member m
 * outside X swaps places with a partner z from X (z allowed in m's unit). Partners are
 * only taken from subjects without group or from groups that are already split, so no
 * whole group is ever broken and {@code groupsKeptWhole} can only grow. The swaps for G
 * are applied all together, only when a partner exists for every outside member. Loads
 * are unchanged by every swap.
 */
final class GroupConsolidator {

	private static final int ROUNDS = 3;

	private final CompiledInstance instance;

	private final AssignmentState state;

	private final long deadlineNanos;

	private final int[][] membersOfGroup;

	private final boolean[] whole;

	private final boolean[] taken;

	GroupConsolidator(CompiledInstance instance, AssignmentState state, long deadlineNanos) {
		this.instance = instance;
		this.state = state;
		this.deadlineNanos = deadlineNanos;
		this.membersOfGroup = groupMembers(instance);
		this.whole = new boolean[instance.groupCount];
		this.taken = new boolean[instance.subjectCount];
	}

	void consolidate() {
		for (int g = 0; g < whole.length; g++) {
			whole[g] = isWhole(g);
		}
		Integer[] order = new Integer[whole.length];
		for (int g = 0; g < order.length; g++) {
			order[g] = g;
		}
		// Small groups first: they need the fewest partners, so more of them can be
		// reunited.
		Arrays.sort(order, (a, b) -> Integer.compare(membersOfGroup[a].length, membersOfGroup[b].length));
		for (int round = 0; round < ROUNDS; round++) {
			boolean changed = false;
			for (int g : order) {
				if (System.nanoTime() - deadlineNanos > 0) {
					return;
				}
				if (!whole[g] && tryReunite(g)) {
					whole[g] = true;
					changed = true;
				}
			}
			if (!changed) {
				return;
			}
		}
	}

	private boolean tryReunite(int g) {
		int[] members = membersOfGroup[g];
		for (int target : candidateUnits(members)) {
			List<int[]> swaps = partnersFor(g, members, target);
			if (swaps != null) {
				for (int[] swap : swaps) {
					int from = state.unitOf[swap[0]];
					state.move(swap[0], target);
					state.move(swap[1], from);
					int partnerGroup = instance.groupOf[swap[1]];
					if (partnerGroup >= 0 && !whole[partnerGroup]) {
						whole[partnerGroup] = isWhole(partnerGroup);
					}
				}
				return true;
			}
		}
		return false;
	}

	/** Units every member may take, those already holding most members first. */
	private List<Integer> candidateUnits(int[] members) {
		int[] units = new int[members.length];
		for (int i = 0; i < members.length; i++) {
			units[i] = state.unitOf[members[i]];
		}
		Arrays.sort(units);
		List<int[]> counts = new ArrayList<>();
		for (int i = 0; i < units.length;) {
			int j = i;
			while (j < units.length && units[j] == units[i]) {
				j++;
			}
			counts.add(new int[] { units[i], j - i });
			i = j;
		}
		counts.sort((a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(a[0], b[0]));
		List<Integer> result = new ArrayList<>();
		for (int[] c : counts) {
			boolean allAllowed = true;
			for (int s : members) {
				allAllowed &= instance.allowed(s, c[0]);
			}
			if (allAllowed) {
				result.add(c[0]);
			}
		}
		return result;
	}

	/**
	 * Pairs (member, partner) for every member outside {@code target}, or null if one has
	 * none.
	 */
	private List<int[]> partnersFor(int g, int[] members, int target) {
		List<int[]> swaps = new ArrayList<>();
		int[] pool = state.members(target);
		int poolSize = state.load[target];
		boolean complete = true;
		for (int m : members) {
			int from = state.unitOf[m];
			if (from == target) {
				continue;
			}
			int partner = -1;
			for (int i = 0; i < poolSize && partner < 0; i++) {
				int z = pool[i];
				int zg = instance.groupOf[z];
				if (!taken[z] && zg != g && (zg < 0 || !whole[zg]) && !instance.immovable(z)
						&& instance.allowed(z, from)) {
					partner = z;
				}
			}
			if (partner < 0) {
				complete = false;
				break;
			}
			taken[partner] = true;
			swaps.add(new int[] { m, partner });
		}
		for (int[] swap : swaps) {
			taken[swap[1]] = false;
		}
		return complete ? swaps : null;
	}

	private boolean isWhole(int g) {
		int[] members = membersOfGroup[g];
		for (int s : members) {
			if (state.unitOf[s] != state.unitOf[members[0]]) {
				return false;
			}
		}
		return true;
	}

	private static int[][] groupMembers(CompiledInstance instance) {
		int[] sizes = new int[instance.groupCount];
		for (int g : instance.groupOf) {
			if (g >= 0) {
				sizes[g]++;
			}
		}
		int[][] members = new int[instance.groupCount][];
		for (int g = 0; g < members.length; g++) {
			members[g] = new int[sizes[g]];
		}
		int[] fill = new int[instance.groupCount];
		for (int s = 0; s < instance.subjectCount; s++) {
			int g = instance.groupOf[s];
			if (g >= 0) {
				members[g][fill[g]++] = s;
			}
		}
		return members;
	}

}
