package vn.giamsat.cultivation.internal.checks;

/**
 * What the specificity check can say about a plan. Each code has a message key in
 * {@code messages/cultivation*.properties}; the texts live there, never in code, so the
 * Front office can reword them without a release.
 *
 * <p>
 * {@code weight} is the penalty, in points out of 100, the code costs the commitment it
 * is about (or the whole plan, for plan-level codes); see {@link SpecificityChecker} for
 * the score formula.
 */
public enum FlagCode {

	/** Neither a number nor a time: nobody can say at year end whether it was done. */
	NO_MEASURE("cultivation.flag.noMeasure", 45),
	/** No concrete object (report, session, file...) to show as evidence. */
	NO_OBJECT("cultivation.flag.noObject", 15),
	/**
	 * Mostly stock phrases ("chấp hành tốt", "gương mẫu"...) with little of one's own.
	 */
	EMPTY_FORMULA("cultivation.flag.emptyFormula", 35),
	/** Word for word a line of the official template. */
	TEMPLATE_COPY("cultivation.flag.templateCopy", 40),
	/** No weakness stated, though the plan must start from one's own weaknesses. */
	NO_WEAKNESS("cultivation.flag.noWeakness", 25),
	/** A plan without any commitment. */
	NO_COMMITMENT("cultivation.flag.noCommitment", 100);

	private final String messageCode;

	private final int weight;

	FlagCode(String messageCode, int weight) {
		this.messageCode = messageCode;
		this.weight = weight;
	}

	public String messageCode() {
		return this.messageCode;
	}

	public int weight() {
		return this.weight;
	}

	/** True for codes about the plan as a whole rather than one commitment. */
	public boolean planLevel() {
		return this == NO_WEAKNESS || this == NO_COMMITMENT;
	}

}
