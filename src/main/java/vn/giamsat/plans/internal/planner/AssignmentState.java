package vn.giamsat.plans.internal.planner;

import java.util.Arrays;

/**
 * The mutable current plan: unit of every subject, load of every unit and, per unit, the
 * list of its subjects (with positions, so a move is O(1)). Moves never violate forbidden
 * sets: callers only move a subject to a unit it is allowed in, which {@link #move}
 * asserts.
 */
final class AssignmentState {

	final CompiledInstance instance;

	final int[] unitOf;

	final int[] load;

	private final int[][] members;

	private final int[] positionInUnit;

	AssignmentState(CompiledInstance instance) {
		this.instance = instance;
		this.unitOf = new int[instance.subjectCount];
		Arrays.fill(unitOf, -1);
		this.load = new int[instance.unitCount];
		this.members = new int[instance.unitCount][];
		for (int u = 0; u < members.length; u++) {
			members[u] = new int[8];
		}
		this.positionInUnit = new int[instance.subjectCount];
	}

	void assign(int subject, int unit) {
		assert unitOf[subject] < 0 && instance.allowed(subject, unit);
		unitOf[subject] = unit;
		int[] list = members[unit];
		if (load[unit] == list.length) {
			list = Arrays.copyOf(list, list.length * 2);
			members[unit] = list;
		}
		list[load[unit]] = subject;
		positionInUnit[subject] = load[unit];
		load[unit]++;
	}

	void move(int subject, int unit) {
		int from = unitOf[subject];
		assert from >= 0 && instance.allowed(subject, unit);
		int[] list = members[from];
		int position = positionInUnit[subject];
		int last = list[--load[from]];
		list[position] = last;
		positionInUnit[last] = position;
		unitOf[subject] = -1;
		assign(subject, unit);
	}

	/**
	 * The subjects of unit {@code u} are {@code members(u)[0 .. load[u])}; do not modify.
	 */
	int[] members(int u) {
		return members[u];
	}

	/** Number of groups whose subjects all sit in one unit. */
	int groupsKeptWhole() {
		int[] firstUnit = new int[instance.groupCount];
		Arrays.fill(firstUnit, -1);
		boolean[] split = new boolean[instance.groupCount];
		for (int s = 0; s < unitOf.length; s++) {
			int g = instance.groupOf[s];
			if (g < 0) {
				continue;
			}
			if (firstUnit[g] < 0) {
				firstUnit[g] = unitOf[s];
			}
			else if (firstUnit[g] != unitOf[s]) {
				split[g] = true;
			}
		}
		int whole = 0;
		for (boolean b : split) {
			if (!b) {
				whole++;
			}
		}
		return whole;
	}

}
