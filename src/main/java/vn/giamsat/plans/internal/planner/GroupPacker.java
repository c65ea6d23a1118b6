package vn.giamsat.plans.internal.planner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * First phase: builds a starting plan whose loads match the relaxation optimum (the
 * quotas) as closely as forbidden sets allow, while keeping groups whole. Balance is not
 * decided here: the exact {@link LoadBalancer} afterwards repairs any load the packing
 * could not hit, so this phase only has to be good, not optimal.
 *
 * <p>
 * Why largest-first best-fit: big groups are the hardest to keep whole, and putting a
 * group into the unit whose remaining quota fits it most tightly leaves large holes for
 * the groups still to come. Groups that fit nowhere are split into as few chunks as
 * possible, largest quota first.
 */
final class GroupPacker {

	/**
	 * How many units with spare quota are compared when choosing the next chunk of a
	 * split group.
	 */
	private static final int CHUNK_CANDIDATES = 32;

	private final CompiledInstance instance;

	private final AssignmentState state;

	private final QuotaIndex quotas;

	private final int[] stamp;

	private int stampValue;

	GroupPacker(CompiledInstance instance, AssignmentState state, int[] targetLoads) {
		this.instance = instance;
		this.state = state;
		this.quotas = new QuotaIndex(targetLoads, instance.subjectCount);
		this.stamp = new int[instance.unitCount];
	}

	/**
	 * How to start. No order is best on every instance (measured: filling the largest
	 * quotas first wins at 100,000 × 2,000, the smallest first at 5,000 × 200), so the
	 * solver tries each and keeps the plan with the most whole groups.
	 */
	enum Strategy {

		EXACT_FILL_LARGEST_QUOTA_FIRST, EXACT_FILL_SMALLEST_QUOTA_FIRST, BEST_FIT_ONLY

	}

	/** Places every subject. */
	void pack(Strategy strategy) {
		List<int[]> blocks = new ArrayList<>();
		for (int s = 0; s < instance.subjectCount; s++) {
			int pin = instance.pinned[s];
			if (pin >= 0) {
				state.assign(s, pin);
				quotas.take(pin, 1);
			}
		}
		blocks.addAll(groupBlocks());
		// Stable sort: equal sizes keep input order, so the plan is deterministic.
		blocks.sort(Comparator.comparingInt((int[] b) -> -b.length));
		if (strategy != Strategy.BEST_FIT_ONLY) {
			blocks = fillExactly(blocks, strategy == Strategy.EXACT_FILL_SMALLEST_QUOTA_FIRST);
		}
		List<int[]> deferred = new ArrayList<>();
		for (int[] block : blocks) {
			int unit = bestFit(block);
			if (unit >= 0) {
				for (int s : block) {
					state.assign(s, unit);
				}
				quotas.take(unit, block.length);
			}
			else {
				deferred.add(block);
			}
		}
		for (int[] block : deferred) {
			split(block);
		}
	}

	/**
	 * Runs {@link ExactFillPass} over the units in quota order; returns the blocks left.
	 */
	private List<int[]> fillExactly(List<int[]> blocks, boolean smallestFirst) {
		ExactFillPass pass = new ExactFillPass(instance, blocks);
		int largest = blocks.isEmpty() ? 0 : blocks.get(0).length;
		List<List<Integer>> bySize = new ArrayList<>();
		for (int size = 0; size <= largest; size++) {
			bySize.add(new ArrayList<>());
		}
		for (int b = 0; b < blocks.size(); b++) {
			bySize.get(blocks.get(b).length).add(b);
		}
		boolean[] placed = new boolean[blocks.size()];
		List<Integer> units = new ArrayList<>();
		for (Iterator<Long> it = quotas.descending(); it.hasNext();) {
			units.add(quotas.unitOf(it.next()));
		}
		if (smallestFirst) {
			Collections.reverse(units);
		}
		for (int u : units) {
			int quota = quotas.quota(u);
			int[] chosen = quota > 0 ? pass.fill(u, quota, bySize) : null;
			if (chosen == null) {
				continue;
			}
			for (int b : chosen) {
				placed[b] = true;
				bySize.get(blocks.get(b).length).remove(Integer.valueOf(b));
				for (int s : blocks.get(b)) {
					state.assign(s, u);
				}
			}
			quotas.take(u, quota);
		}
		List<int[]> rest = new ArrayList<>();
		for (int b = 0; b < blocks.size(); b++) {
			if (!placed[b]) {
				rest.add(blocks.get(b));
			}
		}
		return rest;
	}

	/** Unpinned subjects by group; subjects without group each form a block of one. */
	private List<int[]> groupBlocks() {
		int[] sizes = new int[instance.groupCount];
		for (int s = 0; s < instance.subjectCount; s++) {
			if (instance.pinned[s] < 0 && instance.groupOf[s] >= 0) {
				sizes[instance.groupOf[s]]++;
			}
		}
		int[][] byGroup = new int[instance.groupCount][];
		int[] fill = new int[instance.groupCount];
		List<int[]> blocks = new ArrayList<>();
		for (int s = 0; s < instance.subjectCount; s++) {
			if (instance.pinned[s] >= 0) {
				continue;
			}
			int g = instance.groupOf[s];
			if (g < 0) {
				blocks.add(new int[] { s });
				continue;
			}
			if (byGroup[g] == null) {
				byGroup[g] = new int[sizes[g]];
				blocks.add(byGroup[g]);
			}
			byGroup[g][fill[g]++] = s;
		}
		return blocks;
	}

	/**
	 * The allowed-for-all unit with the smallest quota that still fits the block, or −1.
	 */
	private int bestFit(int[] block) {
		markForbiddenUnion(block);
		Iterator<Long> it = quotas.atLeast(block.length);
		while (it.hasNext()) {
			int u = quotas.unitOf(it.next());
			if (stamp[u] != stampValue) {
				return u;
			}
		}
		return -1;
	}

	private void markForbiddenUnion(int[] block) {
		stampValue++;
		for (int s : block) {
			for (int u : instance.forbidden[s]) {
				stamp[u] = stampValue;
			}
		}
	}

	/** Places a block that fits nowhere whole, in as few chunks as the quotas allow. */
	private void split(int[] block) {
		int[] rest = block.clone();
		int restSize = rest.length;
		while (restSize > 0) {
			int bestUnit = -1;
			int bestChunk = 0;
			Iterator<Long> it = quotas.descending();
			for (int k = 0; k < CHUNK_CANDIDATES && it.hasNext(); k++) {
				int u = quotas.unitOf(it.next());
				int q = quotas.quota(u);
				if (q <= bestChunk) {
					break; // quotas only shrink from here on, no larger chunk is possible
				}
				int chunk = Math.min(q, countAllowed(rest, restSize, u));
				if (chunk > bestChunk) {
					bestChunk = chunk;
					bestUnit = u;
				}
			}
			if (bestUnit < 0) {
				// No spare quota for these subjects: put the next one where it overshoots
				// least;
				// the balancer moves it if that is not optimal.
				bestUnit = leastOverloadedAllowed(rest[0]);
				bestChunk = 1;
			}
			int placed = 0;
			int kept = 0;
			for (int i = 0; i < restSize; i++) {
				int s = rest[i];
				if (placed < bestChunk && instance.allowed(s, bestUnit)) {
					state.assign(s, bestUnit);
					placed++;
				}
				else {
					rest[kept++] = s;
				}
			}
			quotas.take(bestUnit, placed);
			restSize = kept;
		}
	}

	private int countAllowed(int[] subjects, int size, int unit) {
		int count = 0;
		for (int i = 0; i < size; i++) {
			if (instance.allowed(subjects[i], unit)) {
				count++;
			}
		}
		return count;
	}

	private int leastOverloadedAllowed(int subject) {
		Iterator<Long> it = quotas.descending();
		while (it.hasNext()) {
			int u = quotas.unitOf(it.next());
			if (instance.allowed(subject, u)) {
				return u;
			}
		}
		throw new IllegalStateException("subject without allowed unit passed the feasibility check");
	}

}
