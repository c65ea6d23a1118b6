package vn.giamsat.cultivation.internal.checks;

import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Finds plans copied from one another: different people in the same year, or one person
 * from one year to the next. Advisory: the pairs go to a page that shows both plans side
 * by side; a person decides.
 *
 * <p>
 * The official template is subtracted first (its shingles are removed from every
 * commitment), so two people who both copied the template are not reported as copying
 * each other; {@link SpecificityChecker} flags the template copy instead.
 *
 * <p>
 * {@link #detect} finds candidates with MinHash/LSH on commitments ({@link MinHashLsh}),
 * then decides each candidate plan pair exactly ({@link CopySettings#planJaccard()},
 * {@link CopySettings#planContainment()}). {@link #detectExhaustive} applies the same
 * decision to every eligible pair: the reference for measuring recall, usable up to a few
 * thousand plans.
 */
public final class CopyDetector {

	/**
	 * Commitments with fewer distinctive shingles than this get no signature. A copied
	 * plan still has its longer commitments to be found by; see {@link PlanShingles}.
	 */
	static final int MIN_SIGNATURE_SHINGLES = 3;

	private final CopySettings settings;

	private final long[] template;

	private volatile long lastCandidates;

	public CopyDetector(List<String> templateLines, CopySettings settings) {
		this.settings = settings;
		LongList all = new LongList();
		for (String line : templateLines) {
			for (long shingle : Shingles.of(TextNormaliser.normalise(line), settings.shingleSize(),
					settings.diacriticSensitive())) {
				all.add(shingle);
			}
		}
		this.template = all.sortedDistinct();
	}

	/** The detector with the shipped template and default settings. */
	public static CopyDetector withDefaults() {
		return new CopyDetector(PhraseList.readLines(SpecificityChecker.TEMPLATE_RESOURCE), CopySettings.DEFAULTS);
	}

	/**
	 * Pairs of copied plans, by LSH candidates; in input order of plan A, then plan B.
	 */
	public List<CopyPair> detect(List<PlanText> plans) {
		PlanShingles index = PlanShingles.build(plans, this.settings, this.template);
		LongList[] perBand = new LongList[this.settings.bands()];
		int maxPlans = (int) Math.max(30, Math.ceil(this.settings.commonShingleShare() * plans.size()));
		new MinHashLsh(this.settings.bands(), this.settings.rows()).candidates(
				index.commitmentsWithoutCommon(maxPlans, MIN_SIGNATURE_SHINGLES), this.settings.maxBucket(), (band) -> {
					LongList sink = new LongList();
					perBand[band] = sink;
					return (a, b) -> {
						int planA = index.planOf(a);
						int planB = index.planOf(b);
						if (planA != planB && eligible(plans.get(planA), plans.get(planB)) != null) {
							sink.add(((long) Math.min(planA, planB) << 32) | Math.max(planA, planB));
						}
					};
				});
		LongList merged = new LongList();
		for (LongList band : perBand) {
			merged.addAll(band);
		}
		long[] candidates = merged.sortedDistinct();
		this.lastCandidates = candidates.length;
		return verify(plans, index,
				IntStream.range(0, candidates.length)
					.parallel()
					.mapToObj((i) -> new int[] { (int) (candidates[i] >>> 32), (int) candidates[i] }));
	}

	/**
	 * Number of distinct candidate plan pairs of the last {@link #detect} call (for
	 * benchmarks).
	 */
	public long lastCandidateCount() {
		return this.lastCandidates;
	}

	/** The same decision on every eligible pair, without LSH: O(n²), for reference. */
	public List<CopyPair> detectExhaustive(List<PlanText> plans) {
		PlanShingles index = PlanShingles.build(plans, this.settings, this.template);
		return verify(plans, index,
				IntStream.range(0, plans.size())
					.parallel()
					.boxed()
					.flatMap((a) -> IntStream.range(a + 1, plans.size())
						.filter((b) -> eligible(plans.get(a), plans.get(b)) != null)
						.mapToObj((b) -> new int[] { a, b })));
	}

	private List<CopyPair> verify(List<PlanText> plans, PlanShingles index, Stream<int[]> pairs) {
		return pairs.map((pair) -> decide(plans, index, pair[0], pair[1])).filter(Objects::nonNull).toList();
	}

	private CopyPair decide(List<PlanText> plans, PlanShingles index, int a, int b) {
		long[] setA = index.plan(a);
		long[] setB = index.plan(b);
		if (setA.length < this.settings.minOwnShingles() || setB.length < this.settings.minOwnShingles()) {
			return null;
		}
		int common = Shingles.intersection(setA, setB);
		double jaccard = (double) common / (setA.length + setB.length - common);
		int smaller = Math.min(setA.length, setB.length);
		double containment = (double) common / smaller;
		boolean copied = jaccard >= this.settings.planJaccard() || (smaller >= this.settings.minShinglesForContainment()
				&& containment >= this.settings.planContainment());
		if (!copied) {
			return null;
		}
		return new CopyPair(plans.get(a).planId(), plans.get(b).planId(), eligible(plans.get(a), plans.get(b)), jaccard,
				containment, CommitmentMatcher.match(index.commitmentsOf(a), index.commitmentsOf(b),
						this.settings.commitmentSimilarity()));
	}

	/** The kind of comparison two plans are eligible for, {@code null} when none. */
	static CopyPair.Kind eligible(PlanText a, PlanText b) {
		boolean samePerson = Objects.equals(a.personId(), b.personId());
		if (a.year() == b.year() && !samePerson) {
			return CopyPair.Kind.SAME_YEAR;
		}
		if (samePerson && a.year() != b.year()) {
			return CopyPair.Kind.SAME_PERSON;
		}
		return null;
	}

}
