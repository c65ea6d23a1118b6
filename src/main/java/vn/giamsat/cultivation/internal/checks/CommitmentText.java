package vn.giamsat.cultivation.internal.checks;

import java.time.LocalDate;
import java.util.List;

/**
 * One commitment of a plan, only the parts the checks read. Kept free of persistence so
 * the engines run the same in a request, in a batch and in a benchmark.
 *
 * @param area the area the cadre filed it under
 * @param action what the cadre will do, as typed
 * @param measure how success will be judged at year end, as typed (may be blank)
 * @param deadline the deadline field of the form, {@code null} when not filled in
 * @param criteria codes of the criteria (codes of conduct, Regulation 37...) it refers to
 */
public record CommitmentText(Area area, String action, String measure, LocalDate deadline, List<String> criteria) {

	public CommitmentText {
		action = action == null ? "" : action;
		measure = measure == null ? "" : measure;
		criteria = criteria == null ? List.of() : List.copyOf(criteria);
	}

	/** A commitment without deadline or criteria, handy in tests and generators. */
	public static CommitmentText of(Area area, String action, String measure) {
		return new CommitmentText(area, action, measure, null, List.of());
	}

	/**
	 * Action and measure as one text: the checks judge what a reader of the posting sees.
	 */
	public String fullText() {
		return this.measure.isBlank() ? this.action : this.action + " . " + this.measure;
	}

}
