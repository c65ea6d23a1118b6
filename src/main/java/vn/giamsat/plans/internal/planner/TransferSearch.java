package vn.giamsat.plans.internal.planner;

/**
 * Backward breadth-first search in the transfer graph: an edge u → v exists when some
 * movable subject now in u is allowed in v; a path a → … → b lets one unit of load shift
 * from a to b by moving one subject along each edge, leaving every intermediate load
 * unchanged.
 *
 * <p>
 * The graph is never built (it is dense: almost every subject may go almost anywhere).
 * The search starts at the unit that should receive load and keeps the not-yet-reached
 * units in a linked list; for each unit v taken from the queue it walks that list and
 * takes every unit u with a member allowed in v. On ordinary instances (small forbidden
 * sets) the first unit taken from the queue reaches nearly all others, so a search reads
 * each unit's members about once: O(N + M), not O(N × M). Searching backwards matters
 * when a few units are closed to most subjects: a forward search would walk past those
 * units once for every subject, a backward one only scans members until it meets one of
 * the few who may go there.
 *
 * <p>
 * Members for which {@code preferred} is true (no group, or a group already split) are
 * chosen over others, so paths break as few whole groups as possible.
 */
final class TransferSearch {

	interface Preference {

		boolean preferred(int subject);

	}

	private final CompiledInstance instance;

	private final AssignmentState state;

	private final int[] next;

	private final int[] prev;

	private final int sentinel;

	private int remaining;

	final int[] parentUnit;

	final int[] parentSubject;

	/**
	 * Units reached by the last search, in order of discovery; {@code reached[0]} is the
	 * start.
	 */
	final int[] reached;

	int reachedCount;

	private final int[] usedInSearch;

	private int searchId;

	TransferSearch(CompiledInstance instance, AssignmentState state) {
		this.instance = instance;
		this.state = state;
		int m = instance.unitCount;
		this.sentinel = m;
		this.next = new int[m + 1];
		this.prev = new int[m + 1];
		this.parentUnit = new int[m];
		this.parentSubject = new int[m];
		this.reached = new int[m];
		this.usedInSearch = new int[m];
	}

	/**
	 * Finds every unit from which {@code target} can be reached; results in
	 * {@link #reached}, and for each reached unit u ≠ target, {@code parentSubject[u]} is
	 * the subject to move from u to {@code parentUnit[u]}, the next unit towards the
	 * target.
	 */
	void searchTowards(int target, Preference preference) {
		searchId++;
		resetUnvisited(target);
		reached[0] = target;
		reachedCount = 1;
		parentUnit[target] = -1;
		for (int head = 0; head < reachedCount && remaining > 0; head++) {
			int v = reached[head];
			for (int u = next[sentinel]; u != sentinel;) {
				int after = next[u];
				int s = movableInto(u, v, preference);
				if (s >= 0) {
					unlink(u);
					parentUnit[u] = v;
					parentSubject[u] = s;
					reached[reachedCount++] = u;
				}
				u = after;
			}
		}
	}

	/** A movable subject of unit u allowed in v, preferred ones first; −1 if none. */
	private int movableInto(int u, int v, Preference preference) {
		int[] members = state.members(u);
		int count = state.load[u];
		int fallback = -1;
		for (int i = 0; i < count; i++) {
			int s = members[i];
			if (instance.immovable(s) || !instance.allowed(s, v)) {
				continue;
			}
			if (preference.preferred(s)) {
				return s;
			}
			if (fallback < 0) {
				fallback = s;
			}
		}
		return fallback;
	}

	/** How many subjects on the path from {@code source} are not preferred. */
	int unpreferredOnPath(int source, Preference preference) {
		int count = 0;
		for (int u = source; parentUnit[u] >= 0; u = parentUnit[u]) {
			if (!preference.preferred(parentSubject[u])) {
				count++;
			}
		}
		return count;
	}

	/**
	 * Whether a unit on the path from {@code source} already gave its subject in this
	 * search.
	 */
	boolean pathUsed(int source) {
		for (int u = source; parentUnit[u] >= 0; u = parentUnit[u]) {
			if (usedInSearch[u] == searchId) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Shifts one unit of load from {@code source} to the search target along the search
	 * tree; the path must not be {@link #pathUsed used}.
	 */
	void shiftFrom(int source, java.util.function.IntConsumer onMove) {
		for (int u = source; parentUnit[u] >= 0; u = parentUnit[u]) {
			usedInSearch[u] = searchId;
			int s = parentSubject[u];
			state.move(s, parentUnit[u]);
			onMove.accept(s);
		}
	}

	private void resetUnvisited(int start) {
		int last = sentinel;
		remaining = 0;
		for (int u = 0; u < sentinel; u++) {
			if (u == start) {
				continue;
			}
			next[last] = u;
			prev[u] = last;
			last = u;
			remaining++;
		}
		next[last] = sentinel;
		prev[sentinel] = last;
	}

	private void unlink(int v) {
		next[prev[v]] = next[v];
		prev[next[v]] = prev[v];
		remaining--;
	}

}
