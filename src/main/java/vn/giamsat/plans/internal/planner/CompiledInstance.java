package vn.giamsat.plans.internal.planner;

import java.util.Arrays;

/**
 * The validated instance in index form: units and subjects are numbered, ids are looked
 * up once, and capacities are exact integers. Forbidden sets are stored as small sorted
 * arrays rather than allowed sets, so memory stays O(N + Σ|forbidden|) instead of O(N ×
 * M) at 100,000 × 2,000.
 */
final class CompiledInstance {

	final int subjectCount;

	final int unitCount;

	final String[] unitIds;

	final String[] subjectIds;

	/**
	 * Capacities scaled to integers with a common factor removed: weight_j ∝ capacity_j.
	 */
	final long[] weight;

	/**
	 * Σ weight. The solver's arithmetic stays below 4·(N+1)·weightSum, checked on input.
	 */
	final long weightSum;

	/** Sorted distinct forbidden unit indices per subject (ignored when pinned). */
	final int[][] forbidden;

	/** Pinned unit index per subject, or −1. */
	final int[] pinned;

	/** Group index per subject, or −1 when the subject belongs to no group. */
	final int[] groupOf;

	final int groupCount;

	CompiledInstance(String[] unitIds, String[] subjectIds, long[] weight, int[][] forbidden, int[] pinned,
			int[] groupOf, int groupCount) {
		this.unitIds = unitIds;
		this.subjectIds = subjectIds;
		this.weight = weight;
		this.forbidden = forbidden;
		this.pinned = pinned;
		this.groupOf = groupOf;
		this.groupCount = groupCount;
		this.subjectCount = subjectIds.length;
		this.unitCount = unitIds.length;
		long sum = 0;
		for (long w : weight) {
			sum += w;
		}
		this.weightSum = sum;
	}

	/** Whether subject {@code s} may be supervised by unit {@code u}. */
	boolean allowed(int s, int u) {
		int pin = pinned[s];
		if (pin >= 0) {
			return pin == u;
		}
		int[] f = forbidden[s];
		// Forbidden sets are tiny; a linear scan beats binary search below a few dozen
		// entries.
		if (f.length <= 16) {
			for (int x : f) {
				if (x == u) {
					return false;
				}
			}
			return true;
		}
		return Arrays.binarySearch(f, u) < 0;
	}

	/**
	 * Whether the subject may never leave its unit (pinned, or only one unit allowed).
	 */
	boolean immovable(int s) {
		return pinned[s] >= 0 || forbidden[s].length >= unitCount - 1;
	}

	/** Whether subject {@code s} has at least one allowed unit. */
	boolean hasAllowedUnit(int s) {
		return pinned[s] >= 0 || forbidden[s].length < unitCount;
	}

}
