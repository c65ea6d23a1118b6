package vn.giamsat.cultivation.internal.checks;

import java.util.List;

/**
 * Two plans that look copied, with what a page needs to show them side by side.
 *
 * @param planA id of the plan that comes first in the input
 * @param planB id of the other plan
 * @param kind whether two people or one person across years
 * @param jaccard |A ∩ B| / |A ∪ B| over shingles, official template removed
 * @param containment |A ∩ B| / min(|A|, |B|)
 * @param matches commitment pairs at least {@link CopySettings#commitmentSimilarity()}
 * similar, most similar first, each commitment used once
 */
public record CopyPair(String planA, String planB, Kind kind, double jaccard, double containment,
		List<CommitmentMatch> matches) {

	public CopyPair {
		matches = List.copyOf(matches);
	}

	/** Which comparison found the pair; messages differ. */
	public enum Kind {

		/** Different people, same year: {@code cultivation.copy.sameYear}. */
		SAME_YEAR,
		/** Same person, different years: {@code cultivation.copy.samePerson}. */
		SAME_PERSON

	}

	/**
	 * Commitment {@code indexA} of plan A resembles commitment {@code indexB} of plan B.
	 *
	 * @param indexA 0-based in plan A
	 * @param indexB 0-based in plan B
	 * @param similarity Jaccard of the two commitments' shingles, template removed
	 */
	public record CommitmentMatch(int indexA, int indexB, double similarity) {
	}

}
