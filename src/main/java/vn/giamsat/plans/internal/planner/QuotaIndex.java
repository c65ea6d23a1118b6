package vn.giamsat.plans.internal.planner;

import java.util.Iterator;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * Units ordered by remaining quota (ties by index, for determinism), so the packer can
 * ask for "the unit with the smallest quota of at least g" and "units by decreasing
 * quota" in O(log M).
 */
final class QuotaIndex {

	private final NavigableSet<Long> keys = new TreeSet<>();

	private final int[] quota;

	private final long offset;

	private final long unitCount;

	QuotaIndex(int[] initialQuota, int subjectCount) {
		this.quota = initialQuota.clone();
		this.unitCount = initialQuota.length;
		// Quotas stay within [−N, N]; the offset keeps keys non-negative so they sort as
		// numbers.
		this.offset = subjectCount + 1L;
		for (int u = 0; u < quota.length; u++) {
			keys.add(key(quota[u], u));
		}
	}

	int quota(int u) {
		return quota[u];
	}

	void take(int u, int amount) {
		keys.remove(key(quota[u], u));
		quota[u] -= amount;
		keys.add(key(quota[u], u));
	}

	/** Units with quota ≥ {@code minimum}, smallest quota first. */
	Iterator<Long> atLeast(int minimum) {
		return keys.tailSet(key(minimum, 0), true).iterator();
	}

	/** All units, largest quota first. */
	Iterator<Long> descending() {
		return keys.descendingIterator();
	}

	int unitOf(long key) {
		return (int) (key % unitCount);
	}

	private long key(int q, int u) {
		return (q + offset) * unitCount + u;
	}

}
