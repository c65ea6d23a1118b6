package vn.giamsat.cultivation.internal.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs up the commitments of two plans for the side-by-side page: all pairs at least
 * {@code threshold} similar, taken greedily from the most similar, each commitment used
 * at most once. Eight by eight commitments is 64 merges: exact and cheap.
 */
final class CommitmentMatcher {

	private CommitmentMatcher() {
	}

	static List<CopyPair.CommitmentMatch> match(long[][] a, long[][] b, double threshold) {
		List<CopyPair.CommitmentMatch> all = new ArrayList<>();
		for (int i = 0; i < a.length; i++) {
			for (int j = 0; j < b.length; j++) {
				double similarity = Shingles.jaccard(a[i], b[j]);
				if (similarity >= threshold && similarity > 0) {
					all.add(new CopyPair.CommitmentMatch(i, j, similarity));
				}
			}
		}
		all.sort(Comparator.comparingDouble(CopyPair.CommitmentMatch::similarity)
			.reversed()
			.thenComparingInt(CopyPair.CommitmentMatch::indexA)
			.thenComparingInt(CopyPair.CommitmentMatch::indexB));
		boolean[] usedA = new boolean[a.length];
		boolean[] usedB = new boolean[b.length];
		List<CopyPair.CommitmentMatch> kept = new ArrayList<>();
		for (CopyPair.CommitmentMatch match : all) {
			if (!usedA[match.indexA()] && !usedB[match.indexB()]) {
				usedA[match.indexA()] = true;
				usedB[match.indexB()] = true;
				kept.add(match);
			}
		}
		return kept;
	}

}
