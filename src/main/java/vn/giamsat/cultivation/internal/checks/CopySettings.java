package vn.giamsat.cultivation.internal.checks;

/**
 * Tunable numbers of {@link CopyDetector} (configurable; defaults measured in
 * {@code docs/BENCHMARKS-cultivation.md}).
 *
 * @param shingleSize syllables per shingle; 3 keeps "báo cáo chuyên đề" distinctive while
 * surviving a one-word edit in a 20-syllable commitment
 * @param diacriticSensitive compare accented syllables instead of folded ones; folded is
 * the default because the same plan is retyped with and without diacritics
 * @param planJaccard report a pair when the Jaccard similarity of the two plans' shingle
 * sets (template removed) reaches this
 * @param planContainment ... or when this share of the smaller plan is in the larger one
 * (a copy padded with a few own commitments)
 * @param minShinglesForContainment containment only counts when the smaller plan has at
 * least this many shingles of its own, otherwise a plan that is nearly all template would
 * be "contained" in any plan
 * @param minOwnShingles plans with fewer shingles than this once the template is removed
 * are never paired: they are the template plus a few stock words, which
 * {@link SpecificityChecker} reports, and any two of them look alike
 * @param commitmentSimilarity commitment pairs at least this similar (Jaccard) are listed
 * in a reported pair
 * @param bands LSH bands of the commitment MinHash signatures
 * @param rows MinHash values per band; a commitment pair of similarity s becomes a
 * candidate with probability 1 − (1 − s^rows)^bands
 * @param maxBucket LSH buckets larger than this are skipped: they hold a stock commitment
 * shared by hundreds of people, which is common phrasing rather than copying
 * @param commonShingleShare shingles found in more than this share of the plans (and in
 * more than 30) are left out of the MinHash signatures, not out of the exact comparison:
 * "không uống rượu bia trong giờ làm việc" written by 2,000 people would otherwise make
 * each of them a candidate of the other 1,999
 */
public record CopySettings(int shingleSize, boolean diacriticSensitive, double planJaccard, double planContainment,
		int minShinglesForContainment, int minOwnShingles, double commitmentSimilarity, int bands, int rows,
		int maxBucket, double commonShingleShare) {

	public static final CopySettings DEFAULTS = new CopySettings(3, false, 0.5, 0.8, 20, 10, 0.5, 20, 4, 400, 0.005);

	public CopySettings {
		if (shingleSize < 1 || bands < 1 || rows < 1 || maxBucket < 2 || minOwnShingles < 1) {
			throw new IllegalArgumentException("settings out of range");
		}
	}

	public CopySettings withDiacriticSensitive(boolean sensitive) {
		return new CopySettings(this.shingleSize, sensitive, this.planJaccard, this.planContainment,
				this.minShinglesForContainment, this.minOwnShingles, this.commitmentSimilarity, this.bands, this.rows,
				this.maxBucket, this.commonShingleShare);
	}

}
