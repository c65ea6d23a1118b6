package vn.giamsat.plans.internal.planner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Optional first step of {@link GroupPacker} ("bin completion"): for each unit, largest
 * quota first, choose whole groups whose sizes add up to exactly its quota, preferring
 * large groups since they are the hardest to place later. A unit that cannot be filled
 * exactly is left for the best-fit step.
 *
 * <p>
 * Why it pays: a unit filled exactly by whole groups never needs a fragment of a split
 * group. The choice is a bounded subset-sum over the distinct group sizes that fit (at
 * most the quota many), so it costs O(sizes × quota) per unit plus the scan for allowed
 * groups.
 */
final class ExactFillPass {

	private final CompiledInstance instance;

	private final int[][] forbiddenUnion;

	ExactFillPass(CompiledInstance instance, List<int[]> blocks) {
		this.instance = instance;
		this.forbiddenUnion = new int[blocks.size()][];
		for (int b = 0; b < blocks.size(); b++) {
			forbiddenUnion[b] = union(blocks.get(b));
		}
	}

	/**
	 * Picks blocks (indices into the list given to the constructor) that exactly fill a
	 * quota.
	 * @param bySize unplaced block indices bucketed by size, in input order
	 * @return the chosen block indices, or null when no exact fill exists
	 */
	int[] fill(int unit, int quota, List<List<Integer>> bySize) {
		int maxSize = Math.min(quota, bySize.size() - 1);
		List<Integer> sizes = new ArrayList<>();
		List<List<Integer>> candidates = new ArrayList<>();
		for (int size = maxSize; size >= 1; size--) {
			List<Integer> allowed = new ArrayList<>();
			for (int b : bySize.get(size)) {
				if (allowedForAll(b, unit)) {
					allowed.add(b);
					if (allowed.size() * size >= quota) {
						break; // more of this size could never be used
					}
				}
			}
			if (!allowed.isEmpty()) {
				sizes.add(size);
				candidates.add(allowed);
			}
		}
		// reachable[i][r]: r can be made from sizes i.. within their counts.
		boolean[][] reachable = new boolean[sizes.size() + 1][quota + 1];
		reachable[sizes.size()][0] = true;
		for (int i = sizes.size() - 1; i >= 0; i--) {
			int size = sizes.get(i);
			int count = candidates.get(i).size();
			for (int r = 0; r <= quota; r++) {
				for (int k = 0; k <= count && k * size <= r && !reachable[i][r]; k++) {
					reachable[i][r] = reachable[i + 1][r - k * size];
				}
			}
		}
		if (!reachable[0][quota]) {
			return null;
		}
		int[] chosen = new int[quota];
		int n = 0;
		int rest = quota;
		for (int i = 0; i < sizes.size(); i++) {
			int size = sizes.get(i);
			int k = Math.min(candidates.get(i).size(), rest / size);
			while (!reachable[i + 1][rest - k * size]) {
				k--;
			}
			for (int j = 0; j < k; j++) {
				chosen[n++] = candidates.get(i).get(j);
			}
			rest -= k * size;
		}
		return Arrays.copyOf(chosen, n);
	}

	private boolean allowedForAll(int block, int unit) {
		return Arrays.binarySearch(forbiddenUnion[block], unit) < 0;
	}

	private int[] union(int[] block) {
		int total = 0;
		for (int s : block) {
			total += instance.forbidden[s].length;
		}
		int[] all = new int[total];
		int k = 0;
		for (int s : block) {
			System.arraycopy(instance.forbidden[s], 0, all, k, instance.forbidden[s].length);
			k += instance.forbidden[s].length;
		}
		Arrays.sort(all);
		return all;
	}

}
