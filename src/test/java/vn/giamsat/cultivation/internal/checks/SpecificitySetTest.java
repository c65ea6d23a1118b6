package vn.giamsat.cultivation.internal.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tuning set as a regression test: every bad plan gets at least one flag, no good
 * plan scores below the pass mark. Precision and recall of "score below the pass mark" as
 * a detector of bad plans are printed for the record.
 */
class SpecificitySetTest {

	private final SpecificityChecker checker = SpecificityChecker.withDefaults();

	@Test
	void setHasAtLeastFifteenGoodAndFifteenBadPlansOfThreeToEightCommitments() throws IOException {
		List<SpecificitySet.Labelled> set = SpecificitySet.load();
		assertThat(set.stream().filter(SpecificitySet.Labelled::good).count()).isGreaterThanOrEqualTo(15);
		assertThat(set.stream().filter((l) -> !l.good()).count()).isGreaterThanOrEqualTo(15);
		assertThat(set).allSatisfy((l) -> assertThat(l.plan().commitments()).hasSizeBetween(3, 8));
	}

	@Test
	void everyBadPlanIsFlaggedAndNoGoodPlanScoresBelowThePassMark() throws IOException {
		int truePositive = 0;
		int falsePositive = 0;
		int falseNegative = 0;
		List<String> badUnflagged = new ArrayList<>();
		List<String> goodBelowPass = new ArrayList<>();
		for (SpecificitySet.Labelled labelled : SpecificitySet.load()) {
			SpecificityReport report = this.checker.check(labelled.plan());
			boolean predictedBad = !report.acceptable();
			System.out.printf("%-4s %-4s score %3d %s%n", labelled.plan().planId(), labelled.good() ? "good" : "bad",
					report.score(), report.flags().stream().map((f) -> f.code() + "@" + f.commitmentIndex()).toList());
			if (labelled.good() && predictedBad) {
				falsePositive++;
				goodBelowPass.add(labelled.plan().planId());
			}
			if (!labelled.good() && predictedBad) {
				truePositive++;
			}
			if (!labelled.good() && !predictedBad) {
				falseNegative++;
			}
			if (!labelled.good() && report.flags().isEmpty()) {
				badUnflagged.add(labelled.plan().planId());
			}
		}
		double precision = truePositive / (double) Math.max(1, truePositive + falsePositive);
		double recall = truePositive / (double) Math.max(1, truePositive + falseNegative);
		System.out.printf(
				"specificity set: score < pass mark as 'bad': precision %.2f, recall %.2f (tp %d, fp %d, fn %d)%n",
				precision, recall, truePositive, falsePositive, falseNegative);
		assertThat(badUnflagged).as("bad plans without any flag").isEmpty();
		assertThat(goodBelowPass).as("good plans below the pass mark").isEmpty();
	}

}
