package vn.giamsat.plans.internal.planner;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Exact arithmetic for the balance objective f(L) = Σ_j (L_j − t_j)², t_j = N·w_j / W,
 * where w are the integer weights and W = Σ w.
 *
 * <p>
 * f is separable and convex in each load. Adding one subject to unit j at load L changes
 * f by 2L + 1 − 2t_j, removing one changes it by −(2L − 1 − 2t_j). Multiplied by W these
 * are integers, {@link #addCost} and {@link #removeGain}: moving one subject from a to b
 * lowers f exactly when {@code addCost(b) < removeGain(a)}. All such values stay below
 * 4·(N+1)·W in magnitude, which {@link CapacityScaler} guarantees to fit in a
 * {@code long}, so no comparison is ever rounded.
 */
final class BalanceObjective {

	private final long n;

	private final long weightSum;

	private final long[] weight;

	BalanceObjective(CompiledInstance instance) {
		this.n = instance.subjectCount;
		this.weightSum = instance.weightSum;
		this.weight = instance.weight;
	}

	/** W × (increase of f when unit u goes from {@code load} to {@code load + 1}). */
	long addCost(int u, int load) {
		return weightSum * (2L * load + 1) - 2 * n * weight[u];
	}

	/** W × (decrease of f when unit u goes from {@code load} to {@code load − 1}). */
	long removeGain(int u, int load) {
		return weightSum * (2L * load - 1) - 2 * n * weight[u];
	}

	/** f(L), computed from the exact integer deviations W·L_j − N·w_j. */
	double value(int[] loads) {
		double sum = 0;
		for (int u = 0; u < loads.length; u++) {
			double deviation = (double) (weightSum * loads[u] - n * weight[u]) / weightSum;
			sum += deviation * deviation;
		}
		return sum;
	}

	/**
	 * The minimiser of f over all non-negative integer load vectors with Σ L = N,
	 * ignoring forbidden sets. Every unit gets ⌊t_j⌋ and the N − Σ⌊t_j⌋ units with the
	 * largest fractional parts get one more. Why this is the minimum: at a minimum no
	 * single move improves, so with deviations d_j = L_j − t_j we have d_j − d_k ≤ 1 for
	 * all j, k (the exchange condition above); together with Σ d = 0 this forces |d_j|
	 * &lt; 1, i.e. L_j ∈ {⌊t_j⌋, ⌈t_j⌉}. Rounding unit j up instead of down costs 1 −
	 * 2·frac(t_j), which is least for the largest fractions; ties between equal fractions
	 * do not change f. Since f is convex, this local optimum is the global one.
	 */
	int[] relaxedLoads() {
		int m = weight.length;
		int[] loads = new int[m];
		long[] remainder = new long[m];
		long assigned = 0;
		for (int u = 0; u < m; u++) {
			long scaledTarget = n * weight[u];
			loads[u] = (int) (scaledTarget / weightSum);
			remainder[u] = scaledTarget % weightSum;
			assigned += loads[u];
		}
		Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
		Arrays.sort(order, Comparator.<Integer>comparingLong(u -> -remainder[u]).thenComparingInt(u -> u));
		for (int k = 0; k < n - assigned; k++) {
			loads[order[k]]++;
		}
		return loads;
	}

	/**
	 * Whether {@code loads} minimises f even without forbidden sets: no move between any
	 * two units improves (the exchange condition, sufficient by convexity). Such a plan
	 * needs no search.
	 */
	boolean isUnconstrainedOptimum(int[] loads) {
		int top = -1;
		int second = -1;
		for (int u = 0; u < loads.length; u++) {
			long g = removeGain(u, loads[u]);
			if (top < 0 || g > removeGain(top, loads[top])) {
				second = top;
				top = u;
			}
			else if (second < 0 || g > removeGain(second, loads[second])) {
				second = u;
			}
		}
		for (int k = 0; k < loads.length; k++) {
			int j = k == top ? second : top;
			if (j >= 0 && loads[j] > 0 && addCost(k, loads[k]) < removeGain(j, loads[j])) {
				return false;
			}
		}
		return true;
	}

}
