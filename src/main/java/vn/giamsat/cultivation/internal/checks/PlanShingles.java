package vn.giamsat.cultivation.internal.checks;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The shingle sets of a batch of plans, template removed: one per commitment (numbered
 * across the batch) and one per plan (their union). Built once per run, in parallel, and
 * shared read-only by candidate generation and verification.
 */
final class PlanShingles {

	private final long[][] commitments;

	private final int[] planOfCommitment;

	private final int[] firstCommitment;

	private final long[][] plans;

	private PlanShingles(long[][] commitments, int[] planOfCommitment, int[] firstCommitment, long[][] plans) {
		this.commitments = commitments;
		this.planOfCommitment = planOfCommitment;
		this.firstCommitment = firstCommitment;
		this.plans = plans;
	}

	static PlanShingles build(List<PlanText> plans, CopySettings settings, long[] template) {
		int[] first = new int[plans.size() + 1];
		for (int p = 0; p < plans.size(); p++) {
			first[p + 1] = first[p] + plans.get(p).commitments().size();
		}
		long[][] commitments = new long[first[plans.size()]][];
		int[] planOf = new int[commitments.length];
		long[][] planSets = new long[plans.size()][];
		IntStream.range(0, plans.size()).parallel().forEach((p) -> {
			List<CommitmentText> own = plans.get(p).commitments();
			int total = 0;
			for (int i = 0; i < own.size(); i++) {
				NormalisedText text = TextNormaliser.normalise(own.get(i).fullText());
				long[] set = Shingles.minus(Shingles.of(text, settings.shingleSize(), settings.diacriticSensitive()),
						template);
				commitments[first[p] + i] = set;
				planOf[first[p] + i] = p;
				total += set.length;
			}
			long[] union = new long[total];
			int at = 0;
			for (int i = 0; i < own.size(); i++) {
				long[] set = commitments[first[p] + i];
				System.arraycopy(set, 0, union, at, set.length);
				at += set.length;
			}
			planSets[p] = Shingles.distinct(union);
		});
		return new PlanShingles(commitments, planOf, first, planSets);
	}

	long[][] commitments() {
		return this.commitments;
	}

	/**
	 * The commitment sets without shingles that occur in more than {@code maxPlans}
	 * plans: what candidate generation looks at. Frequencies come from one parallel sort
	 * of all plan sets (each plan counts a shingle once). Sets left with fewer than
	 * {@code minLeft} shingles become empty: one or two rare shingles are a street name
	 * or a date, and make every commitment that shares them collide in every band.
	 */
	long[][] commitmentsWithoutCommon(int maxPlans, int minLeft) {
		int total = 0;
		for (long[] plan : this.plans) {
			total += plan.length;
		}
		long[] all = new long[total];
		int at = 0;
		for (long[] plan : this.plans) {
			System.arraycopy(plan, 0, all, at, plan.length);
			at += plan.length;
		}
		Arrays.parallelSort(all);
		LongList common = new LongList();
		int start = 0;
		while (start < all.length) {
			int end = start + 1;
			while (end < all.length && all[end] == all[start]) {
				end++;
			}
			if (end - start > maxPlans) {
				common.add(all[start]);
			}
			start = end;
		}
		long[] stop = common.sortedDistinct();
		long[][] out = new long[this.commitments.length][];
		IntStream.range(0, out.length).parallel().forEach((c) -> {
			long[] left = Shingles.minus(this.commitments[c], stop);
			out[c] = (left.length < minLeft) ? Shingles.EMPTY : left;
		});
		return out;
	}

	int planOf(int commitment) {
		return this.planOfCommitment[commitment];
	}

	long[] plan(int plan) {
		return this.plans[plan];
	}

	/** The commitment sets of one plan, in the plan's order. */
	long[][] commitmentsOf(int plan) {
		long[][] out = new long[this.firstCommitment[plan + 1] - this.firstCommitment[plan]][];
		System.arraycopy(this.commitments, this.firstCommitment[plan], out, 0, out.length);
		return out;
	}

}
