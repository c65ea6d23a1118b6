package vn.giamsat.cultivation.internal.checks;

import java.util.List;

/**
 * What the specificity check says about one plan: the flags and a score out of 100. It is
 * advice for the approving party committee, not a decision: a plan is never rejected by
 * the machine.
 *
 * @param planId the plan checked
 * @param score 0 (nothing checkable) to 100 (every commitment concrete)
 * @param acceptable {@code score >= } the configured pass mark
 * @param flags findings, plan-level first, then by commitment
 */
public record SpecificityReport(String planId, int score, boolean acceptable, List<Flag> flags) {

	public SpecificityReport {
		flags = List.copyOf(flags);
	}

	public boolean has(FlagCode code) {
		return this.flags.stream().anyMatch((flag) -> flag.code() == code);
	}

	public List<Flag> flagsOf(int commitmentIndex) {
		return this.flags.stream().filter((flag) -> flag.commitmentIndex() == commitmentIndex).toList();
	}

}
